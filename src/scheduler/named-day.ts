import { localParts } from '../kernel/time.js';
import { scanHead } from './when-date.js';

export interface LocalDay {
  year: number;
  month: number;
  day: number;
}

/**
 * The local day a word names as of `now`: 明天, 后天, 周五 (the coming one, today included), 下周日,
 * 本周三. Null when the word is not exactly one such day (每周三 or 12月4日 are read elsewhere).
 * namedLocalDay('下周日', 2026-12-02 周三) → { year: 2026, month: 12, day: 13 }
 */
export function namedLocalDay(word: string, now: Date, tz: string): LocalDay | null {
  const head = scanHead(word);
  if (!head?.ok || head.length !== word.length) return null;
  const p = localParts(now, tz);
  const h = head.head;
  if (h.kind === 'relative') return { year: p.year, month: p.month, day: p.day + h.days };
  const weekday = h.kind === 'weekday' ? h.weekday : h.kind === 'weekly' && h.weekdays.length === 1 ? h.weekdays[0]! : null;
  if (weekday === null) return null;
  const weeks = h.kind === 'weekday' ? h.weeks : weekday >= p.weekday ? 0 : 1;
  return { year: p.year, month: p.month, day: p.day - p.weekday + weekday + weeks * 7 };
}
