/**
 * Text as it enters: one folding of full-width forms and one list of invisible characters, so
 * that `\u200b#帮助`, `＃成员 列表` and `#成员\u200b列表` mean what they look like.
 */

// Zero-width spaces and joiners, word joiner and invisible operators, BOM, soft hyphen, Arabic
// letter mark, bidi embeddings, overrides and isolates, variation selectors (also the supplement).
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u061C\u202A-\u202E\u2066-\u2069\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;
// Chinese sentence punctuation is written full-width on purpose and stays as typed: ，：；！？（）
const CJK_PUNCTUATION = new Set('，：；！？（）');

const halfOf = (c: string): string => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0));

// The characters a regular expression gives meaning to ('-' only inside a class, where words never go).
const REGEX_SYNTAX = /[.*+?^${}()|[\]\\/]/g;

/**
 * Words as one regex group, longest first so 简要情况 wins over 情况 and 早上 over 早; duplicates
 * and empty words dropped. alternation(['早', '早上']) === '(?:早上|早)'
 */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter((w) => w.length > 0);
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${unique.map((w) => w.replace(REGEX_SYNTAX, '\\$&')).join('|')})`;
}

/** Every full-width ASCII form and the ideographic space to ASCII: foldFullWidth('Ａ１＃，') === 'A1#,'. */
export function foldFullWidth(s: string): string {
  return s.replace(FULL_WIDTH, halfOf);
}

/**
 * What a message says, before routing and parsing: invisible characters removed, full-width letters,
 * digits, symbols and spaces folded, Chinese punctuation kept. normaliseInput('\u200b＃帮助') === '#帮助'
 */
export function normaliseInput(s: string): string {
  return s.replace(INVISIBLE, '').replace(FULL_WIDTH, (c) => (CJK_PUNCTUATION.has(c) ? c : halfOf(c)));
}
