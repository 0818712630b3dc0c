import { fail, ok, problem, type Result } from '../kernel/result.js';
import { formatDate, fromLocal, localParts, startOfIsoWeek } from '../kernel/time.js';
import { dayEnd, dayStart, parseDaySpan } from '../kernel/day-span.js';
import type { Period } from '../ledger/types.js';

/** A period for statistics and export; from/to null means unbounded (全部). */
export type PeriodSpec = Omit<Period, 'from' | 'to'> & { from: Date | null; to: Date | null };

type Named = (now: Date, tz: string) => { from: Date | null; to: Date | null };

const month = (now: Date, tz: string, back: number) => {
  const p = localParts(now, tz);
  return { from: fromLocal({ year: p.year, month: p.month - back, day: 1 }, tz), to: fromLocal({ year: p.year, month: p.month - back + 1, day: 1 }, tz) };
};
const year = (now: Date, tz: string, back: number) => {
  const y = localParts(now, tz).year - back;
  return { from: fromLocal({ year: y, month: 1, day: 1 }, tz), to: fromLocal({ year: y + 1, month: 1, day: 1 }, tz) };
};
const week = (now: Date, tz: string, back: number) => {
  const monday = startOfIsoWeek(now, tz);
  const p = localParts(monday, tz);
  return { from: fromLocal({ ...p, day: p.day - 7 * back }, tz), to: fromLocal({ ...p, day: p.day - 7 * back + 7 }, tz) };
};
const quarter = (now: Date, tz: string, back: number) => {
  const p = localParts(now, tz);
  const first = Math.floor((p.month - 1) / 3) * 3 + 1 - 3 * back;
  return { from: fromLocal({ year: p.year, month: first, day: 1 }, tz), to: fromLocal({ year: p.year, month: first + 3, day: 1 }, tz) };
};

/** Period words, as data: a township may add its own (本季度 …). */
export const PERIOD_WORDS: Record<string, Named> = {
  本周: (n, tz) => week(n, tz, 0), 这周: (n, tz) => week(n, tz, 0), 上周: (n, tz) => week(n, tz, 1),
  本月: (n, tz) => month(n, tz, 0), 这个月: (n, tz) => month(n, tz, 0), 上月: (n, tz) => month(n, tz, 1), 上个月: (n, tz) => month(n, tz, 1),
  本季度: (n, tz) => quarter(n, tz, 0), 这个季度: (n, tz) => quarter(n, tz, 0), 上季度: (n, tz) => quarter(n, tz, 1), 上个季度: (n, tz) => quarter(n, tz, 1),
  本年: (n, tz) => year(n, tz, 0), 今年: (n, tz) => year(n, tz, 0), 本年度: (n, tz) => year(n, tz, 0), 去年: (n, tz) => year(n, tz, 1),
  全部: () => ({ from: null, to: null }), 所有: () => ({ from: null, to: null }), 累计: () => ({ from: null, to: null }),
};

const RANGE_SEP = /\s*(?:至|到|~|～|—|－－)\s*/;
export const PERIOD_HELP = '期间可写：本周、本月、本年、全部，或 2026-01-01至2026-06-30、1月1日至6月30日';

/**
 * Reads a period: 本周|本月|本年|全部 or <起>至<止> (inclusive days, months or years).
 * Returns null when `text` does not look like a period at all (it may be a village name).
 */
export function parsePeriod(text: string, now: Date, tz: string): Result<PeriodSpec> | null {
  const s = text.trim();
  const named = Object.hasOwn(PERIOD_WORDS, s) ? PERIOD_WORDS[s] : undefined;
  if (named) return ok({ ...named(now, tz), label: s });
  const thisYear = localParts(now, tz).year;
  const parts = s.split(RANGE_SEP);
  if (parts.length === 2) {
    const start = parseDaySpan(parts[0]!, thisYear);
    const end = start && parseDaySpan(parts[1]!, start.first.year);
    if (!start || !end) return fail([problem('period', `看不懂“${s}”。${PERIOD_HELP}`)]);
    return spanPeriod(dayStart(start.first, tz), dayEnd(end.last, tz), tz);
  }
  const single = parseDaySpan(s, thisYear);
  return single ? spanPeriod(dayStart(single.first, tz), dayEnd(single.last, tz), tz) : null;
}

function spanPeriod(from: Date, to: Date, tz: string): Result<PeriodSpec> {
  if (to <= from) return fail([problem('period', '起始日期要早于结束日期。')]);
  return ok({ from, to, label: describeSpan(from, to, tz) });
}

/** '2026-01-01至2026-06-30' for [from, to). */
export const describeSpan = (from: Date, to: Date, tz: string): string =>
  `${formatDate(from, tz)}至${formatDate(new Date(to.getTime() - 1), tz)}`;

const PERIOD_KEYS = Object.keys(PERIOD_WORDS).sort((a, b) => b.length - a.length);

/**
 * A period word glued to a village name, either side: 今年上司村 → 今年, 上司村; 上司村上个月 →
 * 上司村, 上个月. Anything else is kept as it is.
 */
export function splitPeriodWord(word: string): string[] {
  for (const k of PERIOD_KEYS) {
    if (word.length > k.length && word.startsWith(k)) return [k, word.slice(k.length)];
    if (word.length > k.length && word.endsWith(k)) return [word.slice(0, -k.length), k];
  }
  return [word];
}
