import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Db } from '../db/client.js';
import { scanLawFiles, type LawFile, type SkippedFile } from './read-files.js';
import { lawHashes, replaceLaw } from './repo-laws.js';
import type { Statute } from './statutes.js';
import { titleWarning } from './titles.js';

/** What became of one law. */
export interface LawImport {
  file: string;
  title: string;
  articles: number;
  effectiveDate: string | null;
  status: 'new' | 'replaced' | 'unchanged';
  /** Things an operator may want to check (in Chinese); the law was imported anyway. */
  notes: string[];
}

export interface ImportReport {
  laws: LawImport[];
  /** Files that could not be read or held no statute, with why. */
  failed: { file: string; problems: string[] }[];
  /** Entries of the folders given that were not read (other formats, subfolders, SOURCE/README). */
  skipped: SkippedFile[];
}

export interface ImportOptions {
  at: Date;
  /** Leave a law whose content is unchanged as it is (start-up import); default: replace it. */
  skipUnchanged?: boolean;
  /** The titles the curated answers cite (knownLawTitles): any other title gets a warning note. */
  knownTitles?: ReadonlySet<string>;
}

const hashes = new WeakMap<Statute, string>();

/** A digest of everything the index reads from a statute; the same text always gives the same hash. */
export function statuteHash(s: Statute): string {
  let h = hashes.get(s);
  if (!h) {
    const body = JSON.stringify([s.title, s.effectiveDate, s.revisedDate ?? null, s.articles.map((a) => [a.article, a.sub, a.chapter, a.text])]);
    h = createHash('sha256').update(body).digest('hex').slice(0, 32);
    hashes.set(s, h);
  }
  return h;
}

function notesFor(s: Statute, file: string, titles: Map<string, string>, known?: ReadonlySet<string>): string[] {
  const notes: string[] = [];
  const unknown = known ? titleWarning(s.title, known) : null;
  if (unknown) notes.push(unknown);
  if (!s.effectiveDate) notes.push('文中没有找到施行日期');
  const earlier = titles.get(s.title);
  if (earlier) notes.push(`与 ${basename(earlier)} 是同一部法律，以本文件为准`);
  titles.set(s.title, file);
  return notes;
}

/**
 * Imports statutes into the database: each law with all its articles in one transaction, a law
 * imported again has its articles replaced. Accepts paths, or files already read (a replay reads
 * the shared folder once per process).
 */
export async function importLaws(db: Db, input: readonly string[] | readonly LawFile[], options: ImportOptions): Promise<ImportReport> {
  const scanned = typeof input[0] === 'string' ? await scanLawFiles(input as string[]) : { files: input as LawFile[], skipped: [] };
  const stored = await lawHashes(db);
  const report: ImportReport = { laws: [], failed: [], skipped: scanned.skipped };
  const titles = new Map<string, string>();
  for (const { file, parsed } of scanned.files) {
    if (!parsed.ok) {
      report.failed.push({ file, problems: parsed.problems.map((p) => p.message) });
      continue;
    }
    const s = parsed.value;
    const hash = statuteHash(s);
    const notes = notesFor(s, file, titles, options.knownTitles);
    const unchanged = stored.get(s.title) === hash;
    let status: LawImport['status'] = 'unchanged';
    if (!unchanged || !options.skipUnchanged) status = (await replaceLaw(db, s, hash, options.at)) ? 'new' : 'replaced';
    stored.set(s.title, hash);
    report.laws.push({ file, title: s.title, articles: s.articles.length, effectiveDate: s.effectiveDate, status, notes });
  }
  return report;
}

/** "《中华人民共和国民法典》 1260 条（新导入）" lines, then the files that failed. */
export function importReportText(r: ImportReport): string {
  const label = { new: '新导入', replaced: '已更新', unchanged: '未变化' } as const;
  const lines = r.laws.map(
    (l) => `《${l.title}》 ${l.articles} 条（${label[l.status]}${l.effectiveDate ? `，${l.effectiveDate} 施行` : ''}）${l.notes.length ? `  注意：${l.notes.join('；')}` : ''}`,
  );
  for (const f of r.failed) lines.push(`✗ ${f.file}：${f.problems.join('；')}`);
  for (const f of r.skipped) lines.push(`– 跳过 ${f.file}：${f.why}`);
  if (r.laws.length === 0 && r.failed.length === 0) lines.push('没有找到法律文件（.md、.txt 或 .docx）。');
  return lines.join('\n');
}
