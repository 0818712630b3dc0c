import { fail, ok, problem, type Result } from '../kernel/result.js';
import { daysInMonth, DEFAULT_TZ, formatLocal, fromLocal, localParts } from '../kernel/time.js';
import { looksLikeCron, parseCron } from './cron.js';
import { formatHM, type HM, type Rule } from './rules.js';
import { scanHead, type Head, type HeadScan } from './when-date.js';
import { scanTime, type TimeScan } from './when-time.js';
import { normaliseWidth, WHEN_EXAMPLES } from './when-vocab.js';

interface Scan {
  cron?: string;
  head?: HeadScan | null;
  time?: TimeScan | null;
  end: number;
}

const CRON_PREFIX = /^\s*((?:\S+\s+){4}\S+)(?=\s|$)/;
// A year is long enough: 1月3日 written on 28 December means next January, 12月4日 written on
// 10 December is a mistake and is refused as past.
export const ROLL_TO_NEXT_YEAR_MS = 180 * 86_400_000;

const examples = (): string => `可以这样写：${WHEN_EXAMPLES.join('；')}`;
const whenProblem = (message: string) => fail<Rule>([problem('when', message)]);

/** Reads a time expression at the start of `text`: cron, or a day part and a time of day in either order. */
function scan(text: string): Scan {
  const s = normaliseWidth(text);
  const cron = CRON_PREFIX.exec(s);
  if (cron && looksLikeCron(cron[1]!)) return { cron: cron[1]!, end: cron[0].length };
  let pos = s.length - s.trimStart().length;
  // Parts may be run together, spaced, or split by commas as on a phone: 每周三，晚上8点.
  const at = (): string => s.slice(pos).replace(/^[\s,，]*的?[\s,，]*/, '');
  const skipped = (): number => s.slice(pos).length - at().length;
  const head = scanHead(at());
  if (head) pos += skipped() + head.length;
  // After a day (每周三 20.00) a dotted number can only be a time of day.
  const time = scanTime(at(), head?.ok === true);
  if (time) pos += skipped() + time.length;
  if (head || !time) return { head, time, end: pos };
  const later = scanHead(at());
  if (later) pos += skipped() + later.length;
  return { head: later, time, end: pos };
}

/**
 * Splits a command tail into its leading time expression and the rest:
 * splitWhen('每周三 20:00 全部网格群') → { when: '每周三 20:00', rest: '全部网格群' }.
 * `when` is '' when the text does not start with a time expression.
 */
export function splitWhen(text: string): { when: string; rest: string } {
  const { end } = scan(text);
  return { when: text.slice(0, end).trim(), rest: text.slice(end).trim() };
}

function recurring(head: Head, time: HM): Rule | null {
  switch (head.kind) {
    case 'daily':
      return { kind: 'daily', time };
    case 'workdays':
      return { kind: 'workdays', time };
    case 'weekly':
      return { kind: 'weekly', weekdays: head.weekdays, time };
    case 'monthly':
      return { kind: 'monthly', day: head.day, time };
    default:
      return null;
  }
}

/** The local calendar date a one-off head points to, as (year, month, day) possibly overflowing. */
function oneOffDate(head: Head, time: HM, now: Date, tz: string): { year: number; month: number; day: number } {
  const p = localParts(now, tz);
  if (head.kind === 'date') {
    const year = head.year ?? p.year;
    const at = fromLocal({ year, month: head.month, day: head.day, ...time }, tz);
    const stale = head.year === null && now.getTime() - at.getTime() > ROLL_TO_NEXT_YEAR_MS;
    return { year: stale ? year + 1 : year, month: head.month, day: head.day };
  }
  if (head.kind === 'relative') return { year: p.year, month: p.month, day: p.day + head.days };
  if (head.kind !== 'weekday') return { year: p.year, month: p.month, day: p.day };
  return { year: p.year, month: p.month, day: p.day - p.weekday + head.weekday + head.weeks * 7 };
}

function oneOff(head: Head, time: HM, now: Date, tz: string): Result<Rule> {
  const date = oneOffDate(head, time, now, tz);
  if (head.kind === 'date' && date.day > daysInMonth(date.year, date.month)) {
    // 2月29日 exists in some years only; 2月30日 in none.
    const where = date.day <= daysInMonth(2028, date.month) ? `${date.year}年` : '';
    return whenProblem(`${where}没有${date.month}月${date.day}日`);
  }
  const at = fromLocal({ ...date, ...time }, tz);
  if (at.getTime() <= now.getTime()) {
    // Say what to send instead: the same time of day, tomorrow, is always in the future.
    return whenProblem(`这个时间已经过去了：${formatLocal(at, tz)}（现在是 ${formatLocal(now, tz)}）。请改成以后的时间，如 明天 ${formatHM(time)}`);
  }
  return ok({ kind: 'once', at: at.toISOString() });
}

/** The first month, from this one on, whose `day` is still to come: what a bare 3号 most likely means. */
export function nextMonthHaving(day: number, now: Date, tz: string): number {
  const p = localParts(now, tz);
  let { year, month } = p;
  for (let i = 0; i < 12 && (day > daysInMonth(year, month) || (i === 0 && day < p.day)); i++) {
    month = (month % 12) + 1;
    if (month === 1) year += 1;
  }
  return month;
}

/**
 * 3号 上午9点 could be this coming 3rd or every month's 3rd: ask, offering both spelled out.
 * The one-off suggestion is the next month that has that day.
 */
function askBareDay(day: number, time: HM | null, now: Date, tz: string): string {
  const month = nextMonthHaving(day, now, tz);
  const at = time ? formatHM(time) : '20:00';
  return `“${day}号”是只发一次，还是每月都发？只发一次请写上月份，如 ${month}月${day}日 ${at}；每月都发请写 每月${day}号 ${at}`;
}

/**
 * Reads an everyday Chinese time expression: parseWhen('每周三 20:00', now) →
 * { kind: 'weekly', weekdays: [3], time: { hour: 20, minute: 0 } }. Never throws.
 */
export function parseWhen(text: string, now: Date, tz: string = DEFAULT_TZ): Result<Rule> {
  const sc = scan(text);
  const rest = normaliseWidth(text).slice(sc.end).trim();
  if (sc.cron !== undefined) {
    const spec = parseCron(sc.cron);
    if (!spec.ok) return whenProblem(`${spec.problems[0]!.message}。${examples()}`);
    if (rest) return whenProblem(`cron 表达式后面多了“${rest}”`);
    return ok({ kind: 'cron', expr: sc.cron.trim().split(/\s+/).join(' ') });
  }
  const { head, time } = sc;
  if (!head && !time) return whenProblem(`看不懂“${text.trim()}”是什么时间。${examples()}`);
  if (head && !head.ok) return whenProblem(head.message);
  if (head?.head.kind === 'bareDay') return whenProblem(askBareDay(head.head.day, time?.ok ? time.time : null, now, tz));
  if (time && !time.ok) return whenProblem(time.message);
  if (rest) return whenProblem(`时间后面的“${rest}”看不懂。${examples()}`);
  if (!time) return whenProblem(`请写上几点发，例如 ${text.trim()} 20:00`);
  if (!head) return whenProblem('请写清哪一天，例如 每天 20:00、明天 20:00、每周三 20:00');
  const rule = recurring(head.head, time.time);
  return rule ? ok(rule) : oneOff(head.head, time.time, now, tz);
}
