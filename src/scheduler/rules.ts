import { z } from 'zod';
import { daysInMonth, DEFAULT_TZ, formatLocal, fromLocal, localParts, weekdayName } from '../kernel/time.js';
import { cronMatchesDay, parseCron, type CronSpec } from './cron.js';

/** A wall-clock time of day. */
export interface HM {
  hour: number;
  minute: number;
}

/**
 * When a schedule fires. Plain JSON, stored as is in Postgres.
 * - workdays: Monday to Friday; public holidays and 调休 swaps are not known.
 * - monthly day 29–31: fires only in months that have that day (use 'last' for month ends).
 * - cron: five fields, read against the local wall clock.
 */
export type Rule =
  | { kind: 'daily'; time: HM }
  | { kind: 'workdays'; time: HM }
  | { kind: 'weekly'; weekdays: number[]; time: HM }
  | { kind: 'monthly'; day: number | 'last'; time: HM }
  | { kind: 'once'; at: string }
  | { kind: 'cron'; expr: string };

const hm = z.object({ hour: z.number().int().min(0).max(23), minute: z.number().int().min(0).max(59) });

/** Validates a rule read back from storage. */
export const ruleSchema: z.ZodType<Rule> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('daily'), time: hm }),
  z.object({ kind: z.literal('workdays'), time: hm }),
  z.object({ kind: z.literal('weekly'), weekdays: z.array(z.number().int().min(1).max(7)).min(1), time: hm }),
  z.object({ kind: z.literal('monthly'), day: z.union([z.number().int().min(1).max(31), z.literal('last')]), time: hm }),
  z.object({ kind: z.literal('once'), at: z.iso.datetime({ offset: true }) }),
  z.object({ kind: z.literal('cron'), expr: z.string().refine((e) => parseCron(e).ok, 'cron 表达式看不懂') }),
]);

// Long enough for a 29 February cron across a century year without a leap day.
const MAX_SCAN_DAYS = 366 * 9;

interface Day {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

/** Times of day at which `rule` fires on local date `d` (sorted), or none. */
function timesOn(rule: Rule, d: Day, cron: CronSpec | null): HM[] {
  switch (rule.kind) {
    case 'daily':
      return [rule.time];
    case 'workdays':
      return d.weekday <= 5 ? [rule.time] : [];
    case 'weekly':
      return rule.weekdays.includes(d.weekday) ? [rule.time] : [];
    case 'monthly': {
      const target = rule.day === 'last' ? daysInMonth(d.year, d.month) : rule.day;
      return d.day === target ? [rule.time] : [];
    }
    case 'cron': {
      if (!cron || !cronMatchesDay(cron, d.month, d.day, d.weekday)) return [];
      return cron.hours.flatMap((hour) => cron.minutes.map((minute) => ({ hour, minute })));
    }
    case 'once':
      return [];
  }
}

/**
 * The next `count` firing instants strictly after `after`, earliest first.
 * nextFireTimes({ kind: 'weekly', weekdays: [3], time: { hour: 20, minute: 0 } }, now, 3)
 */
export function nextFireTimes(rule: Rule, after: Date, count: number, tz: string = DEFAULT_TZ): Date[] {
  if (count <= 0) return [];
  if (rule.kind === 'once') {
    const at = new Date(rule.at);
    return at.getTime() > after.getTime() ? [at] : [];
  }
  const cron = rule.kind === 'cron' ? unwrapCron(rule.expr) : null;
  if (rule.kind === 'cron' && !cron) return [];
  const start = localParts(after, tz);
  const out: Date[] = [];
  for (let i = 0; i < MAX_SCAN_DAYS && out.length < count; i++) {
    const date = new Date(Date.UTC(start.year, start.month - 1, start.day + i));
    const d: Day = {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      weekday: date.getUTCDay() || 7,
    };
    for (const t of timesOn(rule, d, cron)) {
      const at = fromLocal({ year: d.year, month: d.month, day: d.day, hour: t.hour, minute: t.minute }, tz);
      if (at.getTime() > after.getTime() && out.length < count) out.push(at);
    }
  }
  return out;
}

function unwrapCron(expr: string): CronSpec | null {
  const r = parseCron(expr);
  return r.ok ? r.value : null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** '20:00' */
export function formatHM(t: HM): string {
  return `${pad(t.hour)}:${pad(t.minute)}`;
}

/** [1,2,3,5] → '一至三、五': runs of three or more days are joined. */
function weekdayList(days: number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const name = (d: number) => weekdayName(d).slice(1);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${name(sorted[i]!)}至${name(sorted[j]!)}`);
    else for (let k = i; k <= j; k++) parts.push(name(sorted[k]!));
    i = j + 1;
  }
  return parts.join('、');
}

/** The rule in plain Chinese: '每周三 20:00', '每月31号 09:00（没有31号的月份不发）'. */
export function describeRule(rule: Rule, tz: string = DEFAULT_TZ): string {
  switch (rule.kind) {
    case 'daily':
      return `每天 ${formatHM(rule.time)}`;
    case 'workdays':
      return `工作日（周一至周五）${formatHM(rule.time)}`;
    case 'weekly':
      return `每周${weekdayList(rule.weekdays)} ${formatHM(rule.time)}`;
    case 'monthly': {
      if (rule.day === 'last') return `每月最后一天 ${formatHM(rule.time)}`;
      const note = rule.day > 28 ? `（没有${rule.day}号的月份不发）` : '';
      return `每月${rule.day}号 ${formatHM(rule.time)}${note}`;
    }
    case 'once':
      return `${formatLocal(new Date(rule.at), tz)}（只发一次）`;
    case 'cron':
      return `按 cron 表达式“${rule.expr.trim().split(/\s+/).join(' ')}”`;
  }
}
