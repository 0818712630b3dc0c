import { basename, extname } from 'node:path';

// What a statute's opening lines say: its official title and the dates of its versions.

const INVISIBLE = /[\u0000\u200b\u200c\u200d\ufeff]/g;
const ARTICLE_OR_HEADING = /^(?:第[零〇一二两三四五六七八九十百千0-9]+(?:条|分编|编|章|节)|目\s*录)/;
// An official title names a kind of act at its end: 法, 法典, 条例, 规定, 解释 (…（一）), 办法, 决定.
const TITLE_SHAPE = /^[\u4e00-\u9fa5《》〈〉（）、·]{2,70}(?:法典?|条例|规定|解释|办法|决定|细则|规则|通则)(?:（[一二三四五六七八九十]+）)?$/;
const DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/g;
// What makes a new version: passed, amended, revised, promulgated (not 施行, the day it takes effect).
const VERSION_EVENT = /通过|修正|修订|公布|发布/;

const clean = (line: string) => line.replace(INVISIBLE, '').trim();
const squeeze = (line: string) => line.replace(/[\s\u3000]+/g, '').replace(/^[《〈]|[》〉]$/g, '');

/** "2021年1月1日" → "2021-01-01". */
export function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * The dates a statute's header gives for new versions, each read with the text up to the next date
 * (an entry may run over two lines): "2007年6月29日…通过　根据2012年12月28日…决定修正" →
 * ["2007-06-29", "2012-12-28"]; "2021年1月1日 施行" gives none.
 */
function versionDates(header: string): string[] {
  const dates = [...header.matchAll(DATE)];
  return dates.flatMap((m, i) => {
    const said = header.slice(m.index + m[0].length, dates[i + 1]?.index ?? header.length);
    return VERSION_EVENT.test(said) && !said.includes('施行') ? [isoDate(m[1]!, m[2]!, m[3]!)] : [];
  });
}

/** The latest version date of a header, or null. */
export function latestVersion(header: string): string | null {
  return versionDates(header).sort().at(-1) ?? null;
}

/** The title in the opening lines of a plain text: a line, or two lines together, shaped like one. */
function titleInText(lines: string[]): string | null {
  const head: string[] = [];
  for (const raw of lines) {
    const line = clean(raw);
    if (!line) continue;
    if (ARTICLE_OR_HEADING.test(line) || head.length >= 8) break;
    head.push(squeeze(line));
  }
  for (let i = 0; i < head.length; i++) {
    if (TITLE_SHAPE.test(head[i]!)) return head[i]!;
    const two = `${head[i]}${head[i + 1] ?? ''}`;
    if (i + 1 < head.length && TITLE_SHAPE.test(two)) return two;
  }
  return null;
}

/**
 * The law's title: the "# " first line of Markdown, else the official title written in the text
 * (so 民法典.txt holding 中华人民共和国民法典 is that), else the file name, else a short first line.
 */
export function titleOf(lines: string[], fileName?: string): string {
  const first = clean(lines.find((l) => clean(l) !== '') ?? '');
  const md = /^#\s+(.+)$/.exec(first);
  if (md) return md[1]!.trim();
  const found = titleInText(lines);
  if (found) return found;
  if (fileName) return basename(fileName, extname(fileName));
  return first.length <= 60 && !ARTICLE_OR_HEADING.test(first) ? first : '';
}
