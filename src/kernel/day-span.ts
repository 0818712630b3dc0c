import { parseChineseInt, toHalfWidthDigits } from './cnnum.js';
import { daysInMonth, fromLocal, localParts } from './time.js';

/** A calendar span named in chat: a day, a month or a year (first and last day, inclusive). */
export interface DaySpan {
  first: { year: number; month: number; day: number };
  last: { year: number; month: number; day: number };
}

const N = '(\\d{1,2}|[一二两三四五六七八九十]{1,3})';
const Y = '(\\d{4})';
const DAY_FORMS: [RegExp, (m: RegExpExecArray, year: number) => DaySpan | null][] = [
  [new RegExp(`^${Y}\\s*[-/.]\\s*${N}\\s*[-/.]\\s*${N}$`), (m) => day(Number(m[1]), m[2]!, m[3]!)],
  [new RegExp(`^${Y}\\s*年\\s*${N}\\s*月\\s*${N}\\s*[日号]?$`), (m) => day(Number(m[1]), m[2]!, m[3]!)],
  [new RegExp(`^${N}\\s*月\\s*${N}\\s*[日号]?$`), (m, y) => day(y, m[1]!, m[2]!)],
  [new RegExp(`^${N}\\s*[/.]\\s*${N}$`), (m, y) => day(y, m[1]!, m[2]!)],
  [new RegExp(`^${Y}\\s*年\\s*${N}\\s*月(?:份)?$`), (m) => month(Number(m[1]), m[2]!)],
  [new RegExp(`^${Y}\\s*[-/.]\\s*${N}$`), (m) => month(Number(m[1]), m[2]!)],
  [new RegExp(`^${N}\\s*月(?:份)?$`), (m, y) => month(y, m[1]!)],
  [new RegExp(`^${Y}\\s*年?(?:度|全年)?$`), (m) => ({ first: { year: Number(m[1]), month: 1, day: 1 }, last: { year: Number(m[1]), month: 12, day: 31 } })],
];

function day(year: number, m: string, d: string): DaySpan | null {
  const month = parseChineseInt(m);
  const dd = parseChineseInt(d);
  if (month === null || month < 1 || month > 12 || dd === null || dd < 1 || dd > daysInMonth(year, month)) return null;
  const at = { year, month, day: dd };
  return { first: at, last: at };
}

function month(year: number, m: string): DaySpan | null {
  const mm = parseChineseInt(m);
  if (mm === null || mm < 1 || mm > 12) return null;
  return { first: { year, month: mm, day: 1 }, last: { year, month: mm, day: daysInMonth(year, mm) } };
}

/** Reads 2026-01-01, 2026年1月1日, 1月1日, 6月, 2026年6月, 2026年; a missing year is `defaultYear`. */
export function parseDaySpan(text: string, defaultYear: number): DaySpan | null {
  const s = toHalfWidthDigits(text.trim());
  for (const [re, build] of DAY_FORMS) {
    const m = re.exec(s);
    if (m) return build(m, defaultYear);
  }
  return null;
}

/** The instant a local day starts. */
export const dayStart = (d: { year: number; month: number; day: number }, tz: string): Date => fromLocal(d, tz);
/** The instant after a local day ends (the next day's start). */
export const dayEnd = (d: { year: number; month: number; day: number }, tz: string): Date => fromLocal({ ...d, day: d.day + 1 }, tz);

/** 23:59:59 local on the day `days` after `now`'s day: what "3天" means for a deadline. */
export function endOfDayAfter(now: Date, days: number, tz: string): Date {
  const p = localParts(now, tz);
  return fromLocal({ year: p.year, month: p.month, day: p.day + days, hour: 23, minute: 59, second: 59 }, tz);
}
