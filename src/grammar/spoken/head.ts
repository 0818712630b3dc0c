import { parseChineseInt } from '../../kernel/cnnum.js';
import type { SpokenMatchers } from './matchers.js';

/** A stretch of the cleaned text the head took, so the disputes are read without it. */
export interface Taken {
  start: number;
  end: number;
}

export type GridRead = { state: 'ok'; grid: string; at: Taken } | { state: 'bare'; quote: string; at: Taken } | { state: 'missing' };

/**
 * The grid: a roster name said in the text (chat), else village + group (和平村十一组). A group
 * alone (三组) is reported as such, so the worker is asked for the village.
 */
export function readGrid(text: string, s: SpokenMatchers, known: readonly string[] = []): GridRead {
  const squeezed = text.replace(/[\s,、]/gu, '');
  for (const name of known) {
    const at = squeezed.indexOf(name);
    if (at >= 0) return { state: 'ok', grid: name, at: spanOf(text, name) ?? { start: 0, end: 0 } };
  }
  s.grid.lastIndex = 0;
  const hit = s.grid.exec(text);
  // 樱桃村第三组 is 樱桃村三组 (a roster writes groups without 第); 第一网格 is a name and keeps it.
  const group = hit?.[2]?.replace(/^第(?=.*[组社队]$)/u, '');
  if (hit) return { state: 'ok', grid: `${villageName(text, hit.index, hit[1]!, s)}${group}`, at: { start: hit.index, end: hit.index + hit[0].length } };
  const bare = s.bareGroup.exec(text);
  if (bare) return { state: 'bare', quote: bare[0], at: { start: bare.index, end: bare.index + bare[0].length } };
  return { state: 'missing' };
}

/** The village's name without a lead-in word that ran into it: 报一下青杠村 → 青杠村, 这个礼拜下司村 → 下司村. */
function villageName(text: string, at: number, village: string, s: SpokenMatchers): string {
  let name = village;
  for (const w of s.notBeforeVillage) {
    const from = Math.max(0, at - w.length + 1);
    const i = text.slice(from, at + name.length).lastIndexOf(w);
    if (i >= 0) name = name.slice(Math.max(0, from + i + w.length - at - (village.length - name.length)));
  }
  return name;
}

/** Where a squeezed roster name sits in the text, spaces and commas allowed between its characters. */
function spanOf(text: string, name: string): Taken | null {
  const source = [...name].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s,、]*');
  const hit = new RegExp(source, 'u').exec(text);
  return hit ? { start: hit.index, end: hit.index + hit[0].length } : null;
}

/**
 * How a count was said: as the week's (走访72户, 户数85, 走访88), as a plain number of households
 * (青杠村五组 72户), or only inside the story (十几户为水吵起来), which tells nothing of a report.
 */
export type HouseholdsSaid = 'weekly' | 'plain' | 'story';

export type HouseholdsRead =
  | { state: 'ok'; value: number; at: Taken[]; said: HouseholdsSaid }
  | { state: 'vague'; quote: string; at: Taken[]; said: HouseholdsSaid }
  | { state: 'missing'; at: Taken[] };

interface Mention {
  value: number | null;
  quote: string;
  visit: boolean;
  total: boolean;
  at: Taken;
}

/**
 * The households visited: 走访72户, 八十户左右 (80), 全组120户本周走访85户 (85). A count no one
 * could write down (七十几户, 好几十户, 五十多户) is vague: the worker is asked for the number.
 */
export function readHouseholds(text: string, s: SpokenMatchers): HouseholdsRead {
  const mentions = householdMentions(text, s);
  // Only the week's count and the group's size leave the story: 十几户把路堵了 is part of what happened.
  const at = mentions.filter((m) => m.visit || m.total).map((m) => m.at);
  const exact = (m: Mention) => m.value !== null && !m.total;
  const visitExact = mentions.find((m) => m.visit && exact(m));
  if (visitExact?.value != null) return { state: 'ok', value: visitExact.value, at, said: 'weekly' };
  const vague = mentions.find((m) => m.visit && m.value === null);
  if (vague) return { state: 'vague', quote: vague.quote, at, said: 'weekly' };
  const after = s.householdsAfter.exec(text);
  const keyed = after?.[1] ? parseChineseInt(after[1]) : null;
  if (keyed !== null && after) return { state: 'ok', value: keyed, at: [...at, { start: after.index, end: after.index + after[0].length }], said: 'weekly' };
  const bare = s.visitBare.exec(text);
  const bareValue = bare?.[1] && !inWord(text, bare.index + bare[0].length, bare[1]) ? parseChineseInt(bare[1]) : null;
  if (bareValue !== null && bare) return { state: 'ok', value: bareValue, at: [...at, { start: bare.index, end: bare.index + bare[0].length }], said: 'weekly' };
  // With no visit word, a few households (两户为排水沟吵) are the sides of a dispute, not the week's count.
  const other = mentions.find((m) => exact(m) && m.value! >= MIN_UNSAID_COUNT) ?? mentions.find((m) => m.value !== null && m.value >= MIN_UNSAID_COUNT);
  if (other?.value != null) return { state: 'ok', value: other.value, at: [...at, other.at], said: 'plain' };
  const anyVague = mentions.find((m) => m.value === null);
  return anyVague ? { state: 'vague', quote: anyVague.quote, at: [...at, anyVague.at], said: 'story' } : { state: 'missing', at };
}

// No group is this small, and a story's households (两户, 三户人家) are fewer.
const MIN_UNSAID_COUNT = 10;
const RANGE = /[一二两三四五六七八九]{2}/u;
const ABOVE = /^(?:出头|挂零)/u;

/** 走访了一部分, 走访了一些: a lone numeral before more of a word is that word, not a count. */
const inWord = (text: string, end: number, numeral: string): boolean => /^[一两几]$/u.test(numeral) && /\p{Script=Han}/u.test(text[end] ?? '');

function householdMentions(text: string, s: SpokenMatchers): Mention[] {
  const out: Mention[] = [];
  s.households.lastIndex = 0;
  for (let hit = s.households.exec(text); hit; hit = s.households.exec(text)) {
    // The words before the number, back to the clause start or the count before it (全组120户本周走访85户).
    const before =
      text
        .slice(Math.max(0, hit.index - 10), hit.index)
        .split(/[,;。]|(?:\d|[一二两三四五六七八九十百千])[户家]/u)
        .pop() ?? '';
    const [, good, digits = '', tail, , unit] = hit;
    const after = text.slice(hit.index + hit[0].length);
    // 六七十户, 二十七八户: two numerals side by side are a range; 八十户出头 is more than that, unsaid.
    const vague = good !== undefined || digits.includes('几') || tail === '几' || tail === '多' || tail === '余' || RANGE.test(digits) || ABOVE.test(after);
    const value = vague ? null : parseChineseInt(digits);
    if (!vague && value === null) continue;
    const visit = s.visit.exec(before);
    const total = s.total.exec(before);
    // 走访了85家 counts households; 两家 in a story is the two sides of a dispute.
    if (unit === '家' && !visit) continue;
    // Only the words that make it the week's count go with it (走访了 / 全组); 杜某等五户 stays in the story.
    const lead = Math.min(visit?.index ?? Infinity, total?.index ?? Infinity);
    const start = Number.isFinite(lead) ? hit.index - before.length + lead : hit.index;
    // 八十户左右: the rough word after the unit goes with the count, not into the story.
    const end = hit.index + hit[0].length + (/^(?:左右|上下)/u.test(after) ? 2 : 0);
    out.push({ value, quote: hit[0], visit: visit !== null, total: total !== null, at: { start, end } });
  }
  return out;
}

/** The number of disputes said (纠纷两起, 有一起彩礼纠纷), or null. */
export function readCount(text: string, s: SpokenMatchers): { count: number; at: Taken } | null {
  const hit = s.count.exec(text);
  const n = hit ? parseChineseInt(hit[1] ?? hit[2] ?? hit[3] ?? hit[4] ?? '') : null;
  if (!hit || n === null) return null;
  // 有一起彩礼纠纷: only the number is the count; the words after it begin the dispute.
  const end = hit[2] !== undefined ? hit.index + hit[2].length + 1 : hit.index + hit[0].length;
  return { count: n, at: { start: typedNounEnd(text, hit, s) ?? hit.index, end } };
}

const COUNT_NOUN = /^(?:矛盾纠纷|纠纷|矛盾)/u;

/**
 * 邻里纠纷一起：…, 其他纠纷一件：…: a type said before the count's noun is the dispute's type, so the
 * count is only what follows the noun and the type and noun stay in the story. Null otherwise.
 */
function typedNounEnd(text: string, hit: RegExpExecArray, s: SpokenMatchers): number | null {
  const noun = hit[1] !== undefined ? COUNT_NOUN.exec(hit[0])?.[0] : undefined;
  if (!noun) return null;
  const end = hit.index + noun.length;
  return s.typedBeforeCount.test(text.slice(0, end)) ? end : null;
}
