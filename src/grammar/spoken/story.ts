import { readStoryRisks } from '../fields.js';
import { REPORT_LIMITS } from '../limits.js';
import type { Category, DisputeDraft, Risk, Status } from '../types.js';
import { clauses } from './clean.js';
import type { SpokenMatchers } from './matchers.js';

/**
 * The category a story is about. Words naming the matter (宅基地, 彩礼, 工钱) win over words naming
 * who quarrels (邻居, 兄弟): 兄弟俩为宅基地吵 is a land dispute. A sum owed (借给表弟三万块) is a
 * matter too, so it wins over who. 其他/别的 in a story say nothing.
 */
export function storyCategory(said: string, s: SpokenMatchers): Category | null {
  // 造成经济损失, 家庭困难: a type word used as an everyday noun names no matter.
  const text = said.replace(s.everydayCategory, ',');
  const typed = typedCategory(text, s);
  if (typed) return typed;
  const table = s.keyed.categories;
  table.re.lastIndex = 0;
  for (let hit = table.re.exec(text); hit; hit = table.re.exec(text)) {
    const label = table.labels.get(hit[0]);
    if (label && label !== 'other' && !s.weakCategory.has(hit[0])) return label;
  }
  // A stray animal's damage is the neighbours' matter, whatever field it was in (鸭子跑到邻居的菜地里);
  // so is harm to the house next door, whatever work did it (挖地基把邻居家的院墙挖裂了).
  if (s.stray.test(text) || s.damage.test(text)) return 'neighbor';
  const told = storyMatter(text, s);
  if (told && told !== 'other') return told;
  // A vehicle that hit someone is no quarrel between who they are (老人, 邻居): 'other'.
  if (s.accident.test(text) || s.school.test(text)) return 'other';
  if (s.tree.test(text)) return 'land';
  if (s.debt.test(text)) return 'economic';
  return firstWho(text, s) ?? told;
}

/** Who quarrels, the first said: 两口子吵架 … 邻居报了警 is the couple's matter, not the neighbour's. */
function firstWho(text: string, s: SpokenMatchers): Category | null {
  let first: { at: number; label: Category } | null = null;
  for (const [word, label] of s.weakCategory) {
    const at = text.indexOf(word);
    if (at >= 0 && (first === null || at < first.at)) first = { at, label };
  }
  return first?.label ?? null;
}

/**
 * The type the worker wrote: 一件邻里纠纷 wins over the field the quarrel was in (田坎上吵), and a label
 * opening the item (其他：狗咬伤了小孩, ①其他 狗咬伤了小孩), assigned in it (属其他纠纷), put after the
 * type key without its colon (类型其他) or in brackets beside the story (（其他类）) is a type, 其他
 * included. A bare 其他 inside a story says nothing.
 */
function typedCategory(text: string, s: SpokenMatchers): Category | null {
  const table = s.keyed.categories.labels;
  const opening =
    s.typedOpening.exec(text)?.[1] ?? s.typedBare.exec(text)?.[1] ?? s.typedDeclared.exec(text)?.[1] ?? s.typedNamed.exec(text)?.[1] ?? s.typedBracketed.exec(text)?.[1];
  if (opening) return table.get(opening) ?? null;
  const anywhere = s.typedAnywhere.exec(text)?.[1];
  const label = anywhere ? table.get(anywhere) : undefined;
  return label && label !== 'other' ? label : null;
}

/** The first matter word the story says (菜地, 尾款), else an 'other' one (车祸), else null. */
function storyMatter(text: string, s: SpokenMatchers): Category | null {
  let other: Category | null = null;
  for (const hit of text.matchAll(s.storyCategory.re)) {
    const label = s.storyCategory.labels.get(hit[0]) ?? null;
    if (label !== 'other') return label;
    other = label;
  }
  return other;
}

/** Where it stands: the last step said (正在协调 … 后来签了协议 is resolved); 还没化解 is pending. */
export function storyStatus(said: string, s: SpokenMatchers): Status {
  const { statusNegated, escalationBody } = s.keyed;
  // 已经调解了 is 已调解, as 以经 was 已经: the status words are written with 已.
  // 签了赡养协议, 立了通行字据, 达成调解协议: an agreement signed is one, whatever it is about.
  const text = said
    .replace(/已经(?=化解|调解|解决|处理|结案|移交|上报|调处|办结|平息|做通)/gu, '已')
    .replace(/(?:签订|签|写|立|达成)了?[^,;。\s签写立了]{1,5}?(?:协议|字据|保证书)/gu, '签了协议')
    // 说好医药费三家平摊, 商量好按时间轮流放水: a split agreed is settled.
    .replace(/(?:说|讲|商量)好[^,;。\s]{0,8}?(?:平摊|分摊|轮流|各出|一人|每人|每家)/gu, '商量好了')
    // 已经跟戚某讲好月底前付清: agreed with the party named between.
    .replace(/(?:已经|已|都)(?:跟|和|与|同)[^,;。\s]{1,4}?(?:说好|讲好|谈好|商量好)/gu, '已经说好')
    // 答应晚上不开机了, 保证以后不再放狗了: the nuisance promised to stop is settled.
    .replace(/(?:答应|保证|承诺)[^,;。\s不]{0,4}不再?[^,;。\s]{1,6}?了/gu, '答应了')
    // 要他赔五十块 韦某给了: a party who gave, at the end of a clause, has paid.
    .replace(/某{1,2}(?:也|就|都)?给了(?=[\s,;。]|$)/gu, '某给了钱')
    // A voice run spaces its words (还在 催, 现在 好了): once the clause-bound rewrites above are done,
    // a step is read across the spaces.
    .replace(/ /gu, '');
  const steps = [
    ...[...text.matchAll(s.statuses.re)].map((m) => ({ at: m.index, status: s.statuses.labels.get(m[0]) })),
    // Placed at its end: 司法所在处理 is the body handling it, not 在处理 after a handover.
    ...[...text.matchAll(s.handover)].map((m) => ({ at: m.index + m[0].length - 1, status: 'escalated' as const })),
    ...[...text.matchAll(s.visitPlan)].map((m) => ({ at: m.index, status: 'planned' as const })),
  ].sort((a, b) => a.at - b.at);
  let last: Status | null = null;
  for (const step of steps) {
    const negated = statusNegated.test(text.slice(Math.max(0, step.at - 3), step.at));
    // 还没处理，下周去现场看: a visit planned for an untouched case is no step yet.
    if (step.status === 'planned') last = negated || last === 'pending' ? 'pending' : 'in_progress';
    else last = negated ? 'pending' : (step.status ?? last);
  }
  return last ?? (escalationBody.test(text) ? 'escalated' : 'pending');
}

/** Parties: 张某 / 李某某 as workers write them, and a name with its details in brackets. */
export function storyParties(text: string, s: SpokenMatchers): string[] {
  s.party.lastIndex = 0;
  const names = [...text.matchAll(s.party)].map((m) => ({ name: m[0], at: m.index }));
  for (const m of text.matchAll(s.bracketed)) {
    const name = bracketedName(m[1]!, s.personStrong.test(m[2]!), s);
    if (name && !name.includes('某')) names.push({ name, at: m.index + m[1]!.length - name.length });
  }
  // In the order they are named, so 当事人甲 is whoever the story names first.
  return [...new Set(names.sort((a, b) => a.at - b.at).map((n) => n.name))];
}

/**
 * The name in the characters before a bracket (村民张德明, 与王五, 儿子杨军, 欧阳春花): from the first
 * surname that leaves a name of the right length, a joining word (与, 向) stepped over. With no
 * surname known, the last three characters when the brackets surely describe a person (男, 52岁):
 * a name masked with its neighbour is no leak. 承包地(约2亩) names nobody.
 */
function bracketedName(before: string, person: boolean, s: SpokenMatchers): string | null {
  for (let i = 0; i < before.length - 1; i++) {
    const rest = before.slice(i);
    if (s.nameJoin.has(rest[0]!) && fitsName(rest.slice(1), s)) continue;
    if (fitsName(rest, s)) return rest;
  }
  return person ? before.slice(-3) : null;
}

function fitsName(name: string, s: SpokenMatchers): boolean {
  const compound = s.compoundSurnames.find((c) => name.startsWith(c));
  if (compound) return name.length >= compound.length + 1 && name.length <= compound.length + 2;
  return s.surnames.has(name[0]!) && name.length >= 2 && name.length <= 3;
}

const EDGES = /^[\s,，;。:、.)是]+|[\s,，;。:、]+$/gu;
// What is left of the head once grid, households and count are taken: 这周，有，纠纷王某某家… → 王某某家….
const LEAD_WORDS = /^(?:(?:本周|这周|这个礼拜|这星期|还有|有|发现|纠纷|矛盾纠纷|矛盾|的情况|情况|一起|一件|是)[\s,，;。:、]*)+/u;

/** One dispute read from its story. */
export function readStory(text: string, s: SpokenMatchers): DisputeDraft {
  const summary = clauses(text).join('，').replace(EDGES, '').replace(LEAD_WORDS, '').replace(EDGES, '').slice(0, REPORT_LIMITS.summaryChars);
  return {
    category: storyCategory(text, s),
    parties: storyParties(text, s),
    summary,
    status: storyStatus(text, s),
    risks: storyRisks(text, s),
    method: null,
  };
}

/**
 * 喝了农药, 拿了刀: speech puts 了 inside the words of a threat, and the risk tables have it without;
 * 不如死了算了 and 先砍了她再喝农药 keep it. Both readings count, in the order of the one that read
 * more (the words-without-了 one when even): the other saw only part of what was said.
 */
function storyRisks(text: string, s: SpokenMatchers): Risk[] {
  const without = readStoryRisks(text.replace(/了/gu, ''), s.keyed);
  const withLe = readStoryRisks(text, s.keyed);
  const [found, rest] = withLe.length > without.length ? [withLe, without] : [without, withLe];
  for (const r of rest) if (!found.includes(r)) found.push(r);
  return found;
}

/** Whether leftover text tells a dispute (a quarrel, a debt, a party, a category), not just filler. */
export function tellsDispute(text: string, s: SpokenMatchers): boolean {
  return tellsQuarrel(text, s) || storyCategory(text, s) !== null;
}

/** A quarrel, a debt or a party said: a dispute (tellsDispute). */
export function tellsQuarrel(text: string, s: SpokenMatchers): boolean {
  s.party.lastIndex = 0;
  return s.conflict.test(text) || s.party.test(text);
}

/**
 * Beside a nil statement, a quarrel or two sides named: 没得纠纷，就是五保户秦某某身体不好 is a remark
 * about one person, while 一切正常，王某和李某为地界吵了几句 still reports a dispute.
 */
export function tellsQuarrelBesideNil(text: string, s: SpokenMatchers): boolean {
  return s.conflict.test(text) || new Set(text.match(s.party) ?? []).size >= 2;
}
