import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../../kernel/surnames.js';
import { alternation } from '../../kernel/text.js';
import type { Matchers } from '../matchers.js';
import type { Vocabulary } from '../vocabulary.js';
import { compileCategories, type CategoryMatchers } from './category-matchers.js';

/** What the spoken reader matches, compiled once per vocabulary beside the keyed matchers. */
export interface SpokenMatchers extends CategoryMatchers {
  keyed: Matchers;
  homophones: RegExp;
  homophoneOf: Map<string, string>;
  fillers: RegExp;
  clauseBreaks: RegExp;
  /** Village (name + 村) then its group, fillers and spaces between: 和平村 十一组. */
  grid: RegExp;
  notBeforeVillage: readonly string[];
  /** A group with no village before it: 三组. */
  bareGroup: RegExp;
  /** A number of households, exact or vague: 72户, 七十几户, 好几十户, 八十户左右. */
  households: RegExp;
  /** 户数85, 走访户数是一百. */
  householdsAfter: RegExp;
  /** A visit verb and a bare number, no 户 after it: 走访88, 入户走访九十, 走访农户88. */
  visitBare: RegExp;
  visit: RegExp;
  total: RegExp;
  /** 纠纷两起 / 两起纠纷 / 有一起彩礼纠纷 / 两件事. */
  count: RegExp;
  /** negator × conflict word, or a peace phrase: the nil grammar. */
  nil: RegExp;
  /** The nil grammar's negated form only (无纠纷, 没有矛盾), not a peace phrase (还算太平). */
  nilNegated: RegExp;
  marker: RegExp;
  firstMarker: Set<string>;
  nextMarker: Set<string>;
  /** 另外 / 还有: a cut only when the count said asks for one more dispute. */
  weakNext: RegExp;
  /** A word a dispute's story is made of: a quarrel, a debt, a party. */
  conflict: RegExp;
  party: RegExp;
  /** Up to five characters, then details in brackets that describe a person: 张德明(男，63岁). */
  bracketed: RegExp;
  /** Details that say a person whatever stands before them: 男, 女, 52岁. */
  personStrong: RegExp;
  surnames: ReadonlySet<string>;
  compoundSurnames: readonly string[];
  /** Joining words a name may follow straight on: 与王五(男). */
  nameJoin: ReadonlySet<string>;
  question: RegExp;
  reportWord: RegExp;
}

const NUM = '(?:\\d+|[零〇一二两三四五六七八九十百千]+)';
const NUM_OR_SOME = '[\\d零〇一二两三四五六七八九十百千几]';
const SMALL = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
// 零 too: 矛盾纠纷零起 is a count of none, read as nil like 纠纷0起.
const SMALL_COUNT = '(?:\\d{1,2}|零|[一二两三四五六七八九十]{1,3})';

function gridRegex(v: Vocabulary): RegExp {
  const s = v.spoken;
  const stops = s.notInVillageName.replace(/[\]\\^-]/g, '\\$&');
  const name = `[^${stops}\\s\\d\\p{P}\\p{S}]{1,4}`;
  // 我是板栗村的 二组: 的 may join the village to its group, as it does in speech; so may a pause (板栗村啊 二组).
  return new RegExp(`(${name}(?:${alternation(s.villageEndings)}))[\\s,、]*(?:[的${s.pauseParticles}][\\s,、]*)?(第?${SMALL}(?:${alternation(s.groupEndings)}))`, 'gu');
}

/** negator × (filler) × conflict word: 没人闹矛盾, 没得啥子纠纷, 没有扯皮的事. */
function negatedNil(v: Vocabulary): string {
  const s = v.spoken;
  const negators = [...v.nil.negators, ...s.nilNegators];
  const conflict = alternation(s.conflictWords);
  // 没有吵嘴打架的, 没人扯皮或者闹事: conflict words said one after another are one negated list.
  // 当天就没事了, 现在没矛盾了: with 了 the quarrel is over, a step of the story, not a nil week.
  // 没得 啥子 矛盾: a voice run may space its words.
  return `(?:${alternation(negators)})(?: ?(?:${alternation(s.conflictFillers)})){0,3} ?(?:${conflict})(?:(?:和|或|或者|、)?(?:${conflict}))*(?!了)`;
}

const peace = (v: Vocabulary): string => alternation([...v.spoken.peacePhrases, ...v.nil.standalone]);

// A number a bare count of households cannot run on into: 走访3次, 走访两天, 88户 (read by the 户 rule).
const NOT_HOUSEHOLDS = '(?![\\d零〇一二两三四五六七八九十百千万]|\\s*(?:户|家|个|人|次|天|年|月|日|号|元|块|万|岁|亩|起|件|名|%|遍|趟|出头|挂零))';

function visitBareRegex(v: Vocabulary): RegExp {
  const visits = alternation(v.spoken.visitWords.filter((w) => w.length > 1 && !w.endsWith('了')));
  return new RegExp(`(?:${visits})(?:了|的)?(?:农户|户数|户|数|人家|家庭|群众)?(?:是|为|有|共|:)?\\s*(${NUM})${NOT_HOUSEHOLDS}`, 'u');
}

/**
 * The conflict word first, then its negation: 啥子事都没得, 什么矛盾都没有 (啥子 事 都没得 spaced by voice),
 * and the key written by habit before it: 纠纷：无.
 */
function invertedNil(v: Vocabulary): string {
  const s = v.spoken;
  const fillers = alternation(s.conflictFillers);
  // 纠纷一起都没得: a count of none may stand between the conflict word and its negation.
  const conflict = alternation(s.conflictWords);
  const bare = `(?:${alternation(s.nilAfterBare)})(?=[\\s,;。!]|$)`;
  return `(?:${fillers} ?){0,2}(?:${conflict}) ?(?:${fillers} ?)?(?:${alternation(s.nilAfter)})|(?:${alternation(v.nil.objects)}) ?[:=]? ?${bare}`;
}

function markerRegex(v: Vocabulary): RegExp {
  const s = v.spoken;
  const forms = [
    `[(](${SMALL})[)]`,
    `(?<![\\d.])(\\d{1,2})\\s*[、.)](?!\\d)`,
    '([\\u2460-\\u2473])',
    '([一二三四五六七八九十]{1,2})、',
    `第(${SMALL})(?:起|件|宗|个|条)?(?!组|网格|周|次|天|年|月|名|批|户|期|届|${SMALL})(?:是|[:、,])?`,
    `(${alternation([...s.firstMarkers, ...s.nextMarkers])})`,
  ];
  return new RegExp(forms.join('|'), 'gu');
}

/** Compiles the spoken tables; `keyed` is the keyed parser's own matchers, shared. */
export function compileSpoken(v: Vocabulary, keyed: Matchers): SpokenMatchers {
  const s = v.spoken;
  const approxAfter = alternation(s.approxAfter.filter((w) => w !== '左右' && w !== '上下'));
  return {
    keyed,
    homophones: new RegExp(alternation(s.homophones.map(([h]) => h)), 'gu'),
    homophoneOf: new Map(s.homophones),
    fillers: new RegExp(`(?:${alternation(s.fillers)})(?!${alternation(s.fillerKeepBefore)})`, 'gu'),
    clauseBreaks: new RegExp(`(?:${alternation(s.clauseBreaks)})(?!${alternation(s.clauseBreakKeepBefore)})`, 'gu'),
    grid: gridRegex(v),
    notBeforeVillage: s.notBeforeVillage,
    bareGroup: new RegExp(`(?<![村区会\\d一二三四五六七八九十第])第?${SMALL}(?:${alternation(s.groupEndings)})`, 'u'),
    // One class, not (NUM|几)+: nested repeats backtrack without end on a long run of numerals.
    households: new RegExp(`(好)?(${NUM_OR_SOME}+)(几|多|余|${approxAfter})?(?:\\s*(户|个农户|个家庭|个户)(?!数|口|主|籍)|(家)(?!庭|里|人|属|长|门|中))`, 'gu'),
    householdsAfter: new RegExp(`户数(?:是|为|有|共|:)?\\s*(${NUM})`, 'u'),
    visitBare: visitBareRegex(v),
    visit: new RegExp(alternation(s.visitWords), 'u'),
    total: new RegExp(alternation(s.totalWords), 'u'),
    count: new RegExp(
      // 纠纷:2件 / 纠纷=2 / 纠纷2 (a key written by habit, the unit left off before a break) is still the count.
      // 一个是婆媳纠纷 is a list's first marker (一个是…一个是…), no count of one.
      `(?:(?:矛盾纠纷|纠纷|矛盾)(?:[:=]\\s*)?(?:有|共|共有|共计|是)?(${SMALL_COUNT})(?:起|件|个|宗|(?=[\\s,;]|$))|(?<!第)(${SMALL_COUNT})(?:起|件|宗|个)(?!是)\\p{Script=Han}{0,5}?(?:纠纷|矛盾|事)` +
        // 有两起, 共3件: the noun left out, as it is when the count opens the disputes.
        `|(?:有|共有|共|发现|排查出)(${SMALL_COUNT})(?:起|件|宗)` +
        // 走访九十户 两起 一个是…: the count said as a clause of its own, before the list.
        `|(?<=^|[\\s,;])(${SMALL_COUNT})(?:起|件|宗)(?=[\\s,;:]|$))` +
        // 一个矛盾都没有 is the inverted nil, not a count of one.
        '(?!\\s*[都也](?:没|莫|无|冇))',
      'u',
    ),
    nil: new RegExp(`${negatedNil(v)}|${invertedNil(v)}|${peace(v)}`, 'gu'),
    nilNegated: new RegExp(`^${negatedNil(v)}$`, 'u'),
    marker: markerRegex(v),
    firstMarker: new Set(s.firstMarkers),
    nextMarker: new Set(s.nextMarkers),
    ...compileCategories(v),
    weakNext: new RegExp(alternation(s.weakNextMarkers), 'gu'),
    conflict: /吵|闹|争|骂|打|扯皮|纠纷|矛盾|欠|占|不还|不给|拖|退|赔|堵/u,
    party: /\p{Script=Han}某{1,2}(?:[甲乙丙丁]|\d)?/gu,
    bracketed: new RegExp(`(\\p{Script=Han}{2,5})\\(([^)]{0,20}?(?:${alternation(s.personDetails)}|\\d)[^)]{0,20}?)\\)`, 'gu'),
    personStrong: /男|女|岁/u,
    surnames: new Set(SINGLE_SURNAMES),
    compoundSurnames: COMPOUND_SURNAMES,
    nameJoin: new Set(s.nameJoinWords),
    question: new RegExp(`${alternation(s.questionWords)}`, 'u'),
    reportWord: new RegExp(alternation(s.reportWords), 'u'),
  };
}
