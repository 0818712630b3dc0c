import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Result } from '../core/result.js';
import type { Db } from '../db/client.js';
import { lawHashes, replaceLaw } from './repo-laws.js';
import { parseStatute, type Statute } from './statutes.js';

/** One statute file read and parsed (the parse may have failed). */
export interface LawFile {
  file: string;
  parsed: Result<Statute>;
}

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
}

export interface ImportOptions {
  at: Date;
  /** Leave a law whose content is unchanged as it is (start-up import); default: replace it. */
  skipUnchanged?: boolean;
}

const STATUTE_FILE = /\.(md|txt)$/i;
const NOT_A_STATUTE = /^(source|readme)(\.|$)/i;

async function filesOf(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path)).filter((n) => STATUTE_FILE.test(n) && !NOT_A_STATUTE.test(n)).sort();
  return names.map((n) => join(path, n));
}

/** Reads statute files and folders (a folder's *.md and *.txt, SOURCE/README skipped), in order. */
export async function readLawFiles(paths: readonly string[]): Promise<LawFile[]> {
  const out: LawFile[] = [];
  for (const path of paths) {
    let files: string[];
    try {
      files = await filesOf(path);
    } catch (err) {
      out.push({ file: path, parsed: { ok: false, problems: [{ field: 'file', message: `读不到：${(err as Error).message}` }] } });
      continue;
    }
    for (const file of files) out.push({ file, parsed: parseStatute(await readFile(file, 'utf8'), basename(file)) });
  }
  return out;
}

const hashes = new WeakMap<Statute, string>();

/** A digest of everything the index reads from a statute; the same text always gives the same hash. */
export function statuteHash(s: Statute): string {
  let h = hashes.get(s);
  if (!h) {
    const body = JSON.stringify([s.title, s.effectiveDate, s.articles.map((a) => [a.article, a.sub, a.chapter, a.text])]);
    h = createHash('sha256').update(body).digest('hex').slice(0, 32);
    hashes.set(s, h);
  }
  return h;
}

function notesFor(s: Statute, file: string, titles: Map<string, string>): string[] {
  const notes: string[] = [];
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
  const files = typeof input[0] === 'string' ? await readLawFiles(input as string[]) : (input as LawFile[]);
  const stored = await lawHashes(db);
  const report: ImportReport = { laws: [], failed: [] };
  const titles = new Map<string, string>();
  for (const { file, parsed } of files) {
    if (!parsed.ok) {
      report.failed.push({ file, problems: parsed.problems.map((p) => p.message) });
      continue;
    }
    const s = parsed.value;
    const hash = statuteHash(s);
    const notes = notesFor(s, file, titles);
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
  const lines = r.laws.map((l) => `《${l.title}》 ${l.articles} 条（${label[l.status]}${l.effectiveDate ? `，${l.effectiveDate} 施行` : ''}）${l.notes.length ? `  注意：${l.notes.join('；')}` : ''}`);
  for (const f of r.failed) lines.push(`✗ ${f.file}：${f.problems.join('；')}`);
  if (r.laws.length === 0 && r.failed.length === 0) lines.push('没有找到法律文件（.md 或 .txt）。');
  return lines.join('\n');
}
