import { parseChineseInt, toHalfWidthDigits } from '../../kernel/cnnum.js';
import { fail, ok, problem, type Result } from '../../kernel/result.js';
import { reportWeekFor, weekLabel, type CycleSettings } from './week-times.js';
import type { Calendar } from '../../kernel/calendar.js';

/**
 * Which ISO week a report is for. People name it (【上司村三组第49周周报】, 补报上周的) when it is
 * not the current one; otherwise it is the week the next digest reports on (reportWeekFor).
 */
const N = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
// 11月第4周: the 4th week of November (the ISO weeks whose Thursday is in that month), not week 4.
const WEEK_NUMBER = new RegExp(`(?:${N}\\s*月份?\\s*)?第\\s*${N}\\s*周`, 'u');
// 上周 and the like only in the head (before the first field): inside a dispute's story
// (事由:上周两家吵架) they say when something happened, not which week is reported.
const LAST_WEEK = /上周|上星期|上个星期|上礼拜|上个礼拜/u;
const FIRST_FIELD = /网格|排查|走访|户数|纠纷|矛盾|类型|当事人|事由|\d+\s*[.、．]/u;
// Week 50 named in early January means last year's, not this year's (which is months away).
const YEAR_BACK_WEEKS = 26;

const weekKey = (year: number, n: number): string => `${year}-W${String(n).padStart(2, '0')}`;

/** 第N周 as a week key near `now`, or null when there is no such week. */
function numberedWeek(n: number, now: Date, cal: Calendar): string | null {
  const current = cal.isoWeek(now);
  const year = n - current.week > YEAR_BACK_WEEKS ? current.year - 1 : current.year;
  const key = weekKey(year, n);
  return n >= 1 && cal.isoWeek(cal.startOfIsoWeek(key)).key === key ? key : null;
}

/** The n-th week of a month near `now`: the n-th ISO week whose Thursday falls in it. */
function weekOfMonth(month: number, n: number, now: Date, cal: Calendar): string | null {
  const today = cal.local(now);
  const year = month > today.month ? today.year - 1 : today.year;
  let thursday = cal.addDays(cal.startOfIsoWeek(cal.fromLocal({ year, month, day: 1 })), 3);
  if (cal.local(thursday).month !== month) thursday = cal.addDays(thursday, 7);
  const pick = cal.addDays(thursday, 7 * (n - 1));
  return n >= 1 && cal.local(pick).month === month ? cal.isoWeek(pick).key : null;
}

/** The week a report says it is for, null when it says none, 'unknown' when what it says is no week. */
export function statedWeek(rawText: string, now: Date, cal: Calendar): string | null | 'unknown' {
  const text = toHalfWidthDigits(rawText);
  const numbered = WEEK_NUMBER.exec(text);
  if (numbered) {
    const month = numbered[1] ? parseChineseInt(numbered[1]) : null;
    const n = parseChineseInt(numbered[2]!);
    if (n === null || (numbered[1] && (month === null || month < 1 || month > 12))) return 'unknown';
    return (month ? weekOfMonth(month, n, now, cal) : numberedWeek(n, now, cal)) ?? 'unknown';
  }
  const head = text.slice(0, FIRST_FIELD.exec(text)?.index ?? text.length);
  return LAST_WEEK.test(head) ? cal.isoWeek(cal.addDays(now, -7)).key : null;
}

/** The week a report received at `now` counts for: the one it names, else the current reporting week. */
export function weekOfReport(settings: CycleSettings, rawText: string, now: Date, cal: Calendar): Result<string> {
  const current = reportWeekFor(settings, now, cal);
  const stated = statedWeek(rawText, now, cal);
  if (stated === null) return ok(current);
  if (stated === 'unknown') return fail([problem('week', '周报里写的周次不对。报本周的不用写周次；补报以前的，请写明如“第49周”。')]);
  if (stated > cal.isoWeek(now).key) return fail([problem('week', `周报写的是${weekLabel(stated, cal)}，这一周还没到。报本周的不用写周次。`)]);
  return ok(stated);
}
