import { AFTER_NAME_CHARS, BEFORE_NAME_WORDS, ENDS_IN_SURNAME, KIN_WORDS, NOT_IN_NAME, ORDINARY_WORDS, STRONG_AFTER_NAME } from './name-words.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './surnames.js';

/*
 * Finds the people named in Chinese chat text, for masking only. A name is a surname and one or
 * two given characters, or a spoken form (张某某, 老王, 王大爷, 潘老三, 王家老二); it is taken
 * where the words around it say a person stands there. Once found, every occurrence is masked.
 */
const SURNAME = `(?:${COMPOUND_SURNAMES.join('|')}|[${SINGLE_SURNAMES}])`;
const GIVEN = `[^${NOT_IN_NAME}\\P{Script=Han}]`;
const PUNCT = '\\s、，。,.;；:：!！?？（()）【】\\[\\]“”"\'《》\\-—~～|｜/①-⑳';
const BOUNDARY = `^|[${PUNCT}]`;
const BEFORE = `${BOUNDARY}|${[...BEFORE_NAME_WORDS].sort((a, b) => b.length - a.length).join('|')}`;
const AFTER = `[${AFTER_NAME_CHARS}${PUNCT}]|$`;
const ORDINAL = '[大二三四五六七八九十幺]';
// 有才, 和平, 家明, 来福: characters that end a name elsewhere may open a two-character given name.
const GIVEN_PAIR = `(?:[有和家来]${GIVEN}|${GIVEN}{1,2}?)`;
const FULL = `${SURNAME}${GIVEN}{1,2}`;
const JOIN = '[、和与跟及]';
const LEAD_INS = `(?:${BEFORE_NAME_WORDS.filter((w) => !SINGLE_SURNAMES.includes(w[0] ?? '')).join('|')})`;

const RULES: readonly RegExp[] = [
  // 张某, 李某某: always someone.
  new RegExp(`${SURNAME}某{1,2}`, 'gu'),
  // 老王, 小李, 阿蒙 followed by what follows a name (老王家的狗, 小李说).
  new RegExp(`[老小阿]${SURNAME}(?=${AFTER})`, 'gu'),
  // 潘老三, 王家老二, 李家二姐, 王大爷, 吴二妹, 张婶.
  new RegExp(`${SURNAME}(?:老${ORDINAL}|家老?${ORDINAL}(?:${KIN_WORDS.join('|')})?|${ORDINAL}?(?:${KIN_WORDS.join('|')}))`, 'gu'),
  // A full name between a word that comes before names and one that comes after (shortest that fits).
  new RegExp(`(?<=${BEFORE})${SURNAME}${GIVEN_PAIR}(?=${AFTER})`, 'gu'),
  // Two people joined (王小明与赵刚争地界): each side of the join is a name.
  new RegExp(`${SURNAME}${GIVEN}{1,2}?(?=${JOIN}${SURNAME})|(?<=${FULL}${JOIN})${SURNAME}(?:${GIVEN}{1,2}?(?=${AFTER})|${GIVEN}{1,2})`, 'gu'),
  // A full name after a role or kin word (村民覃大勇, 丈夫罗大明打伤…), whatever follows.
  new RegExp(`(?<=${BEFORE_NAME_WORDS.filter((w) => w.length >= 2).join('|')})${SURNAME}(?:[有和家来]${GIVEN}|${GIVEN}{1,2})`, 'gu'),
  // A full name marked by what comes after it, wherever it stands (昨天王老五扬言…).
  new RegExp(`${SURNAME}${GIVEN_PAIR}(?=${STRONG_AFTER_NAME.join('|')})`, 'gu'),
  // Whoever stands before details in brackets (杨秀英（女，52岁）), whatever the surname; the word before
  // a name is not its start (与王五（男） is 王五, 儿子杨军（35岁） is 杨军), unless it begins with a surname (向东).
  new RegExp(`(?<=${BEFORE})(?!${LEAD_INS})\\p{Script=Han}{2,4}?(?=[（(](?:男|女|\\d{1,3}岁|[一二三四五六七八九十]{1,3}岁))`, 'gu'),
];

/**
 * The 2-character start of a 3-character candidate, when the text also uses it alone (李四钱 → 李四).
 * A start shared by other 3-character names is no use alone: 谢文军和谢文华 are two people (brothers
 * often share the middle character), not 谢文 twice.
 */
function shortest(name: string, text: string, threes: ReadonlySet<string>): string {
  if (name.length !== 3 || name.includes('某')) return name;
  const head = name.slice(0, 2);
  const rest = text.split(name).join('\u0000');
  for (let at = rest.indexOf(head); at >= 0; at = rest.indexOf(head, at + 1)) {
    if (!threes.has(rest.slice(at, at + 3))) return head;
  }
  return name;
}

/**
 * The names in `text`, in order of first appearance.
 * findPersonNames('②家庭 吴二妹被丈夫罗大明打伤 调解中') → ['吴二妹', '罗大明']
 */
export function findPersonNames(text: string): string[] {
  const found: { name: string; at: number }[] = [];
  const raw = RULES.flatMap((rule) => [...text.matchAll(rule)]);
  const threes = new Set(raw.map((m) => m[0]).filter((n) => n.length === 3));
  for (const m of raw) {
    const name = shortest(m[0], text, threes);
    const at = m.index ?? 0;
    if (!ORDINARY_WORDS.has(name) && !ENDS_IN_SURNAME.some((w) => text.startsWith(w, at - w.length + 1))) found.push({ name, at });
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.name))];
}
