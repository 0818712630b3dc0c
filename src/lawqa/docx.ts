import type JSZip from 'jszip';
import { fail, ok, problem, type Result } from '../kernel/result.js';
import { decodeEntities } from './html.js';

/** One Word paragraph as one line: its runs' text, tabs and line breaks kept. */
function paragraphText(xml: string): string {
  const pieces: string[] = [];
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)) {
    if (m[1] !== undefined) pieces.push(decodeEntities(m[1]));
    else pieces.push(m[2] === 'tab' ? '\t' : '\n');
  }
  return pieces.join('');
}

/** The text of word/document.xml, one paragraph a line (tables' cells are paragraphs too). */
function documentText(xml: string): string {
  return [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map((m) => paragraphText(m[1] ?? '')).join('\n');
}

/**
 * A .docx (as the national law database, flk.npc.gov.cn, gives them) as plain text. Never throws:
 * a file that is no zip, or a zip without word/document.xml, is a problem to report.
 */
export async function docxText(data: Uint8Array): Promise<Result<string>> {
  // Loaded here (~10 MB resident) so that only an import of a .docx pays for it, not every bot.
  const { default: Zip } = await import('jszip');
  let zip: JSZip;
  try {
    zip = await Zip.loadAsync(data);
  } catch {
    return fail([problem('file', '不是有效的 .docx 文件（打不开）。请在 Word 或 WPS 里重新“另存为 .docx”，或另存为 .txt')]);
  }
  const doc = zip.file('word/document.xml');
  if (!doc) return fail([problem('file', '.docx 里没有正文（缺 word/document.xml）。请在 Word 或 WPS 里另存为 .txt 再导入')]);
  return ok(documentText(await doc.async('string')));
}
