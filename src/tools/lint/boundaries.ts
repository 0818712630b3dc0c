// The seams of src/ as data, and the check that reads every file against them. Adding a seam is
// one row in IMPORT_RULES (a folder may not import another) or TEXT_RULES (a phrase may not appear).
import { importsIn, lineAt, resolveSpecifier, withoutComments } from './source.js';

export interface ImportRule {
  /** Files this rule governs: path prefixes ('src/kernel/') or whole paths. */
  files: readonly string[];
  /** Files exempt from it although under `files`. */
  except?: readonly string[];
  /** Import targets it forbids, as path prefixes… */
  forbid: readonly string[];
  /** …unless the target is also under one of these. */
  allow?: readonly string[];
  rule: string;
}

export interface TextRule {
  files: readonly string[];
  phrase: RegExp;
  rule: string;
}

export const IMPORT_RULES: readonly ImportRule[] = [
  { files: ['src/kernel/'], forbid: ['src/'], allow: ['src/kernel/'], rule: 'the kernel imports nothing in src/ outside kernel/' },
  { files: ['src/ledger/', 'src/disputes/'], forbid: ['src/reports/'], rule: 'ledger/ and disputes/ import nothing from reports/' },
  { files: ['src/reports/'], forbid: ['src/disputes/', 'src/summary/'], rule: 'reports/ imports nothing from disputes/ or summary/' },
  { files: ['src/ledger/'], forbid: ['src/disputes/', 'src/summary/'], rule: 'the ledger sits below disputes/ and summary/ and imports neither' },
  { files: ['src/'], except: ['src/tools/', 'src/cli.ts'], forbid: ['src/tools/'], rule: 'the product never imports tools/ (only the CLI entry src/cli.ts does)' },
];

export const TEXT_RULES: readonly TextRule[] = [
  { files: ['src/'], phrase: /\bas\s+unknown\s+as\s+Db\b/, rule: 'a transaction is typed `Tx` (db/client.ts), never cast to Db' },
  { files: ['src/reports/', 'src/disputes/', 'src/ledger/'], phrase: /\btz\s*:\s*string\b/, rule: 'the time zone comes from the Calendar port, not a tz parameter' },
];

export interface SourceFile {
  path: string;
  text: string;
}

const under = (path: string, prefixes: readonly string[] = []): boolean => prefixes.some((p) => path === p || (p.endsWith('/') && path.startsWith(p)));
const governs = (rule: { files: readonly string[]; except?: readonly string[] }, path: string): boolean => under(path, rule.files) && !under(path, rule.except);

/** The first rule that `from` importing `target` breaks, if any (one message per import line). */
export function brokenRule(from: string, target: string, rules: readonly ImportRule[] = IMPORT_RULES): ImportRule | undefined {
  return rules.find((r) => governs(r, from) && under(target, r.forbid) && !under(target, r.allow));
}

/** Every broken seam in one file, as 'src/x/y.ts imports src/z/w.ts: <rule>' (with the line). */
export function checkFile(file: SourceFile, importRules = IMPORT_RULES, textRules = TEXT_RULES): string[] {
  const code = withoutComments(file.text);
  const found: string[] = [];
  for (const site of importsIn(code)) {
    const target = resolveSpecifier(file.path, site.specifier);
    const rule = target && brokenRule(file.path, target, importRules);
    if (rule) found.push(`${file.path}:${site.line} imports ${target}: ${rule.rule}`);
  }
  for (const rule of textRules.filter((r) => governs(r, file.path))) {
    for (const m of code.matchAll(new RegExp(rule.phrase, 'g'))) found.push(`${file.path}:${lineAt(code, m.index)} contains "${m[0]}": ${rule.rule}`);
  }
  return found;
}

export const checkTree = (files: readonly SourceFile[]): string[] => files.flatMap((f) => checkFile(f));
