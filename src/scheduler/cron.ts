import { fail, ok, problem, type Result } from '../kernel/result.js';

/**
 * A small five-field cron evaluator (minute hour day-of-month month day-of-week), read against the
 * local wall clock. Supports *, numbers, a-b ranges, /steps, lists and three-letter English names.
 * As in classic cron, when both day fields are restricted a day matches if either one does.
 */
export interface CronSpec {
  minutes: number[];
  hours: number[];
  days: Set<number>;
  months: Set<number>;
  /** ISO weekdays 1–7 (cron's 0 and 7 are both Sunday). */
  weekdays: Set<number>;
  dayRestricted: boolean;
  weekdayRestricted: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

interface FieldDef {
  name: string;
  min: number;
  max: number;
  names?: string[];
  nameBase?: number;
}

const FIELDS: FieldDef[] = [
  { name: '分钟', min: 0, max: 59 },
  { name: '小时', min: 0, max: 23 },
  { name: '日', min: 1, max: 31 },
  { name: '月', min: 1, max: 12, names: MONTHS, nameBase: 1 },
  { name: '星期', min: 0, max: 7, names: DAYS, nameBase: 0 },
];

/** Five whitespace-separated fields made only of cron characters. */
export function looksLikeCron(text: string): boolean {
  return /^\s*(?:[\d*,/\-a-zA-Z?]+\s+){4}[\d*,/\-a-zA-Z?]+\s*$/.test(text) && /[\d*]/.test(text);
}

function readValue(s: string, def: FieldDef): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const i = def.names?.indexOf(s.toLowerCase()) ?? -1;
  return i >= 0 ? i + (def.nameBase ?? 0) : null;
}

function readPart(part: string, def: FieldDef): number[] | null {
  const [range = '', stepText, extra] = part.split('/');
  if (extra !== undefined) return null;
  const step = stepText === undefined ? 1 : Number(stepText);
  if (!Number.isInteger(step) || step < 1) return null;
  let lo = def.min;
  let hi = def.max;
  if (range !== '*' && range !== '?') {
    const [a = '', b] = range.split('-');
    const from = readValue(a, def);
    const to = b === undefined ? (stepText === undefined ? from : def.max) : readValue(b, def);
    if (from === null || to === null || from > to) return null;
    [lo, hi] = [from, to];
  }
  if (lo < def.min || hi > def.max) return null;
  const out: number[] = [];
  for (let v = lo; v <= hi; v += step) out.push(v);
  return out;
}

function readField(text: string, def: FieldDef): number[] | null {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const vs = readPart(part, def);
    if (!vs) return null;
    for (const v of vs) values.add(v);
  }
  return [...values].sort((a, b) => a - b);
}

/** Parses '0 20 * * 3'; problems name the faulty field in Chinese. */
export function parseCron(expr: string): Result<CronSpec> {
  const fields = expr.trim().split(/\s+/);
  if (fields.length !== 5) return fail([problem('when', 'cron 表达式要有5段：分 时 日 月 星期，例如 0 20 * * 3')]);
  const values: number[][] = [];
  for (const [i, def] of FIELDS.entries()) {
    const v = readField(fields[i]!, def);
    if (!v) return fail([problem('when', `cron 表达式的“${def.name}”一段看不懂：${fields[i]}`)]);
    values.push(v);
  }
  const [minutes, hours, days, months, weekdays] = values as [number[], number[], number[], number[], number[]];
  return ok({
    minutes,
    hours,
    days: new Set(days),
    months: new Set(months),
    weekdays: new Set(weekdays.map((d) => (d === 0 ? 7 : d))),
    dayRestricted: !/^[*?]$/.test(fields[2]!),
    weekdayRestricted: !/^[*?]$/.test(fields[4]!),
  });
}

/** Whether a local calendar date (ISO weekday 1–7) is a firing day of `spec`. */
export function cronMatchesDay(spec: CronSpec, month: number, day: number, weekday: number): boolean {
  if (!spec.months.has(month)) return false;
  const byDay = spec.days.has(day);
  const byWeekday = spec.weekdays.has(weekday);
  if (spec.dayRestricted && spec.weekdayRestricted) return byDay || byWeekday;
  return byDay && byWeekday;
}
