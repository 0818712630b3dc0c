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
    const n = markerNumber(hit, s);
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
