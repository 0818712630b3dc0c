// What the seam check reads in one source file: its code without comments (so a doc comment that
// mentions an import or a forbidden phrase is not a finding) and every module it names.
// Read with patterns, not a parser: a string literal holding the text of an import would count
// as one (nothing in src/ has one), and a regex literal with a quote could hide the rest of its line.

/** Strings are kept as they are, comments become spaces; newlines stay so line numbers hold. */
const STRING_OR_COMMENT = /('(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`)|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;

export function withoutComments(text: string): string {
  return text.replace(STRING_OR_COMMENT, (all, str: string | undefined) => str ?? all.replace(/[^\n]/g, ' '));
}

// `import … from 'x'`, `import type … from 'x'`, `import 'x'`, `export … from 'x'` (one or many lines).
const STATIC = /\b(?:import|export)\s+(?:type\s+)?(?:[\w$*{}\s,]+?\s+from\s+)?(['"])([^'"\n]+)\1/g;
// `import('x')` and `await import("x")`; a computed specifier cannot be checked and is skipped.
const DYNAMIC = /\bimport\s*\(\s*(['"`])([^'"`\n]+)\1\s*\)/g;

export interface ImportSite {
  specifier: string;
  line: number;
}

/** Every module specifier in `code` (already without comments), with its 1-based line. */
export function importsIn(code: string): ImportSite[] {
  const sites: ImportSite[] = [];
  for (const pattern of [STATIC, DYNAMIC]) {
    for (const m of code.matchAll(pattern)) sites.push({ specifier: m[2]!, line: lineAt(code, m.index + m[0].length - 1) });
  }
  return sites.sort((a, b) => a.line - b.line);
}

export function lineAt(code: string, index: number): number {
  let line = 1;
  for (let i = code.indexOf('\n'); i !== -1 && i < index; i = code.indexOf('\n', i + 1)) line++;
  return line;
}

/** 'src/reports/x.ts' + '../kernel/time.js' → 'src/kernel/time.ts'; a package name → null. */
export function resolveSpecifier(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const parts = fromFile.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/').replace(/\.js$/, '.ts');
}
