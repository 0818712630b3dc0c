import { parseChineseInt, toHalfWidthDigits } from '../../kernel/cnnum.js';
import { fail, ok, problem, type Result } from '../../kernel/result.js';
import { daysInMonth } from '../../kernel/time.js';
import { namedLocalDay } from '../../scheduler/named-day.js';
import type { Calendar } from '../../kernel/calendar.js';

/** What `#请假` asks: leave until the end of a day (exclusive instant), or the end of a leave. */
export type LeaveRequest = { kind: 'until'; until: Date; lastDay: string } | { kind: 'cancel' };

export const LEAVE_USAGE = '#请假 至12月10日（或 #请假 3天、#请假 到下周日；提前回来发 #请假 取消）';
const CANCEL = /^(?:取消|销假|结束|已回来|回来了)$/u;
const LEAD = /^(?:至|到|截至|截止到?|直到|一直到)\s*/u;
const NUM = '(\\d{1,4}|[零〇一二两三四五六七八九十]{1,3})';
const DATE = new RegExp(`^(?:(\\d{4})\\s*[年./-]\\s*)?${NUM}\\s*[月./-]\\s*${NUM}\\s*[日号]?$`, 'u');
const SPAN = new RegExp(`^${NUM}\\s*(天|日|周|个星期|星期)$`, 'u');
const MAX_DAYS = 366;
// 1月3日 written on 28 December means next January; 12月4日 written on 10 December is a mistake.
const ROLL_OVER_DAYS = 180;
const DAY_MS = 86_400_000;

/** The instant after local day (y, m, d) ends. */
const afterDay = (y: number, m: number, d: number, cal: Calendar): Date => cal.fromLocal({ year: y, month: m, day: d + 1 });

function lastDayText(until: Date, cal: Calendar): string {
  const p = cal.local(new Date(until.getTime() - 1));
  return `${p.month}月${p.day}日`;
}

function checked(until: Date, now: Date, cal: Calendar): Result<LeaveRequest> {
  if (until.getTime() <= now.getTime()) return fail([problem('date', `这一天已经过去了。${LEAVE_USAGE}`)]);
  if (until.getTime() - now.getTime() > MAX_DAYS * DAY_MS) return fail([problem('date', '请假最长一年。')]);
  return ok({ kind: 'until', until, lastDay: lastDayText(until, cal) });
}

function fromDate(m: RegExpExecArray, now: Date, cal: Calendar): Result<LeaveRequest> {
  const today = cal.local(now);
  const month = parseChineseInt(m[2]!);
  const day = parseChineseInt(m[3]!);
  let year = m[1] ? Number(m[1]) : today.year;
  if (month === null || day === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail([problem('date', `日期不对。${LEAVE_USAGE}`)]);
  }
  let until = afterDay(year, month, day, cal);
  if (!m[1] && now.getTime() - until.getTime() > ROLL_OVER_DAYS * DAY_MS) {
    year += 1;
    until = afterDay(year, month, day, cal);
  }
  return checked(until, now, cal);
}

/** Reads the text after `#请假` (mentions removed): 至12月10日, 2026-12-10, 3天, 到下周日, 取消. */
export function parseLeave(text: string, now: Date, cal: Calendar): Result<LeaveRequest> {
  const s = toHalfWidthDigits(text)
    .replace(/[\s\u3000]+/g, '')
    .replace(/^请假/u, '');
  if (CANCEL.test(s)) return ok({ kind: 'cancel' });
  const body = s.replace(LEAD, '').replace(/(?:为止|止|结束)$/u, '');
  const date = DATE.exec(body);
  if (date) return fromDate(date, now, cal);
  // 到下周日, 到周五, 到明天: the day the leave ends, named as people say it. Without 到 (#请假 明天)
  // the day may be the one day off, not the last one: asked back.
  const named = LEAD.test(s) ? namedLocalDay(body, now, cal.tz) : null;
  if (named) return checked(afterDay(named.year, named.month, named.day, cal), now, cal);
  const span = SPAN.exec(body);
  if (span) {
    const n = parseChineseInt(span[1]!);
    if (n === null || n < 1) return fail([problem('date', `天数不对。${LEAVE_USAGE}`)]);
    const days = span[2] === '天' || span[2] === '日' ? n : n * 7;
    const today = cal.local(now);
    // 3天 = today and the next two days.
    return checked(afterDay(today.year, today.month, today.day + days - 1, cal), now, cal);
  }
  return fail([problem('date', `请写请假到哪一天，例如：${LEAVE_USAGE}`)]);
}
