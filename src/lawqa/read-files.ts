import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { fail, problem, type Result } from '../kernel/result.js';
import { docxText } from './docx.js';
import { parseStatute, type Statute } from './statutes.js';

/** One statute file read and parsed (the parse may have failed). */
export interface LawFile {
  file: string;
  parsed: Result<Statute>;
}

/** A file in a folder that was not read, with why (Chinese). */
export interface SkippedFile {
  file: string;
  why: string;
}

const READABLE = new Set(['.md', '.txt', '.docx']);
const NOT_A_STATUTE = /^(source|readme)(\.|$)/i;
// Formats people really get statutes in, each with what to do instead.
const ADVICE: Record<string, string> = {
  '.doc': '是旧版 Word 文件（.doc），读不了：请在 Word 或 WPS 里另存为 .docx 或 .txt',
  '.wps': '是 WPS 文件，读不了：请在 WPS 里另存为 .docx 或 .txt',
  '.pdf': 'PDF 读不了：请在国家法律法规数据库（flk.npc.gov.cn）下载 Word 版（.docx）',
  '.html': '网页读不了：请把正文复制到 .txt 文件里',
};

/** Why a folder entry is not read, or null when it is a statute file to read. */
function skipReason(name: string, isDir: boolean): string | null {
  if (isDir) return '是文件夹，里面的文件没有读（要导入请单独写出这个文件夹）';
  if (NOT_A_STATUTE.test(name)) return '是说明文件，不是法律';
  // Word leaves "~$name.docx" beside a document while it is open; dot files belong to the system.
  if (name.startsWith('~$')) return '是 Word 打开文件时留下的临时文件';
  if (name.startsWith('.')) return '是隐藏文件';
  const ext = extname(name).toLowerCase();
  if (READABLE.has(ext)) return null;
  return ADVICE[ext] ?? (ext === '.htm' ? ADVICE['.html']! : '不是法律文件（只读 .md、.txt、.docx）');
}

/** Text as saved by any editor: UTF-16 with its mark, UTF-8, else GB18030 (Windows' Chinese default). */
function decodeText(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}

async function readOne(file: string): Promise<LawFile> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (err) {
    return { file, parsed: fail([problem('file', `读不到：${(err as Error).message}`)]) };
  }
  if (extname(file).toLowerCase() !== '.docx') return { file, parsed: parseStatute(decodeText(data), basename(file)) };
  const text = await docxText(data);
  return { file, parsed: text.ok ? parseStatute(text.value, basename(file)) : fail(text.problems) };
}

/** A folder's statute files in name order, and every other entry with why it was skipped. */
async function scanFolder(dir: string): Promise<{ files: string[]; skipped: SkippedFile[] }> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  for (const e of entries) {
    const why = skipReason(e.name, e.isDirectory());
    if (why) skipped.push({ file: join(dir, e.name), why });
    else files.push(join(dir, e.name));
  }
  return { files, skipped };
}

/** Reads files and folders (a folder's .md, .txt and .docx), in order, with the folder entries skipped. */
export async function scanLawFiles(paths: readonly string[]): Promise<{ files: LawFile[]; skipped: SkippedFile[] }> {
  const out = { files: [] as LawFile[], skipped: [] as SkippedFile[] };
  for (const path of paths) {
    const isDir = await stat(path).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isDir) {
      const why = READABLE.has(extname(path).toLowerCase()) ? null : skipReason(basename(path), false);
      if (why) out.skipped.push({ file: path, why });
      else out.files.push(await readOne(path));
      continue;
    }
    const folder = await scanFolder(path);
    out.skipped.push(...folder.skipped);
    for (const file of folder.files) out.files.push(await readOne(file));
  }
  return out;
}

/** The statute files of `paths` read and parsed (what scanLawFiles skipped left out). */
export async function readLawFiles(paths: readonly string[]): Promise<LawFile[]> {
  return (await scanLawFiles(paths)).files;
}
