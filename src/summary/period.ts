import { fail, ok, problem, type Result } from '../kernel/result.js';
import { parseDaySpan } from '../kernel/day-span.js';
import type { Period } from '../ledger/types.js';
import type { Calendar } from '../kernel/calendar.js';

/** A period for statistics and export; from/to null means unbounded (全部). */
export type PeriodSpec = Omit<Period, 'from' | 'to'> & { from: Date | null; to: Date | null };

type Named = (now: Date, cal: Calendar) => { from: Date | null; to: Date | null };

const month = (now: Date, cal: Calendar, back: number) => {
  const p = cal.local(now);
  return { from: cal.fromLocal({ year: p.year, month: p.month - back, day: 1 }), to: cal.fromLocal({ year: p.year, month: p.month - back + 1, day: 1 }) };
};
const year = (now: Date, cal: Calendar, back: number) => {
  const y = cal.local(now).year - back;
  return { from: cal.fromLocal({ year: y, month: 1, day: 1 }), to: cal.fromLocal({ year: y + 1, month: 1, day: 1 }) };
};
const week = (now: Date, cal: Calendar, back: number) => {
  const monday = cal.startOfIsoWeek(now);
  const p = cal.local(monday);
  return { from: cal.fromLocal({ ...p, day: p.day - 7 * back }), to: cal.fromLocal({ ...p, day: p.day - 7 * back + 7 }) };
};
const quarter = (now: Date, cal: Calendar, back: number) => {
  const p = cal.local(now);
  const first = Math.floor((p.month - 1) / 3) * 3 + 1 - 3 * back;
  return { from: cal.fromLocal({ year: p.year, month: first, day: 1 }), to: cal.fromLocal({ year: p.year, month: first + 3, day: 1 }) };
};

/** Period words, as data: a township may add its own (本季度 …). */
export const PERIOD_WORDS: Record<string, Named> = {
  本周: (n, cal) => week(n, cal, 0),
  这周: (n, cal) => week(n, cal, 0),
  上周: (n, cal) => week(n, cal, 1),
  本月: (n, cal) => month(n, cal, 0),
  这个月: (n, cal) => month(n, cal, 0),
  上月: (n, cal) => month(n, cal, 1),
  上个月: (n, cal) => month(n, cal, 1),
  本季度: (n, cal) => quarter(n, cal, 0),
  这个季度: (n, cal) => quarter(n, cal, 0),
  上季度: (n, cal) => quarter(n, cal, 1),
  上个季度: (n, cal) => quarter(n, cal, 1),
  本年: (n, cal) => year(n, cal, 0),
  今年: (n, cal) => year(n, cal, 0),
  本年度: (n, cal) => year(n, cal, 0),
  去年: (n, cal) => year(n, cal, 1),
  全部: () => ({ from: null, to: null }),
  所有: () => ({ from: null, to: null }),
  累计: () => ({ from: null, to: null }),
};

const RANGE_SEP = /\s*(?:至|到|~|～|—|－－)\s*/;
export const PERIOD_HELP = '期间可写：本周、本月、本年、全部，或 2026-01-01至2026-06-30、1月1日至6月30日';

/**
 * Reads a period: 本周|本月|本年|全部 or <起>至<止> (inclusive days, months or years).
 * Returns null when `text` does not look like a period at all (it may be a village name).
 */
export function parsePeriod(text: string, now: Date, cal: Calendar): Result<PeriodSpec> | null {
  const s = text.trim();
  const named = Object.hasOwn(PERIOD_WORDS, s) ? PERIOD_WORDS[s] : undefined;
  if (named) return ok({ ...named(now, cal), label: s });
  const thisYear = cal.local(now).year;
  const parts = s.split(RANGE_SEP);
  if (parts.length === 2) {
    const start = parseDaySpan(parts[0]!, thisYear);
    const end = start && parseDaySpan(parts[1]!, start.first.year);
    if (!start || !end) return fail([problem('period', `看不懂“${s}”。${PERIOD_HELP}`)]);
    return spanPeriod(cal.dayStart(start.first), cal.dayEnd(end.last), cal);
  }
  const single = parseDaySpan(s, thisYear);
  return single ? spanPeriod(cal.dayStart(single.first), cal.dayEnd(single.last), cal) : null;
}

function spanPeriod(from: Date, to: Date, cal: Calendar): Result<PeriodSpec> {
  if (to <= from) return fail([problem('period', '起始日期要早于结束日期。')]);
  return ok({ from, to, label: describeSpan(from, to, cal) });
}

/** '2026-01-01至2026-06-30' for [from, to). */
export const describeSpan = (from: Date, to: Date, cal: Calendar): string => `${cal.formatDate(from)}至${cal.formatDate(new Date(to.getTime() - 1))}`;

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
