import { alternation } from '../kernel/text.js';
import { compileRiskPhrases } from './risk-phrases.js';
import type { Category, Risk, Status } from './types.js';
import type { FieldKey, Vocabulary } from './vocabulary.js';

/** A vocabulary table as one longest-first alternation plus the label of each word. */
export interface WordTable<T> {
  /** Global: scan with lastIndex; the leftmost word wins, the longest at that spot. */
  re: RegExp;
  labels: Map<string, T>;
}

/** Everything the parser matches, compiled once per vocabulary. */
export interface Matchers {
  /** Sticky: a header at lastIndex, once findHeader has stepped over emoji, @mentions, a date. */
  header: RegExp;
  /** Sticky: a greeting and its punctuation (大家好，) that findHeader steps over like an emoji. */
  greeting: RegExp;
  /** Sticky: a key starting exactly at lastIndex. */
  key: RegExp;
  keyField: Map<string, FieldKey>;
  colonOnly: Set<string>;
  keyFirstChars: Set<string>;
  /** Sticky: ':' or '=' (with spaces around) after a key. */
  keySep: RegExp;
  /** Sticky: a number (or a nil word) right after a key such as 排查 / 纠纷. */
  numberAhead: RegExp;
  marker: RegExp;
  signature: RegExp;
  /** Sticky: a short lead-in then a nil statement (本周无矛盾纠纷). */
  nilAhead: RegExp;
  /** Search: a nil statement anywhere. */
  nil: RegExp;
  /** The whole line is a nil statement, allowing a lead-in such as 本周 or 辖区内. */
  nilWhole: RegExp;
  /** A 纠纷 count that says none: 无, 0件, 没有. */
  countNone: RegExp;
  /** A whole piece that just says none (无, 没得); a nil report only beside a grid or a count of households. */
  bareNil: RegExp;
  /** Sticky: bareNil as the rest of a piece, so 户数：61户 无 ends the count before the 无. */
  bareNilAhead: RegExp;
  categories: WordTable<Category>;
  categoryTitle: RegExp;
  /** A line that opens with a category and a colon or 纠纷 (经济纠纷：…, 土地纠纷，…): the next dispute of a list. */
  categoryLine: RegExp;
  statuses: WordTable<Status>;
  statusNegated: RegExp;
  escalationBody: RegExp;
  risks: WordTable<Risk>;
  /** The risk words that still flag a risk inside a dispute's story (not the everyday ones). */
  storyRisks: WordTable<Risk>;
  riskNegated: RegExp;
  /** A story with its verb-and-object risks named (十几户把路堵了 → 聚众堵路), for the risk tables. */
  nameRiskPhrases: (story: string) => string;
  riskNone: RegExp;
  riskNoneEnd: RegExp;
  partyJoin: RegExp;
  households: RegExp;
  headerWords: RegExp;
  gridKeyPrefix: RegExp;
  sectionHeading: RegExp;
  /** 本周共排查矛盾纠纷0件 written as a sentence. */
  countSentence: RegExp;
}

/** Words to labels, and one longest-first regex over them; the first table to list a word keeps it. */
export function wordTable<T extends string>(table: Record<T, string[]>): WordTable<T> {
  const labels = new Map<string, T>();
  for (const [label, words] of Object.entries(table) as [T, string[]][]) {
    for (const w of words) if (!labels.has(w)) labels.set(w, label);
  }
  return { re: new RegExp(alternation(labels.keys()), 'gu'), labels };
}

function keyTable(vocab: Vocabulary): Map<string, FieldKey> {
  const map = new Map<string, FieldKey>();
  for (const [field, words] of Object.entries(vocab.keys) as [FieldKey, string[]][]) {
    for (const w of words) if (!map.has(w)) map.set(w, field);
  }
  return map;
}

const HAN = '\\p{Script=Han}';
const NUMBER_START = '(?:约|大约|共|共计|计|合计|近)?\\s*[0-9零〇一二两三四五六七八九十百]';

function headerRegex(vocab: Vocabulary): RegExp {
  const w = `(?:${alternation(vocab.headerWords)})`;
  const p = `(?:${alternation(vocab.headerPhrases)})`;
  const title = `(?:${w}|${p})`;
  const forms = [
    `【\\s*([^】\\n]{0,15}?${title}[^】\\n]{0,10}?)\\s*】`,
    `\\[\\s*([^\\]\\n]{0,15}?${title}[^\\]\\n]{0,10}?)\\s*\\]`,
    `#\\s*([^\\s#]{0,10}?${w})#?`,
    `${p}(?:\\s*[:=])?`,
    // A first line such as 上司村三组周报, 11月第3周周报 or 五组这周的周报 (not 请大家报送周报, a sentence).
    `([^\\n:=]{0,12}?(?:村|组|网格|社区|周|月|日|号|年)的?${w})(?:\\s*[:=]|[ ]*(?=\\n|$))`,
    `${w}(?:\\s*[:=]|(?=\\s|$))`,
  ];
  return new RegExp(`(?:${forms.join('|')})`, 'uy');
}

/** The risk table without the words that are everyday words in a story. */
function storyRiskTable(vocab: Vocabulary): Record<Risk, string[]> {
  const everyday = new Set(vocab.everydayRiskWords);
  const table = {} as Record<Risk, string[]>;
  for (const [label, words] of Object.entries(vocab.risks) as [Risk, string[]][]) {
    table[label] = words.filter((w) => !everyday.has(w));
  }
  return table;
}

function nilSource(vocab: Vocabulary): string {
  const { negators, modifiers, objects, standalone } = vocab.nil;
  const phrase = `(?:${alternation(negators)})\\s*(?:${alternation(modifiers)})?\\s*(?:${alternation(objects)})`;
  const notElse = `(?<!(?:${alternation(vocab.nil.except)})[^,;。\\n]{0,6})`;
  return `${notElse}(?:${phrase}|${alternation(standalone)})`;
}

/** Compiles a vocabulary into the regexes the parser uses; done once per parser. */
export function compileMatchers(vocab: Vocabulary): Matchers {
  const keyField = keyTable(vocab);
  const nil = nilSource(vocab);
  const categories = wordTable(vocab.categories);
  const bare = `(?:${alternation(vocab.nil.leadIns)}|[ ,])*(?:${alternation(vocab.nil.bare)})`;
  return {
    header: headerRegex(vocab),
    greeting: new RegExp(`(?:${alternation(vocab.greetings)})[ ,.!~。]*`, 'uy'),
    key: new RegExp(alternation(keyField.keys()), 'uy'),
    keyField,
    colonOnly: new Set(vocab.colonOnlyKeys),
    keyFirstChars: new Set([...keyField.keys()].map((k) => k[0] ?? '')),
    keySep: /[ ]*[:=︰∶][ ]*/y,
    numberAhead: new RegExp(`[ ]*(?:${NUMBER_START}|无|没有|暂无)`, 'uy'),
    marker: new RegExp(`(?:${vocab.listMarkers.join('|')})[ ]*`, 'uy'),
    signature: new RegExp(`${HAN}{0,6}?(?:${alternation(vocab.signatureWords)})${HAN}{0,3}?(?:[ ]*[:=︰∶]|[ ]+(?=\\S))`, 'uy'),
    nilAhead: new RegExp(`[^\\s:=,;。]{0,8}?${nil}`, 'uy'),
    nil: new RegExp(nil, 'u'),
    nilWhole: new RegExp(`^(?:${alternation(vocab.nil.leadIns)}|[ ,])*${nil}(?:发生|出现|情况|隐患)?[ 。.!]*$`, 'u'),
    countNone: /^(?:本周|这周)?(?:无|没有|没|暂无|零|0|〇)\s*(?:件|起|个|宗)?$/u,
    bareNil: new RegExp(`^${bare}[ 。.!]*$`, 'u'),
    bareNilAhead: new RegExp(`${bare}[ .!]*(?=[\\n;,。]|$)`, 'uy'),
    categories,
    // The title may end at a space or a line end too: ①邻里 张某和李某吵架 / 1.邻里纠纷⏎张某与李某…
    categoryTitle: new RegExp(`^(${categories.re.source})(?:纠纷|矛盾纠纷|矛盾|类|问题|方面)?(?:(?:\\s*[:=︰∶,;。、]|\\s)\\s*([\\s\\S]*))?$`, 'u'),
    categoryLine: new RegExp(`^(?:${categories.re.source})(?:(?:纠纷|矛盾纠纷|矛盾|类|问题)?\\s*[:=︰∶]|(?:纠纷|矛盾纠纷|矛盾)\\s*[,;、 ])`, 'u'),
    statuses: wordTable(vocab.statuses),
    statusNegated: new RegExp(`(?:${alternation(vocab.statusNegators)})$`, 'u'),
    escalationBody: new RegExp(alternation(vocab.escalationBodies), 'u'),
    risks: wordTable(vocab.risks),
    storyRisks: wordTable(storyRiskTable(vocab)),
    riskNegated: new RegExp(`(?:${alternation(vocab.riskNegators)})$`, 'u'),
    nameRiskPhrases: compileRiskPhrases(vocab.riskPhrases),
    riskNone: new RegExp(`^(?:${alternation(vocab.riskNone)})`, 'u'),
    riskNoneEnd: new RegExp(`(?:${alternation(vocab.riskNone)})[。.!]?$`, 'u'),
    partyJoin: new RegExp(`(?!${alternation(vocab.partyJoinExceptions)})(?:以及|和|与|及|跟|同)`, 'u'),
    households: new RegExp(`(?:${alternation(vocab.keys.households)})[^,;。\\n]{0,10}?((?:\\d+|[零〇一二两三四五六七八九十百千]+)\\s*户)`, 'u'),
    headerWords: new RegExp(alternation(vocab.headerWords), 'gu'),
    countSentence: /(?:矛盾纠纷|纠纷)[^,;。\n\d零〇一二两三四五六七八九十]{0,4}?((?:\d+|[零〇一二两三四五六七八九十]+)\s*[件起个宗])/u,
    sectionHeading: new RegExp(`^\\p{Script=Han}{0,8}(?:${alternation(vocab.sectionHeadingEndings)})[:=]?$`, 'u'),
    gridKeyPrefix: new RegExp(`^(?:${alternation(vocab.keys.grid)})[ :=]*`, 'u'),
  };
}
