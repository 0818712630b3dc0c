/**
 * Local wall-clock helpers for an IANA time zone, built on Intl only. Every function takes the zone
 * explicitly (domain code asks a Calendar, kernel/calendar.ts, which carries it), so a forgotten
 * zone is a type error rather than a silent Shanghai. All calendar arithmetic is done on local
 * dates and converted back to instants at the end.
 */

/** Shanghai: the fallback of the summary CLI's options and of scheduler/ and broadcast/ defaults not yet moved to a Calendar. */
export const DEFAULT_TZ = 'Asia/Shanghai';

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

export interface LocalInput {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

export interface IsoWeek {
  year: number;
  week: number;
  /** e.g. '2026-W48' */
  key: string;
}

const WEEKDAY_NUMBER: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const WEEKDAY_CN = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;
const DAY_MS = 86_400_000;

// Building a DateTimeFormat is slow; one per zone is enough.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** True when `tz` is an IANA zone this runtime knows ('Asia/Shanghai', 'UTC'). */
export function isValidTimeZone(tz: string): boolean {
  try {
    formatterFor(tz);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading of instant `d` in zone `tz`, asked of Intl (slow: microseconds per call). */
function intlParts(d: Date, tz: string): LocalParts {
  const out: Record<string, string> = {};
  for (const p of formatterFor(tz).formatToParts(d)) out[p.type] = p.value;
  return {
    year: Number(out.year),
    month: Number(out.month),
    day: Number(out.day),
    hour: Number(out.hour),
    minute: Number(out.minute),
    second: Number(out.second),
    weekday: WEEKDAY_NUMBER[out.weekday ?? ''] ?? 0,
  };
}

// Offsets change only at a zone's transitions, and every transition of the last century falls on
// a quarter hour (UTC); one Intl call per zone and quarter hour then serves every instant in it.
// Scheduling, week windows and replies ask thousands of times a minute.
const QUARTER_MS = 15 * 60_000;
const offsets = new Map<string, number>();
const MAX_CACHED_OFFSETS = 50_000;

/** Offset of `tz` from UTC at instant `ms`, in milliseconds (Shanghai: +8 h). */
function offsetAt(ms: number, tz: string): number {
  const quarter = Math.floor(ms / QUARTER_MS) * QUARTER_MS;
  const key = `${tz}|${quarter}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const p = intlParts(new Date(quarter), tz);
    offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - quarter;
    if (offsets.size >= MAX_CACHED_OFFSETS) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** The wall-clock reading of instant `d` in zone `tz`. */
export function localParts(d: Date, tz: string): LocalParts {
  const local = new Date(Math.floor(d.getTime() / 1000) * 1000 + offsetAt(d.getTime(), tz));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    weekday: local.getUTCDay() === 0 ? 7 : local.getUTCDay(),
  };
}

/**
 * The instant at which the wall clock in `tz` reads `parts`. Overflowing fields are normalised
 * like Date.UTC does (day 32 of January is 1 February).
 */
export function fromLocal(parts: LocalInput, tz: string): Date {
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0, parts.millisecond ?? 0);
  // Two passes settle the offset also next to a DST change in zones that have one.
  let guess = wall - offsetAt(wall, tz);
  guess = wall - offsetAt(guess, tz);
  return new Date(guess);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** '2026-12-02' */
export function formatDate(d: Date, tz: string): string {
  const p = localParts(d, tz);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** '2026-12-02 周三 20:00' */
export function formatLocal(d: Date, tz: string): string {
  const p = localParts(d, tz);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)} ${WEEKDAY_CN[p.weekday]} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** Chinese weekday name for an ISO weekday number: 3 → '周三'. */
export function weekdayName(weekday: number): string {
  return WEEKDAY_CN[weekday] ?? '';
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO-8601 week of the local date of `d`: the week belongs to the year of its Thursday. */
export function isoWeek(d: Date, tz: string): IsoWeek {
  const p = localParts(d, tz);
  const thursday = new Date(Date.UTC(p.year, p.month - 1, p.day + 4 - p.weekday));
  const year = thursday.getUTCFullYear();
  const dayOfYear = Math.round((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS) + 1;
  const week = Math.floor((dayOfYear - 1) / 7) + 1;
  return { year, week, key: `${year}-W${pad(week)}` };
}

const WEEK_KEY = /^(\d{4})-W(\d{2})$/;

/** Monday 00:00 local of an ISO week, given its key ('2026-W48') or any instant inside it. */
export function startOfIsoWeek(week: string | Date, tz: string): Date {
  if (week instanceof Date) {
    const p = localParts(week, tz);
    return fromLocal({ year: p.year, month: p.month, day: p.day - (p.weekday - 1) }, tz);
  }
  const m = WEEK_KEY.exec(week);
  if (!m) throw new RangeError(`not an ISO week key: ${week}`);
  const year = Number(m[1]);
  // 4 January is always in week 1.
  const jan4Weekday = new Date(Date.UTC(year, 0, 4)).getUTCDay() || 7;
  return fromLocal({ year, month: 1, day: 4 - (jan4Weekday - 1) + (Number(m[2]) - 1) * 7 }, tz);
}

/** The same wall-clock time `n` local calendar days later (or earlier when n < 0). */
export function addDays(d: Date, n: number, tz: string): Date {
  const p = localParts(d, tz);
  return fromLocal({ ...p, day: p.day + n, millisecond: d.getTime() - Math.floor(d.getTime() / 1000) * 1000 }, tz);
}
