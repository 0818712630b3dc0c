import * as W from './words.js';

const NEGATED_BEFORE = new RegExp(`${W.NEGATION}$`, 'u');

/** A match that is not right after 没, 不, 差点: "现在不打了" is no beating. `re` must be global. */
export function matchesUnnegated(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    if (!NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) return true;
  }
  return false;
}
