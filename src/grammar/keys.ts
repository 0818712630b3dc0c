import type { Matchers } from './matchers.js';
import type { FieldKey } from './vocabulary.js';

/** How a key was reached: at a piece start, after a space, or glued to the text before it. */
export type Mode = 'start' | 'space' | 'inner';

export interface KeyHit {
  field: FieldKey;
  valueStart: number;
}

/**
 * A field key at `at`, with the separator rules of the mode; null when the word is just a word.
 * bareOk: the key may stand alone before a ；or ， (网格；上司村三组, a mistyped separator).
 */
export function matchKey(text: string, at: number, end: number, mode: Mode, m: Matchers, bareOk = false): KeyHit | null {
  m.key.lastIndex = at;
  const found = m.key.exec(text);
  if (!found || at + found[0].length > end) return null;
  const word = found[0];
  const field = m.keyField.get(word);
  if (!field) return null;
  const q = at + word.length;
  const sep = matchAt(m.keySep, text, q, end);
  const colonOnly = m.colonOnly.has(word);
  if (sep >= 0) return mode === 'inner' && !gluable(word, field, colonOnly) && !AFTER_NUMBER.test(text[at - 1] ?? '') ? null : { field, valueStart: sep };
  if (mode === 'inner') return null;
  const numeric = field === 'households' || field === 'count';
  if (numeric && matchAt(m.numberAhead, text, q, end) >= 0) return { field, valueStart: skipSpaces(text, q, end) };
  if (q === end) return bareOk && mode === 'start' && !colonOnly ? { field, valueStart: q } : null;
  if (text[q] !== ' ' || colonOnly || numeric) return null;
  const r = skipSpaces(text, q, end);
  return r < end ? { field, valueStart: r } : null;
}

// A number ends the value before it, so any key glued after one starts a field: 排查户数:58纠纷:无.
const AFTER_NUMBER = /\d/u;

/** Glued to the text before it (上司村三组排查户数:72), a key must be unambiguous: 纠纷: inside 邻里纠纷: is not. */
function gluable(word: string, field: FieldKey, colonOnly: boolean): boolean {
  return !colonOnly && (word.length >= 3 || field !== 'count');
}

export function matchAt(re: RegExp, text: string, at: number, end: number): number {
  re.lastIndex = at;
  const found = re.exec(text);
  if (!found || found.index !== at) return -1;
  const after = at + found[0].length;
  return after <= end ? after : -1;
}

export function skipSpaces(text: string, at: number, end: number): number {
  while (at < end && text[at] === ' ') at++;
  return at;
}
