import { parseChineseInt } from '../../kernel/cnnum.js';
import type { Taken } from './head.js';
import type { SpokenMatchers } from './matchers.js';

/** The head's stretches blanked out (same length, so offsets still hold): what is left is the story. */
export function blank(text: string, spans: readonly Taken[]): string {
  const chars = text.split('');
  for (const s of spans) for (let i = s.start; i < s.end && i < chars.length; i++) chars[i] = ',';
  return chars.join('');
}

export interface Split {
  /** Text before the first dispute marker. */
  preamble: string;
  /** Each numbered dispute's text, in order. */
  items: string[];
  /** The list started with "另一个是" / "还有一起": the first dispute is told in the preamble. */
  firstInPreamble: boolean;
}

/** A marker's number: 1 for ①, 第一起, 一个是; 'next' for 另一个是 / 还有一起. */
function markerNumber(hit: RegExpExecArray, s: SpokenMatchers): number | 'next' | null {
  const word = hit[6];
  if (word !== undefined) return s.firstMarker.has(word) ? 1 : 'next';
  const circled = hit[3];
  if (circled !== undefined) return circled.charCodeAt(0) - 0x2460 + 1;
  const n = hit[1] ?? hit[2] ?? hit[4] ?? hit[5];
  return n === undefined ? null : parseChineseInt(n);
}

/**
 * Disputes numbered inside one line: １、 2. ③ 1) 第一起…第二起 一个是…另一个是. Numbers count only
 * in sequence (1, 2, 3 …), so 借款5万 or a stray 3. never opens a dispute.
 */
export function splitDisputes(text: string, s: SpokenMatchers): Split {
  const cuts: { at: number; body: number }[] = [];
  let expected = 1;
  let firstInPreamble = false;
  s.marker.lastIndex = 0;
  for (let hit = s.marker.exec(text); hit; hit = s.marker.exec(text)) {
    const said = markerNumber(hit, s);
    // 一件是…一件是…: a spoken list may open every item the same way; after the first, it goes on.
    const n = said === 1 && expected > 1 && hit[6] !== undefined ? 'next' : said;
    const next = n === 'next' || n === expected;
    if (!next) continue;
    if (n === 'next' && expected === 1) {
      firstInPreamble = true;
      expected = 2;
    }
    cuts.push({ at: hit.index, body: hit.index + hit[0].length });
    expected++;
  }
  if (cuts.length === 0) return { preamble: text, items: [], firstInPreamble: false };
  const items = cuts.map((c, i) => text.slice(c.body, cuts[i + 1]?.at ?? text.length));
  return { preamble: text.slice(0, cuts[0]!.at), items, firstInPreamble };
}

/**
 * Disputes run together with no marker a reader can trust (纠纷两起 王某某…已化解 李某某欠…还在协调):
 * when the worker said how many and the markers found fewer, cut where another one may begin,
 * 另外 / 还有 first, else right after a status said. Only a cut that makes the count exactly is
 * taken; otherwise the stories stay as they were and the worker is asked.
 */
export function splitRunOn(stories: string[], s: SpokenMatchers, count: number, tells: (t: string) => boolean): string[] {
  const missing = count - stories.length;
  if (missing <= 0) return stories;
  for (const cutsOf of [(t: string) => weakCuts(t, s), (t: string) => statusCuts(t, s), partyCuts]) {
    const cuts = stories.map(cutsOf).map((at, i) => at.filter((c) => tells(stories[i]!.slice(0, c)) && tells(stories[i]!.slice(c))));
    if (cuts.flat().length === missing)
      return shareStatus(
        stories.flatMap((t, i) => cutAt(t, cuts[i]!)),
        s,
      );
  }
  return stories;
}

/** After a break, a party not named before opens the next one: 王某和李某为地界吵 张某某婆媳不和 都在调解. */
function partyCuts(text: string): number[] {
  // The first party named opens the first dispute: a cut needs one named before it, and not this one.
  return [...text.matchAll(BREAK_THEN_PARTY)].filter((m) => text.slice(0, m.index).includes('某') && !text.slice(0, m.index).includes(m[1]!)).map((m) => m.index);
}

const BREAK_THEN_PARTY = /(?<=[\s,，;。])(\p{Script=Han}某{1,2})/gu;
// 都在调解, 均已化解: one status said at the end for every dispute before it.
const SHARED_STATUS = /(?:都|均|全都|全部)[^\s,，;。]{1,6}$/u;

/** The status said once for all at the end goes to each dispute that says none of its own. */
function shareStatus(pieces: string[], s: SpokenMatchers): string[] {
  const shared = SHARED_STATUS.exec(pieces.at(-1)!.replace(/[\s,，;。]+$/u, ''))?.[0];
  if (!shared || !saysStatus(shared, s)) return pieces;
  return pieces.map((p, i) => (i < pieces.length - 1 && !saysStatus(p, s) ? `${p} ${shared}` : p));
}

/**
 * Two disputes told one after the other with no count and no marker (王某和李某为地界吵已化解 张某某两口子
 * 闹离婚还在调解): cut right after a status only where the rest opens with a party not named before
 * and says a status of its own. 王某后来又… names the same party, so it goes on the same dispute.
 */
export function splitUncounted(story: string, s: SpokenMatchers, tells: (t: string) => boolean): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const end of statusCuts(story, s)) {
    // 已转司法所 王某某…: the status goes on to the next break, when one comes soon.
    const at = end + (STATUS_TAIL.exec(story.slice(end))?.[0].length ?? 0);
    const before = story.slice(from, at);
    const after = story.slice(at);
    const opener = OPENING_PARTY.exec(after)?.[1];
    if (!opener || before.includes(opener) || !saysStatus(after, s) || !tells(before) || !tells(after)) continue;
    pieces.push(before);
    from = at;
  }
  return [...pieces, story.slice(from)];
}

const STATUS_TAIL = /^[^\s,，;。、]{0,5}?(?=[\s,，;。、])/u;
// 已调解好罗某某: a status's own last character (好, 了) may come before the next party.
const OPENING_PARTY = /^(?:了|好|啦)?[\s,，;。、]*(\p{Script=Han}某{1,2})/u;

// search, not test: the table's regex is global and shared, and test would move its lastIndex.
const saysStatus = (text: string, s: SpokenMatchers): boolean => text.search(s.statuses.re) >= 0;

const weakCuts = (text: string, s: SpokenMatchers): number[] => [...text.matchAll(s.weakNext)].map((m) => m.index);

/** Ends of the status phrases said, where the story goes on after them. */
function statusCuts(text: string, s: SpokenMatchers): number[] {
  return [...text.matchAll(s.statuses.re)].map((m) => m.index + m[0].length).filter((at) => /\p{Script=Han}{4}/u.test(text.slice(at)));
}

function cutAt(text: string, cuts: number[]): string[] {
  const edges = [0, ...cuts, text.length];
  return edges.slice(1).map((end, i) => text.slice(edges[i], end));
}
