import { parseChineseInt, toHalfWidthDigits } from '../core/cnnum.js';
import { fail, ok, problem, type Result } from '../core/result.js';
import { localParts } from '../core/time.js';
import { dayEnd, endOfDayAfter, parseDaySpan } from './dates.js';
import type { Satisfaction, Status } from './types.js';
import { PROGRESS_KEYS, SATISFACTION_WORDS, STATUS_WORDS } from './vocabulary.js';

const longestFirst = <T>(table: Record<string, readonly string[]>): [string, T][] =>
  Object.entries(table).flatMap(([value, words]) => words.map((w) => [w, value as T] as [string, T]))
    .sort((a, b) => b[0].length - a[0].length);

const STATUS_TABLE = longestFirst<Status>(STATUS_WORDS);
const SATISFACTION_TABLE = longestFirst<Satisfaction>(SATISFACTION_WORDS);
const clean = (s: string): string => s.replace(/^[\s,，;；:：。、]+|[\s,，;；。、]+$/g, '').replace(/\s+/g, ' ');
const orNull = (s: string): string | null => (clean(s) === '' ? null : clean(s));

/** The first table word at the very start of `s` (longest wins), and what follows it. */
function leadingWord<T>(table: [string, T][], s: string): { value: T; word: string; rest: string } | null {
  const hit = table.find(([w]) => s.startsWith(w));
  return hit ? { value: hit[1], word: hit[0], rest: s.slice(hit[0].length) } : null;
}

export interface Progress {
  to: Status | null;
  /** The status word as written (转派出所 says more than 已移交). */
  word: string | null;
  method: string | null;
  note: string | null;
}

const keyAlt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const METHOD_KEY = new RegExp(`(?:${keyAlt(PROGRESS_KEYS.method)})\\s*[:：=]\\s*(\\S*)`);
const NOTE_KEY = new RegExp(`(?:${keyAlt(PROGRESS_KEYS.note)})\\s*[:：=]\\s*`);

/** `已化解 方式:人民调解 双方签了协议` → resolved, 人民调解, note. Text after the code. */
export function parseProgress(rest: string): Result<Progress> {
  let s = rest.trim().replace(/^(?:状态|进展)\s*[:：=]\s*/, '');
  const method = METHOD_KEY.exec(s);
  if (method) s = s.slice(0, method.index) + ' ' + s.slice(method.index + method[0].length);
  s = s.replace(NOTE_KEY, ' ').trim();
  const status = leadingWord(STATUS_TABLE, s);
  const note = orNull(status ? status.rest : s);
  const value = { to: status?.value ?? null, word: status?.word ?? null, method: method ? orNull(method[1]!) : null, note };
  if (!value.to && !value.method && !value.note) {
    return fail([problem('status', '请写明进展，例如：#进展 SS-2026-0007 已化解 方式:人民调解 双方签了协议（状态可写 化解中、已化解、已移交）')]);
  }
  return ok(value);
}

/** `基本满意 当事人表示认可` → 基本满意 and the note. */
export function parseFollowup(rest: string): Result<{ satisfaction: Satisfaction; note: string | null }> {
  const hit = leadingWord(SATISFACTION_TABLE, rest.trim());
  if (!hit) return fail([problem('satisfaction', '请写回访结果：满意、基本满意 或 不满意，例如：#回访 SS-2026-0007 满意 双方已和好')]);
  return ok({ satisfaction: hit.value, note: orNull(hit.rest) });
}

export interface AssignText {
  /** 23:59:59 local on the due day; null when none was written. */
  deadline: Date | null;
  /** What is left once mentions and the deadline are taken out: a name or a department. */
  who: string | null;
}

const RELATIVE = /(?<![月\d./-])(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(天|日|周|个星期|星期|个月)(?:内|以内|之内)?/;
const UNIT_DAYS: Record<string, number> = { 天: 1, 日: 1, 周: 7, 个星期: 7, 星期: 7, 个月: 30 };
const DATE_WORD = /(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?|\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{1,2}\s*[/.]\s*\d{1,2})(?:前|之前|以前)?/;
const LEAD_FILLER = /^(?:交给|交由|交|给|由|转给|请|负责)+/;
const TRAIL_FILLER = /(?:负责|办理|处理|调解|跟进)+$/;
/** 人民调解, 行政调解 …: kinds of mediation, whose 调解 is part of the name, not a verb to drop. */
const MEDIATION_KIND = /(?:人民|行政|司法|诉前|诉调|联合|专业|行业|律师|警民)调解$/;

/** `交给司法所处理` → 司法所, `张三调解` → 张三, but `人民调解` stays as written. */
function assignee(text: string): string | null {
  const named = text.replace(LEAD_FILLER, '');
  return orNull(MEDIATION_KIND.test(named) ? named : named.replace(TRAIL_FILLER, ''));
}

/** `@王调解员 3天`, `司法所 12月10日前`: the deadline and who, mentions already removed by the caller. */
export function parseAssignText(rest: string, now: Date, tz: string): Result<AssignText> {
  let s = toHalfWidthDigits(rest);
  let deadline: Date | null = null;
  // A date first: 12月20日 also ends in "20日", which alone would mean twenty days.
  const date = DATE_WORD.exec(s);
  const rel = date ? null : RELATIVE.exec(s);
  if (rel) {
    const n = parseChineseInt(rel[1]!);
    if (n === null || n < 1 || n > 365) return fail([problem('deadline', `时限“${rel[0]}”看不懂，请写 3天 或 12月10日`)]);
    deadline = endOfDayAfter(now, n * (UNIT_DAYS[rel[2]!] ?? 1), tz);
    s = s.replace(rel[0], ' ');
  } else if (date) {
    const due = dueDate(date[1]!, now, tz);
    if (!due.ok) return fail(due.problems);
    deadline = due.value;
    s = s.replace(date[0], ' ');
  }
  return ok({ deadline, who: assignee(clean(s)) });
}

/** A written date as a deadline; without a year, the next such day (12月10日 in December means this year). */
function dueDate(text: string, now: Date, tz: string): Result<Date> {
  const p = localParts(now, tz);
  const span = parseDaySpan(text.replace(/\s+/g, ''), p.year);
  if (!span) return fail([problem('deadline', `日期“${text}”不对，请写 12月10日 或 2026-12-10`)]);
  let end = new Date(dayEnd(span.last, tz).getTime() - 1000);
  const hasYear = /^\d{4}/.test(text);
  if (end <= now && !hasYear) end = new Date(dayEnd({ ...span.last, year: span.last.year + 1 }, tz).getTime() - 1000);
  if (end <= now) return fail([problem('deadline', `时限“${text}”已经过了，请写以后的日子`)]);
  return ok(end);
}
