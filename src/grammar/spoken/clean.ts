import { foldForMatching, toHalfWidthAlnum } from '../normalize.js';
import type { SpokenMatchers } from './matchers.js';

// Voice punctuation is unreliable, so every mark becomes one of two: a clause break or a space.
const CLAUSE_MARKS = /[,;。!?！？，；、…~～]+/gu;
// A phone number typed in groups (138 1234 5678, 0854-322 1234) is one number, not three clauses:
// split into clauses it would no longer look like a phone and slip past the masking.
const SPACED_PHONE = /(?<!\d)(?:1\d{2}(?:[ -]?\d{4}){2}|0\d{2,3}[ -]?\d{3,4}[ -]?\d{4})(?!\d)/gu;

/**
 * Voice noise out before anything is read: full-width folded, homophones fixed (纠分 → 纠纷),
 * fillers dropped (和平村嗯十一组 → 和平村十一组), spoken connectives (然后) made clause breaks.
 * The list marker 、 survives where it follows a number (1、 一、).
 */
export function cleanSpoken(text: string, s: SpokenMatchers): string {
  return toHalfWidthAlnum(foldForMatching(text))
    .replace(SPACED_PHONE, (n) => n.replace(/[ -]/gu, ''))
    .replace(/[【】[\]]/gu, ' ')
    .replace(s.homophones, (h) => s.homophoneOf.get(h) ?? h)
    .replace(s.fillers, '')
    .replace(s.clauseBreaks, ',')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Clause boundaries for reading "the last thing said": punctuation, and spaces in a voice run. */
export function clauses(text: string): string[] {
  return text
    .split(CLAUSE_MARKS)
    .flatMap((c) => c.split(' '))
    .filter((c) => c.trim() !== '');
}
