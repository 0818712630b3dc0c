import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseChineseInt } from '../kernel/cnnum.js';
import { fail, ok, problem, type Result } from '../kernel/result.js';
import { isoDate, latestVersion, titleOf } from './header.js';

/** One article of a law; `sub` is the Y of 第X条之Y, else null. */
export interface Article {
  law: string;
  article: number;
  sub: number | null;
  /** Heading path, e.g. "婚姻家庭编 › 第四章 离婚"; empty when the text has no headings. */
  chapter: string;
  text: string;
}

export interface Statute {
  title: string;
  /** YYYY-MM-DD from a header line like "2021年1月1日 施行", else null. */
  effectiveDate: string | null;
  /** YYYY-MM-DD of the latest 通过/修正/修订 the header names, else null (absent: not read). */
  revisedDate?: string | null;
  articles: Article[];
}

const NUM = '[零〇一二两三四五六七八九十百千0-9０-９]+';
// Article numbers are followed by whitespace or end of line, so "第五条规定的…" in running text is not a new article.
const ARTICLE_START = new RegExp(`^第(${NUM})条(?:之(${NUM}))?(?=[\\s\\u3000]|$)`);
const PLAIN_HEADING = new RegExp(`^第${NUM}(?:分编|编|章|节)(?:[\\s\\u3000]|$)`);
const MD_HEADING = /^(#{1,6})\s*(.*)$/;
const EFFECTIVE = /(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:起)?施行/;
// Blank-looking lines in the corpus may hold zero-width spaces or a BOM; a NUL is no text at all
// (and PostgreSQL text cannot hold one: the import would fail).
const INVISIBLE = /[\u0000\u200b\u200c\u200d\ufeff]/g;
// No statute comes near this many articles; a larger number is garbage (and overflows the article column).
const MAX_ARTICLE = 100_000;

/** Heading ranks: a new heading closes every open heading of the same or lower rank. */
function headingRank(text: string, mdLevel: number): number {
  if (/^第\S+分编/.test(text)) return 2;
  if (/^第\S+编/.test(text) || /^\S+编$/.test(text)) return 1;
  if (/^第\S+章/.test(text)) return 3;
  if (/^第\S+节/.test(text)) return 4;
  return Math.min(mdLevel === 1 ? 1 : mdLevel + 1, 5);
}

/** "第二节  监  护" → "第二节 监护": Chinese needs no inner spaces, the ordinal keeps one. */
function tidyHeading(raw: string): string {
  const m = /^(第\S+?(?:分编|编|章|节))[\s\u3000]*(.*)$/.exec(raw);
  if (!m) return raw.replace(/[\s\u3000]+/g, '');
  const rest = (m[2] ?? '').replace(/[\s\u3000]+/g, '');
  return rest ? `${m[1]} ${rest}` : (m[1] ?? '');
}

interface ParseState {
  title: string;
  headings: { rank: number; text: string }[];
  articles: Article[];
  current: { head: Article; lines: string[] } | null;
  effectiveDate: string | null;
  /** The lines before the first article that are neither headings nor articles (dates, notes). */
  header: string[];
}

function closeArticle(st: ParseState): void {
  if (!st.current) return;
  const seen = st.articles.some((a) => a.article === st.current!.head.article && a.sub === st.current!.head.sub);
  // A repeated number would make citations ambiguous; the first occurrence wins.
  if (!seen) st.articles.push({ ...st.current.head, text: st.current.lines.join('\n') });
  st.current = null;
}

function openHeading(st: ParseState, text: string, mdLevel: number): void {
  closeArticle(st);
  if (!text || text === st.title) return;
  const rank = headingRank(text, mdLevel);
  st.headings = st.headings.filter((h) => h.rank < rank);
  st.headings.push({ rank, text });
}

function readHeading(line: string): { text: string; level: number } | null {
  const md = MD_HEADING.exec(line);
  if (md) return { text: tidyHeading((md[2] ?? '').trim()), level: md[1]!.length };
  if (line.length <= 40 && PLAIN_HEADING.test(line)) return { text: tidyHeading(line), level: 2 };
  return null;
}

function readArticleStart(st: ParseState, line: string): boolean {
  const m = ARTICLE_START.exec(line);
  if (!m) return false;
  const article = parseChineseInt(m[1]!);
  const sub = m[2] === undefined ? null : parseChineseInt(m[2]);
  if (article === null || article > MAX_ARTICLE || (m[2] !== undefined && (sub === null || sub > MAX_ARTICLE))) return false;
  closeArticle(st);
  const chapter = st.headings.map((h) => h.text).join(' › ');
  const first = line.slice(m[0].length).trim();
  st.current = { head: { law: st.title, article, sub, chapter, text: '' }, lines: first ? [first] : [] };
  return true;
}

function readLine(st: ParseState, raw: string): void {
  const line = raw.replace(INVISIBLE, '').replace(/\*\*/g, '').trim();
  if (!line || line.startsWith('<!--')) return;
  const heading = readHeading(line);
  if (heading) return openHeading(st, heading.text, heading.level);
  if (readArticleStart(st, line)) return;
  if (st.current) return void st.current.lines.push(line);
  if (st.articles.length > 0) return;
  const date = st.effectiveDate === null ? EFFECTIVE.exec(line) : null;
  if (date) st.effectiveDate = isoDate(date[1]!, date[2]!, date[3]!);
  st.header.push(line);
}

/**
 * Splits a statute (Markdown as in the shared laws folder, or plain text with 编/章/节 headings and
 * 第X条 lines) into articles. Never throws; fails only when no title or no article is found.
 */
export function parseStatute(text: string, fileName?: string): Result<Statute> {
  const lines = String(text ?? '').split(/\r\n|\r|\n/);
  const title = titleOf(lines, fileName);
  if (!title) return fail([problem('title', '找不到法律名称：第一行应为“# 法律名称”')]);
  const st: ParseState = { title, headings: [], articles: [], current: null, effectiveDate: null, header: [] };
  const start = /^\s*#\s/.test(lines.find((l) => l.trim() !== '') ?? '') ? lines.findIndex((l) => l.trim() !== '') + 1 : 0;
  for (const raw of lines.slice(start)) readLine(st, raw);
  closeArticle(st);
  if (st.effectiveDate === null) st.effectiveDate = effectiveFromArticles(st.articles);
  if (st.articles.length === 0) return fail([problem('articles', `《${title}》里没有找到“第X条”开头的条文`)]);
  return ok({ title, effectiveDate: st.effectiveDate, revisedDate: latestVersion(st.header.join('\n')), articles: st.articles });
}

/** Plain official texts often state the date only in the last article: "本法自2021年1月1日起施行。" */
function effectiveFromArticles(articles: Article[]): string | null {
  for (let i = articles.length - 1; i >= Math.max(0, articles.length - 3); i--) {
    const m = /本(?:法|条例|规定|解释)自(\d{4})年(\d{1,2})月(\d{1,2})日起施行/.exec(articles[i]!.text);
    if (m) return isoDate(m[1]!, m[2]!, m[3]!);
  }
  return null;
}

const SKIPPED = /^(source|readme)(\.|$)/i;

/** Reads every *.md / *.txt statute in `dir` (sorted by name), skipping SOURCE/README and unparsable files. */
export async function loadLawsDir(dir: string, onProblem?: (file: string, problems: string[]) => void): Promise<Statute[]> {
  const names = (await readdir(dir)).filter((n) => /\.(md|txt)$/i.test(n) && !SKIPPED.test(n)).sort();
  const statutes: Statute[] = [];
  for (const name of names) {
    const parsed = parseStatute(await readFile(join(dir, name), 'utf8'), name);
    if (parsed.ok) statutes.push(parsed.value);
    else
      onProblem?.(
        name,
        parsed.problems.map((p) => p.message),
      );
  }
  return statutes;
}
