import { parseChineseInt, toHalfWidthDigits } from '../kernel/cnnum.js';
import { fail, ok, problem, type Result } from '../kernel/result.js';
import { daysInMonth } from '../kernel/time.js';
import { nextMonthHaving, ROLL_TO_NEXT_YEAR_MS } from '../scheduler/parse-when.js';
import { namedLocalDay } from '../scheduler/named-day.js';
import { alternation } from '../kernel/text.js';
import { NUM, RELATIVE_DAYS, WEEK_OFFSETS, WEEK_PREFIX, WEEKDAY_CHARS } from '../scheduler/when-vocab.js';
import { parseDaySpan } from '../kernel/day-span.js';
import type { Calendar } from '../kernel/calendar.js';

/** A deadline found in `#交办` text, and the words that said it (to take out of the assignee). */
export interface FoundDeadline {
  deadline: Date;
  text: string;
}

type Day = { year: number; month: number; day: number };

// Words around a deadline that are no part of who: 限3天, 在下周五前, 截止到12月10日, 3天内, 月底为止.
const BEFORE = '(?:限期|限|务必在|请在|请于|在|于|截止到|截止|截至|最迟|最晚|到)?\\s*';
const AFTER = '\\s*(?:之前|以前|前|为止|之内|以内|内)?';

const RELATIVE = new RegExp(`${BEFORE}(?<![月\\d./-])(${NUM}|\\d{3})\\s*(天|周|个星期|星期|个月|日(?=\\s*(?:之内|以内|内)))${AFTER}`);
const UNIT_DAYS: Record<string, number> = { 天: 1, 日: 1, 周: 7, 个星期: 7, 星期: 7, 个月: 30 };
const DATE_WORD = new RegExp(`${BEFORE}(\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*[日号]?|${NUM}\\s*月\\s*${NUM}\\s*[日号]|\\d{1,2}\\s*[/.]\\s*\\d{1,2})${AFTER}`);
// 10号, 10号前, 10日前: a day of this month or the next. 10日 alone could be ten days: asked back.
const DAY_OF_MONTH = new RegExp(`${BEFORE}(?<![月\\d./-])(${NUM})\\s*(?:号${AFTER}|日\\s*(?:之前|以前|前|为止))`);
const BARE_RI = new RegExp(`(?<![月\\d./-])(${NUM})\\s*日(?![\\d内])`);
// 下周五, 本周三, 周五前, 明天, 后天: the scheduler's words, read by its scanHead.
const WEEKDAY_KEYS = Object.keys(WEEKDAY_CHARS)
  .filter((k) => WEEKDAY_CHARS[k]!.length === 1)
  .join('');
const DAY_WORD = new RegExp(
  `${BEFORE}((?:${alternation(Object.keys(WEEK_OFFSETS))})?${WEEK_PREFIX}[${WEEKDAY_KEYS}1-7]|${alternation(Object.keys(RELATIVE_DAYS).filter((k) => k.length > 1))})${AFTER}`,
);
// 月底, 下个月底, 年底: the last day of that month or year.
const PERIOD_END = new RegExp(`${BEFORE}(?:(${alternation(Object.keys(WEEK_OFFSETS))})?月|(今|本|明)?年)[底末]${AFTER}`);

// Deadlines that can never be met, asked back instead of falling to the default: -3天, 负两天 (a
// sign the day count would drop), 9999天 (more than a year), 昨天, 上周五 (already gone).
const NEGATIVE_SPAN = new RegExp(`[-−－负]\\s*(?:${NUM}|\\d+)\\s*(?:天|周|个星期|星期|个月)`);
const LONG_SPAN = /(\d{4,})\s*(?:天|周|个星期|星期|个月)/;
const GONE_DAY = /昨天|昨日|大前天|前天|上个?(?:周|星期|礼拜)[一二三四五六日天1-7]/;
const MAX_SPAN = '时限最长一年，请写 3天、一周 或 12月10日 这样的日子';

const endOf = (d: Day, cal: Calendar): Date => new Date(cal.dayEnd(d).getTime() - 1000);
const local = (now: Date, cal: Calendar): Day => cal.local(now);
const past = (text: string) => fail<Date>([problem('deadline', `时限“${text.trim()}”已经过了，请写以后的日子，如 3天 或 下周五`)]);

/** 12月10日 without a year: this year's, or next year's when it is long past (1月5日 written in December). */
function writtenDate(text: string, now: Date, cal: Calendar): Result<Date> {
  const span = parseDaySpan(text.replace(/\s+/g, ''), local(now, cal).year);
  if (!span) return fail([problem('deadline', `日期“${text}”不对，请写 12月10日 或 2026-12-10`)]);
  let end = endOf(span.last, cal);
  const stale = now.getTime() - end.getTime() > ROLL_TO_NEXT_YEAR_MS;
  if (stale && !/^\d{4}/.test(text)) end = endOf({ ...span.last, year: span.last.year + 1 }, cal);
  return end <= now ? past(text) : ok(end);
}

/** 10号: this month's 10th, or when that is past, ask: next month's or a slip for another day? */
function dayOfMonth(n: string, now: Date, cal: Calendar): Result<Date> {
  const p = local(now, cal);
  const day = parseChineseInt(n);
  if (day === null || day < 1 || day > 31) return fail([problem('deadline', `没有${n}号，日子是1到31号`)]);
  const month = nextMonthHaving(day, now, cal.tz);
  // A day gone by this month may be next month's or a slip: ask, naming the month it would be.
  if (day < p.day) return fail([problem('deadline', `本月${day}号已经过了。是${month}月${day}号吗？请写明月份，如 ${month}月${day}日，或写几天内，如 3天`)]);
  if (day > daysInMonth(p.year, p.month)) return fail([problem('deadline', `本月没有${day}号，请写明月份，如 ${month}月${day}日`)]);
  return ok(endOf({ year: p.year, month: p.month, day }, cal));
}

/** 下周五 / 周五 (the coming one, today included) / 明天; 本周五 once Friday has gone is a mistake. */
function namedDay(word: string, now: Date, cal: Calendar): Result<Date> | null {
  const day = namedLocalDay(word, now, cal.tz);
  if (!day) return null;
  const end = endOf(day, cal);
  return end <= now ? past(word) : ok(end);
}

/** Why a deadline-like word no reader took can never be met, or null when there is none. */
function impossible(s: string): string | null {
  const negative = NEGATIVE_SPAN.exec(s);
  if (negative) return `时限“${negative[0]}”不对，时限要往后算，如 3天 或 下周五`;
  const long = LONG_SPAN.exec(s);
  if (long) return `时限“${long[0]}”太长了。${MAX_SPAN}`;
  const gone = GONE_DAY.exec(s);
  return gone ? `时限“${gone[0]}”已经过了，请写以后的日子，如 3天 或 下周五` : null;
}

function periodEnd(m: RegExpExecArray, now: Date, cal: Calendar): Result<Date> {
  const p = local(now, cal);
  if (m[0].includes('年')) return ok(endOf({ year: p.year + (m[2] === '明' ? 1 : 0), month: 12, day: 31 }, cal));
  const month = p.month + (WEEK_OFFSETS[m[1] ?? ''] ?? 0);
  const year = p.year + Math.floor((month - 1) / 12);
  const mm = ((month - 1) % 12) + 1;
  return ok(endOf({ year, month: mm, day: daysInMonth(year, mm) }, cal));
}

/**
 * The deadline in `#交办` text, in the forms a phone user writes: 3天, 三天内, 一周, 12月10号前,
 * 2026-12-10, 10号, 下周五前, 明天, 月底, 年底. Null when there is none; a problem when it is past or
 * could mean two things (5日: five days, or the 5th?).
 */
export function findDeadline(raw: string, now: Date, cal: Calendar): Result<FoundDeadline | null> {
  const s = toHalfWidthDigits(raw);
  // Before the readers: 3天 inside -3天, or 周五 inside 上周五, would read as a deadline.
  const unmet = impossible(s);
  if (unmet) return fail([problem('deadline', unmet)]);
  const readers: [RegExp, (m: RegExpExecArray) => Result<Date> | null][] = [
    // A date first: 12月20日 also ends in "20日", which alone would be a day of the month.
    [DATE_WORD, (m) => writtenDate(m[1]!, now, cal)],
    [DAY_OF_MONTH, (m) => dayOfMonth(m[1]!, now, cal)],
    [
      RELATIVE,
      (m) => {
        const n = parseChineseInt(m[1]!);
        if (n === null || n < 1) return fail([problem('deadline', `时限“${m[0].trim()}”看不懂，请写 3天 或 12月10日`)]);
        const days = n * (UNIT_DAYS[m[2]!] ?? 1);
        if (days > 366) return fail([problem('deadline', `时限“${m[0].trim()}”太长了。${MAX_SPAN}`)]);
        return ok(cal.endOfDayAfter(now, days));
      },
    ],
    [DAY_WORD, (m) => namedDay(m[1]!, now, cal)],
    [PERIOD_END, (m) => periodEnd(m, now, cal)],
  ];
  for (const [re, read] of readers) {
    const m = re.exec(s);
    const due = m && read(m);
    if (!m || !due) continue;
    return due.ok ? ok({ deadline: due.value, text: raw.slice(m.index, m.index + m[0].length) }) : fail(due.problems);
  }
  const ri = BARE_RI.exec(s);
  if (ri) {
    const n = ri[1]!;
    const day = parseChineseInt(n) ?? 1;
    return fail([problem('deadline', `“${ri[0]}”是${n}天内，还是${n}号前？请写 ${n}天内 或 ${nextMonthHaving(day, now, cal.tz)}月${day}日前`)]);
  }
  return ok(null);
}
