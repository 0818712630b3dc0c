import { parseChineseInt } from '../kernel/cnnum.js';
import type { HM } from './rules.js';
import { alternation } from '../kernel/text.js';
import { NUM, PERIOD_WORDS, type Period } from './when-vocab.js';

/** What was read at the start of a string: a time of day, or why it is not acceptable. */
export type TimeScan = { ok: true; time: HM; length: number } | { ok: false; message: string; length: number };

const PERIOD = alternation(Object.keys(PERIOD_WORDS));
const MINUTE_WORDS: Record<string, number> = { 半: 30, 一刻: 15, 三刻: 45, 整: 0 };
// 20:00, and 20.00 as typed on a phone keypad (the dot only before exactly two digits).
const TIME_RE = new RegExp(`^(${PERIOD})?\\s*(?:(\\d{1,2})(?::|([.．])(?=\\d{2}(?!\\d)))(\\d{2})|(${NUM})\\s*[点时]钟?(?:(半|一刻|三刻|整)|(${NUM})分?)?)`);
const PERIOD_ONLY_RE = new RegExp(`^${PERIOD}`);

/**
 * 24点 is refused rather than guessed: for 每周三24点 "next day 00:00" would silently move the
 * schedule to Thursday. 晚上12点 is refused for the same reason.
 */
export const MIDNIGHT_MESSAGE = '“24点”“晚上12点”容易弄混，请写成第二天的0点，例如：明天0点、每天 0:00；要当天最后发就写 23:59';

function applyPeriod(period: Period | null, h: number): number | string {
  if (h === 24) return MIDNIGHT_MESSAGE;
  if (h > 24) return `没有${h}点，钟点是0到23`;
  switch (period) {
    case null:
      return h;
    case 'early':
      return h <= 6 ? h : `凌晨是0点到6点，“凌晨${h}点”看不懂`;
    case 'am':
      return h <= 12 ? h : `上午没有${h}点`;
    case 'noon':
      if (h === 11 || h === 12 || h === 13 || h === 14) return h;
      return h === 1 || h === 2 ? h + 12 : `中午${h}点看不懂，中午是11点到下午2点`;
    case 'pm':
      return h >= 1 && h <= 11 ? h + 12 : h >= 12 ? h : '“下午0点”看不懂';
    case 'night':
      if (h === 0 || h === 12) return MIDNIGHT_MESSAGE;
      if (h >= 5 && h <= 11) return h + 12;
      if (h >= 17) return h;
      return `夜里${h}点请写成“凌晨${h}点”，并写清是哪一天`;
  }
}

function readMinute(m: RegExpExecArray): number | null {
  if (m[4] !== undefined) return Number(m[4]);
  if (m[6] !== undefined) return MINUTE_WORDS[m[6]] ?? null;
  if (m[7] !== undefined) return parseChineseInt(m[7]);
  return 0;
}

/**
 * 12.05 with nothing around it may be a date (12月5日) or a time (12:05): ask. After a day
 * (每周三 20.00, which scan() says) or a part of the day (晚上8.30) the dot is read as a time.
 */
function dottedProblem(hour: number, minute: number, text: string): string {
  const mm = String(minute).padStart(2, '0');
  const asDate = hour >= 1 && hour <= 12 && minute >= 1 && minute <= 31 ? `日期请写 ${hour}月${minute}日，` : '';
  return `“${text}”看不出是什么时候：${asDate}钟点请写 ${hour}:${mm}，并写清哪一天，例如 每周三 ${hour}:${mm}`;
}

/**
 * Reads a time of day at the start of `s`: '20:00', '9点半', '晚上8点', '九点十五', '下午12点半';
 * '20.00' too after a day (`afterDay`) or a part of the day. Returns null when `s` does not start with a time.
 */
export function scanTime(s: string, afterDay = false): TimeScan | null {
  const m = TIME_RE.exec(s);
  if (!m) {
    const p = PERIOD_ONLY_RE.exec(s);
    return p ? { ok: false, message: `“${p[0]}”后面请写上几点，例如 ${p[0]}8点`, length: p[0].length } : null;
  }
  const period = m[1] ? (PERIOD_WORDS[m[1]] ?? null) : null;
  const rawHour = m[2] !== undefined ? Number(m[2]) : parseChineseInt(m[5] ?? '');
  const minute = readMinute(m);
  const length = m[0].length;
  if (m[3] && !afterDay && !m[1]) return { ok: false, message: dottedProblem(rawHour ?? 0, minute ?? 0, m[0].trim()), length };
  if (rawHour === null || minute === null) return { ok: false, message: `“${m[0]}”看不懂`, length };
  if (minute > 59) return { ok: false, message: `“${m[0]}”的分钟不对，分钟是0到59`, length };
  if (rawHour === 24 && minute > 0) return { ok: false, message: `没有“${m[0]}”，钟点是0到23`, length };
  const hour = applyPeriod(period, rawHour);
  if (typeof hour === 'string') return { ok: false, message: hour, length };
  return { ok: true, time: { hour, minute }, length };
}
