import {
  AFTER_NAME_CHARS,
  BEFORE_NAME_WORDS,
  COUNT_WORDS,
  ENDS_IN_SURNAME,
  KIN_WORDS,
  LEAD_WORDS,
  NOT_IN_NAME,
  PARTY_KEYS,
  KIN_NOUNS,
  NAMING_WORDS,
  ROLE_WORDS,
  PLACE_CHARS,
  PREDICATE_WORDS,
  STRONG_AFTER_NAME,
} from './name-words.js';
import { ENDS_IN_SURNAME_WORDS, ORDINARY_ACTS, ORDINARY_WORDS } from './ordinary-words.js';
import { COMMON_SURNAMES, COMPOUND_SURNAMES, FUNCTION_SURNAMES, SINGLE_SURNAMES } from './surnames.js';

/*
 * Finds the people named in Chinese chat text, for masking only. A name is a surname and one or
 * two given characters, or a spoken form (张某某, 老王, 王大爷, 潘老三, 王家老二); it is taken
 * where the words around it say a person stands there. Once found, every occurrence is masked.
 */
const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
const SURNAME = `(?:${COMPOUND_SURNAMES.join('|')}|[${SINGLE_SURNAMES}])`;
const COMMON = `(?:${COMPOUND_SURNAMES.join('|')}|[${COMMON_SURNAMES}])`;
// Common surnames that are seldom a preposition, a number or an adverb inside a sentence (not 向 于 万 常 …).
const ANYWHERE = `[${[...COMMON_SURNAMES].filter((c) => !FUNCTION_SURNAMES.includes(c)).join('')}]`;
const GIVEN = `[^${NOT_IN_NAME}\\P{Script=Han}]`;
const PUNCT = '\\s、，。,.;；:：!！?？（()）【】\\[\\]“”"\'《》\\-—~～|｜/①-⑳';
const BOUNDARY = `^|[${PUNCT}]`;
const CUE = `${alternation(BEFORE_NAME_WORDS)}|(?<=[\\d一二三四五六七八九十两几])[${COUNT_WORDS}]`;
// 借给李四五千: an amount may follow a name; a lone 二 or 三 may end one (张小二).
const AFTER = `[${AFTER_NAME_CHARS}${PUNCT}]|[一二两三四五六七八九十几][十百千万块元]|$`;
const NAME_END = `${AFTER}|${alternation(PREDICATE_WORDS)}`;
const ORDINAL = '[大二三四五六七八九十幺]';
// 有才, 和平, 家明, 来福: characters that end a name elsewhere may open a two-character given name.
const GIVEN_PAIR = `(?:[有和家来]${GIVEN}|${GIVEN}{1,2}?)`;
const FULL = `${SURNAME}${GIVEN}{1,2}`;
const JOIN = '[、和与跟及]';
const KIN = KIN_WORDS.join('|');
const LIST_SEP = '[、，,]';
const AFTER_CUE = `${SURNAME}(?:[有和家来]${GIVEN}|${GIVEN}{1,2})`;
const ENDINGS = [...ENDS_IN_SURNAME, ...ENDS_IN_SURNAME_WORDS];
const PERSON = [...NAMING_WORDS, ...KIN_NOUNS, ...ROLE_WORDS];
const long = (words: readonly string[]): string => alternation(words.filter((w) => w.length >= 2));
const LEAD_INS = `(?:${BEFORE_NAME_WORDS.filter((w) => !SINGLE_SURNAMES.includes(w[0] ?? '')).join('|')})`;

/**
 * A rule, and how sure its context is of a person: `sure` whatever word the take spells (a spoken
 * form, a party list, 扬言 after it: 当事人:王明、杨梅 names a 杨梅); `kin` after a kin word, when the
 * take is no word said of a subject (丈夫杨梅打伤, not 老板马上就来); other takes must not be or start
 * with any everyday word (邻居家的杨树倒了, 村民林地). A take after a kin or role word vouches for whoever
 * is joined to it, and is taken back when joined to anyone (村民杨梅跟王明吵).
 */
type Sureness = 'sure' | 'kin' | 'role' | 'weak';
const RULES: readonly { re: RegExp; sure?: Sureness }[] = [
  // 张某, 李某某: always someone.
  { re: new RegExp(`${SURNAME}某{1,2}`, 'gu'), sure: 'sure' },
  // 老王, 小李, 阿蒙 followed by what follows a name (老王家的狗, 小李说).
  { re: new RegExp(`[老小阿]${SURNAME}(?=${NAME_END})`, 'gu'), sure: 'sure' },
  // 潘老三, 王家老二, 李家二姐, 王大爷, 吴二妹, 王二嬢, 张婶.
  { re: new RegExp(`${SURNAME}(?:老${ORDINAL}|家老?${ORDINAL}(?:${KIN})?|${ORDINAL}?(?:${KIN}))`, 'gu'), sure: 'sure' },
  // A full name between a word that comes before names and one that comes after (shortest that fits).
  { re: new RegExp(`(?<=${CUE})${SURNAME}${GIVEN_PAIR}(?=${NAME_END})`, 'gu') },
  // A full name with a common surname opening a sentence or clause, before what a person does (覃大勇喝醉了…, 昨天王强天天…).
  { re: new RegExp(`(?<=${BOUNDARY}|${alternation(LEAD_WORDS)})${COMMON}${GIVEN_PAIR}(?=${NAME_END})`, 'gu') },
  // A full name with a common surname wherever it stands, before what follows a name (我同韦伟山合伙…).
  // Not when its two first characters already stand before what follows a name (林萍一喝酒, 邱红五千).
  { re: new RegExp(`${ANYWHERE}(?:[有和家来]${GIVEN}|${GIVEN}(?!${NAME_END})${GIVEN})(?=${NAME_END})`, 'gu') },
  // Two people joined (王小明与赵刚争地界): each side of the join is a name.
  { re: new RegExp(`${SURNAME}${GIVEN}{1,2}?(?=${JOIN}${SURNAME})|(?<=${FULL}${JOIN})${SURNAME}(?:${GIVEN}{1,2}?(?=${AFTER})|${GIVEN}{1,2})`, 'gu') },
  // A full name after a role or kin word (村民覃大勇, 丈夫罗大明打伤…), whatever follows.
  { re: new RegExp(`(?<=${long(NAMING_WORDS)})${AFTER_CUE}`, 'gu'), sure: 'sure' },
  { re: new RegExp(`(?<=${long(KIN_NOUNS)})${AFTER_CUE}`, 'gu'), sure: 'kin' },
  { re: new RegExp(`(?<=${long(ROLE_WORDS)})${AFTER_CUE}`, 'gu'), sure: 'role' },
  { re: new RegExp(`(?<=${long(BEFORE_NAME_WORDS.filter((w) => !PERSON.includes(w)))})${AFTER_CUE}`, 'gu') },
  // A full name marked by what comes after it, wherever it stands (昨天王老五扬言…).
  { re: new RegExp(`${SURNAME}${GIVEN_PAIR}(?=${STRONG_AFTER_NAME.join('|')})`, 'gu'), sure: 'sure' },
  // Each person of a party list (当事人:王明、杨梅;), up to the end of the field.
  {
    re: new RegExp(`(?<=(?:${alternation(PARTY_KEYS)})[:：]\\s*(?:[^;；。\\n:：]{1,20}?${LIST_SEP}\\s*)*)\\p{Script=Han}{2,4}?(?=${LIST_SEP}|[;；。（(\\s]|$)`, 'gu'),
    sure: 'sure',
  },
  // Whoever stands before details in brackets (杨秀英（女，52岁）), whatever the surname; the word before
  // a name is not its start (与王五（男） is 王五, 儿子杨军（35岁） is 杨军), unless it begins with a surname (向东).
  { re: new RegExp(`(?<=${BOUNDARY}|${CUE})(?!${LEAD_INS})\\p{Script=Han}{2,4}?(?=[（(](?:男|女|\\d{1,3}岁|[一二三四五六七八九十]{1,3}岁))`, 'gu'), sure: 'sure' },
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

/** An everyday word, or a place, rather than a person: 石头, 李子树, 王村; 对方 and 姓名权 before it. */
function ordinary(name: string, sure: Sureness, text: string, at: number): boolean {
  const ends = (w: string) => at >= w.length - 1 && text.startsWith(w, at - w.length + 1);
  if (ENDINGS.some(ends)) return true;
  if (sure === 'sure') return false;
  // 欧阳: the word starts after a compound surname's second character.
  const head = name.slice(0, COMPOUND_SURNAMES.some((s) => name.startsWith(s)) ? 3 : 2);
  const words = sure === 'kin' ? ORDINARY_ACTS : ORDINARY_WORDS;
  return words.has(name) || words.has(head) || [...name.slice(1)].some((c) => PLACE_CHARS.includes(c));
}

/**
 * The names in `text`, in order of first appearance.
 * findPersonNames('②家庭 吴二妹被丈夫罗大明打伤 调解中') → ['吴二妹', '罗大明']
 */
export function findPersonNames(text: string): string[] {
  const found: { name: string; at: number; sure: Sureness }[] = [];
  const doubted: typeof found = [];
  const raw = RULES.flatMap(({ re, sure = 'weak' }) => [...text.matchAll(re)].map((m) => ({ m, sure })));
  const threes = new Set(raw.map(({ m }) => m[0]).filter((n) => n.length === 3));
  for (const { m, sure } of raw) {
    const taken = { name: shortest(m[0], text, threes), at: m.index ?? 0, sure };
    (ordinary(taken.name, sure, text, taken.at) ? doubted : found).push(taken);
  }
  // Whoever is joined to a surely named person is one too (村民王明跟杨树吵, 村民杨梅跟邻居王明…): the
  // everyday word is taken back. A doubted take after a role word needs only any person joined to it.
  const people = (sure: Sureness) => found.filter((f) => sure !== 'weak' || f.sure !== 'weak').map((f) => f.name);
  found.push(...doubted.filter((d) => people(d.sure).some((p) => joined(text, p, d.name))));
  // 司马新清 found, 马新清 inside it is no one else.
  const inside = (f: (typeof found)[number]) => found.some((g) => g.at < f.at && g.at + g.name.length >= f.at + f.name.length);
  return [
    ...new Set(
      found
        .filter((f) => !inside(f))
        .sort((a, b) => a.at - b.at)
        .map((f) => f.name),
    ),
  ];
}

const BETWEEN = `${JOIN}(?:${alternation(PERSON)})?`;
const joined = (text: string, a: string, b: string): boolean => a !== b && new RegExp(`${a}${BETWEEN}${b}|${b}${BETWEEN}${a}`, 'u').test(text);
