import type { Matchers } from './matchers.js';

// Emoji, an @mention or a date (11月20日) may come before the header; so may a greeting (m.greeting).
const LEAD = /[\s\p{Extended_Pictographic}\uFE0F\u20E3]*(?:@[^\s@]{1,30}\s+|(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]?)?/uy;

/**
 * The report header (【周报】, #周报, 周报:, 本周排查情况 …) at the start of the message, after any
 * emoji, @mentions, a date or a greeting. Returns where the body starts, the header's inner title and whether it is
 * a bracketed or # header, or null.
 */
export function findHeader(folded: string, m: Matchers): { end: number; title: string; strong: boolean } | null {
  let at = 0;
  // Step over the lead-in one chunk at a time: a single regex with nested stars would backtrack
  // quadratically on a long run of emoji.
  for (;;) {
    LEAD.lastIndex = at;
    const lead = LEAD.exec(folded);
    if (lead && lead[0].length > 0) {
      at += lead[0].length;
      continue;
    }
    m.greeting.lastIndex = at;
    const greeting = m.greeting.exec(folded);
    if (!greeting || greeting[0].length === 0) break;
    at += greeting[0].length;
  }
  m.header.lastIndex = at;
  const hit = m.header.exec(folded);
  if (!hit) return null;
  // 【周报】 [周报] #周报 are deliberate; a bare 周报 or 本周排查情况 may just start a question.
  const strong = /^[【[#]/u.test(hit[0]);
  return { end: at + hit[0].length, title: hit.slice(1).find((g) => g !== undefined) ?? '', strong };
}
