import { alternation } from '../../kernel/text.js';
import { wordTable, type WordTable } from '../matchers.js';
import type { Vocabulary } from '../vocabulary.js';
import type { Category, Status } from '../types.js';

/** What a story's category is read from, beyond the keyed type words (story.ts says in which order). */
export interface CategoryMatchers {
  /** Words for who quarrels (邻居, 老婆): used when nothing else is said. */
  weakCategory: Map<string, Category>;
  /** Matter words of a story (菜地, 尾款), first said wins; 'other' ones read last. */
  storyCategory: WordTable<Category>;
  /** 家的牛…踩了, 狗咬伤了: an animal's damage, a neighbour dispute. */
  stray: RegExp;
  /** 挖地基把邻居家的院墙挖裂了: someone else's building harmed, a neighbour dispute. */
  damage: RegExp;
  /** 被同学打了: a child's trouble at school, 'other'. */
  school: RegExp;
  /** 那棵核桃树的果子: land when nothing else says. */
  tree: RegExp;
  /** 摩托车把娃娃撞了: a vehicle's accident, 'other' whoever was hit. */
  accident: RegExp;
  /** A type written in the story: 邻里纠纷 anywhere, or a label opening a clause (其他：…, 其他纠纷，…). */
  typedAnywhere: RegExp;
  typedOpening: RegExp;
  /** A type and its noun ending the text before a count (邻里纠纷|一起): the type stays with the story. */
  typedBeforeCount: RegExp;
  /** A type word alone as an item's first word, a break after it (①其他 吴某某…, 2. 彩礼 …). */
  typedBare: RegExp;
  /** A type the worker assigned in the story, 其他 included: 属其他纠纷, 属于邻里矛盾, 系家庭纠纷. */
  typedDeclared: RegExp;
  /** A type after the keyed type word, with no colon as typed fast: 类型其他（…）, 类别是邻里. */
  typedNamed: RegExp;
  /** A type put in brackets beside the story, 其他 included: （其他类）, (邻里纠纷), （属经济类）. */
  typedBracketed: RegExp;
  /** Money owed or unpaid: 欠了…八千块, 借给表弟三万块钱, 没给钱. */
  debt: RegExp;
  /** The keyed status words and the ones said in a story (不吵了, 报给镇上): the last said is where it stands. */
  statuses: WordTable<Status>;
  /** A case handed to a body (交给镇劳动所, 派出所已经介入): an escalated step, the last said like the others. */
  handover: RegExp;
  /** A first visit planned (明天去现场看): a step unless the case was said untouched before it. */
  visitPlan: RegExp;
  /** A type word as an everyday noun (经济损失, 家庭困难), dropped before the category is read. */
  everydayCategory: RegExp;
}

/** A debt verb with a sum a few characters on (欠了菜贩子八千多块), or an unpaid sum said outright. */
function debtRegex(v: Vocabulary): RegExp {
  const s = v.spoken;
  return new RegExp(`(?:${alternation(s.debtVerbs)})[^,;。]{0,10}?(?:${alternation(s.moneyWords)})|${alternation(s.unpaidWords)}`, 'u');
}

/**
 * 他家的牛把菜园踩了 (the owner, the animal, what it did), 牛跑到隔壁地里 (whose place it got into), or
 * 鸭子进了菜地 (crops got into).
 */
function strayRegex(v: Vocabulary): RegExp {
  const s = v.spoken;
  const animal = alternation(s.strayAnimals);
  const into = alternation(s.strayInto);
  const owned = `(?:${alternation(s.strayOwners)})(?:${animal})[^,;。]{0,8}?(?:${alternation(s.strayDamage)}|${into})`;
  const crops = `(?:${animal})[^,;。 ]{0,3}?(?:${into}|进)了?[^,;。 ]{0,3}?(?:${alternation(s.strayFields)})`;
  return new RegExp(`${owned}|(?:${animal})[^,;。 ]{0,3}?(?:${into})(?:${alternation(s.strayPlaceOwners)})|${crops}`, 'u');
}

/**
 * The thing, its owner said before it, then the harm (家的院墙挖裂, 家的水管被钟某某挖断), or the harm
 * first (震裂了邻居的房子).
 */
function damageRegex(v: Vocabulary): RegExp {
  const s = v.spoken;
  const owned = `(?:${alternation(s.damagedOwners)})(?:${alternation(s.damagedThings)})`;
  const done = alternation(s.damageDone);
  const doer = '被[^,;。 ]{1,4}?';
  return new RegExp(`${owned}(?:${doer}|[^,;。 ]{0,3}?)(?:${done})|(?:${done})了?[^,;。 ]{0,6}?${owned}`, 'u');
}

/** 邻里纠纷, 土地矛盾 (a type word then 纠纷) anywhere; 其他：or 其他纠纷，as a clause's first words. */
function typedRegexes(
  v: Vocabulary,
): Pick<CategoryMatchers, 'typedAnywhere' | 'typedOpening' | 'typedBare' | 'typedDeclared' | 'typedNamed' | 'typedBracketed' | 'typedBeforeCount'> {
  const types = alternation(Object.values(v.categories).flat());
  // Who quarrels (兄弟, 邻里) opening an item is its story (1、兄弟 为宅基地吵), not a label.
  const who = new Set(Object.values(v.spoken.weakCategories).flat());
  const labels = alternation(
    Object.values(v.categories)
      .flat()
      .filter((w) => !who.has(w)),
  );
  return {
    // 一个是其他的 …: 的 after the word, as an item is said aloud.
    typedBare: new RegExp(`^[\\s,]*(${labels})(?:的|类)?(?=[\\s,])`, 'u'),
    // 不属于邻里纠纷 denies the type; 属/属于/系/定为 assigns it, wherever in the story it is said.
    typedDeclared: new RegExp(`(?<![不非])(?:属于|属|系|定性为|定为|归为|归于|算是)(${types})(?:类(?:矛盾纠纷|纠纷|矛盾)?|矛盾纠纷|纠纷|矛盾)`, 'u'),
    // The whole bracket is the type, so 承包地(约2亩) or 王某(邻居) name none.
    typedBracketed: new RegExp(`\\((?:属于|属|系|类型|类别)?[:是为]?\\s*(${types})(?:类(?:矛盾纠纷|纠纷|矛盾)?|矛盾纠纷|纠纷|矛盾)\\s*\\)`, 'u'),
    typedNamed: new RegExp(`(?:${alternation(v.keys.category)})(?:是|为|属于|属|:|=)?\\s*(${types})`, 'u'),
    typedAnywhere: new RegExp(`(${types})(?:矛盾纠纷|纠纷|矛盾)`, 'u'),
    typedBeforeCount: new RegExp(`(?:${types})(?:矛盾纠纷|纠纷|矛盾)$`, 'u'),
    // 其他：… / 其他纠纷，… / 邻里类 … opening a clause; a bare word and a comma (兄弟，…) is the story, not a label.
    typedOpening: new RegExp(`(?:^|[\\s,;。、])(${types})(?:(?:矛盾纠纷|纠纷|矛盾|类|问题)[\\s:=,]|\\s*[:=])`, 'u'),
  };
}

export function compileCategories(v: Vocabulary): CategoryMatchers {
  const s = v.spoken;
  return {
    weakCategory: wordTable(s.weakCategories).labels,
    storyCategory: wordTable(s.storyCategories),
    stray: strayRegex(v),
    damage: damageRegex(v),
    tree: new RegExp(alternation(s.trees), 'u'),
    school: new RegExp(alternation(s.schoolPeople), 'u'),
    // 车间, 车位, 车库 are no vehicles.
    accident: new RegExp(`(?:${alternation(s.accidentVehicles)})(?!间|位|库)[^,;。]{0,20}?(?:${alternation(s.accidentHits)})`, 'u'),
    ...typedRegexes(v),
    debt: debtRegex(v),
    statuses: wordTable(mergeTables(v.statuses, s.storyStatuses)),
    handover: handoverRegex(v),
    visitPlan: new RegExp(alternation(s.visitPlans), 'gu'),
    everydayCategory: new RegExp(alternation(s.everydayCategoryWords), 'gu'),
  };
}

/** 交给(镇)司法所, 转给派出所, 派出所(已经)介入: a verb with a body, or a body with what it did. */
function handoverRegex(v: Vocabulary): RegExp {
  const s = v.spoken;
  const bodies = alternation([...v.escalationBodies, ...s.handoverBodies]);
  const verbs = alternation(s.handoverVerbs);
  return new RegExp(`(?:${verbs})(?:镇|乡|县|市|区|村)?(?:${bodies})|(?:${bodies})(?:已经|已|也)?(?:${alternation(s.takenOverBy)})`, 'gu');
}

function mergeTables<T extends string>(a: Record<T, string[]>, b: Record<T, string[]>): Record<T, string[]> {
  const out = { ...a };
  for (const k of Object.keys(b) as T[]) out[k] = [...(a[k] ?? []), ...b[k]];
  return out;
}
