import { parseChineseInt } from '../kernel/cnnum.js';
import { alternation } from '../kernel/text.js';
import {
  DAILY,
  GAP_UNITS,
  GAP_WORDS,
  MONTH_END,
  MONTHLY,
  NUM,
  RELATIVE_DAYS,
  WEEK_LIST_WORDS,
  WEEK_OFFSETS,
  WEEK_PREFIX,
  WEEK_RANGE_WORDS,
  WEEKDAY_CHARS,
  WORKDAYS,
} from './when-vocab.js';

/** The day part of a time expression, before the time of day is known. */
export type Head =
  | { kind: 'daily' }
  | { kind: 'workdays' }
  | { kind: 'weekly'; weekdays: number[] }
  | { kind: 'monthly'; day: number | 'last' }
  | { kind: 'date'; year: number | null; month: number; day: number }
  | { kind: 'relative'; days: number }
  /** A weekday of this week (weeks 0), next week (1) … */
  | { kind: 'weekday'; weekday: number; weeks: number }
  /** 3号 with no month: once or every month? parseWhen asks back, it never guesses. */
  | { kind: 'bareDay'; day: number };

export type HeadScan = { ok: true; head: Head; length: number } | { ok: false; message: string; length: number };

const W = `[${Object.keys(WEEKDAY_CHARS).join('')}]`;
// An Arabic weekday (每周3) must not be the start of a clock time (每周3 20:00 is fine, 每周 20:00 is not).
const W_DIGIT = '[1-7](?![\\d:点时])';
const SEP = alternation([...WEEK_RANGE_WORDS, ...WEEK_LIST_WORDS]);
const WEEK_LIST = `(?:${W}|${W_DIGIT})(?:(?:\\s*${SEP}\\s*${WEEK_PREFIX}?|\\s*${WEEK_PREFIX}|)(?:${W}|${W_DIGIT}))*`;
const RANGE_RE = new RegExp(alternation(WEEK_RANGE_WORDS));
// 今 and 明 alone only before 早/晚 (今晚, 明早), which the time of day then reads.
const RELATIVE = Object.keys(RELATIVE_DAYS)
  .sort((a, b) => b.length - a.length)
  .map((w) => (w.length === 1 ? `${w}(?=[早晚])` : w))
  .join('|');

const GAP_UNIT = alternation(Object.keys(GAP_UNITS));
// A weekday that does not exist (周八, 星期0, 礼拜十); not followed by 点/: so 每周8点 stays a (bad) time.
const BAD_WEEKDAY = `(?:每个?|${alternation(Object.keys(WEEK_OFFSETS))})?${WEEK_PREFIX}(?:\\d+|[零〇八九十]+)(?![\\d:点时.])`;

const PATTERNS: [RegExp, (m: RegExpExecArray) => Head | string][] = [
  [new RegExp(`^${WORKDAYS}`), () => ({ kind: 'workdays' })],
  [new RegExp(`^${DAILY}`), () => ({ kind: 'daily' })],
  // In a schedule a bare 周三 / 星期三 means every Wednesday; one-offs say 本周三 or 下周三.
  [new RegExp(`^(?:每个?)?${WEEK_PREFIX}(${WEEK_LIST})`), (m) => ({ kind: 'weekly', weekdays: readWeekdays(m[1]!) })],
  [new RegExp(`^${MONTHLY}\\s*(?:(${MONTH_END})|(${NUM})\\s*[号日])`), readMonthly],
  // After 每天/每周三/每月: 每一天 is daily, 每两周 is a gap.
  [new RegExp(`^(?:每隔|隔)\\s*(${NUM})?\\s*个?(${GAP_UNIT})`), (m) => gapProblem(m, 1)],
  [new RegExp(`^每\\s*(${NUM})\\s*个?(${GAP_UNIT})`), (m) => gapProblem(m, 0)],
  [new RegExp(`^${alternation(GAP_WORDS)}`), (m) => gapProblem(m, 1)],
  [new RegExp(`^(\\d{4})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*[日号]?`), readDate],
  [/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, readDate],
  [new RegExp(`^()(${NUM})\\s*月\\s*(${NUM})\\s*[日号]`), readDate],
  // 12/5 is 12月5日: Chinese writes the month first, so a slash date is not ambiguous.
  [/^()(\d{1,2})\/(\d{1,2})(?![\d/])/, readDate],
  [new RegExp(`^(${NUM})\\s*[号日](?!\\s*[点时])`), readBareDay],
  [new RegExp(`^(${RELATIVE})`), (m) => ({ kind: 'relative', days: RELATIVE_DAYS[m[1]!] ?? 0 })],
  [new RegExp(`^(${alternation(Object.keys(WEEK_OFFSETS))})${WEEK_PREFIX}(${W}|${W_DIGIT})`), readWeekday],
  [new RegExp(`^${BAD_WEEKDAY}`), (m) => `没有“${m[0]}”，一周是周一到周日（周日也可以写周天、星期天），例如 每周三 20:00`],
];

const GAP_INSTEAD: Record<string, string> = {
  天: '每天发，或只在固定几天发（如 每周一三五 20:00）',
  周: '每周发（如 每周三 20:00），或每月固定两天，分两条设（如 每月1号 20:00、每月15号 20:00）',
  月: '每月发（如 每月1号 9点），或按日期一条一条设（如 3月1日 9点）',
};

/**
 * 每两周 / 每隔一周 / 隔周: the rules repeat every day, week or month only. `skip` is 1 when the
 * number counts the gap (每隔一周 = every 2nd week), 0 when it counts the period (每两周).
 */
function gapProblem(m: RegExpExecArray, skip: number): string {
  const unit = GAP_UNITS[m[2] ?? ''] ?? (m[0].includes('天') || m[0].includes('日') ? '天' : '周');
  const n = m[1] === undefined ? 1 : parseChineseInt(m[1]);
  if (n === null || n + skip <= 1) return `“${m[0]}”请直接写 每天、每周三 或 每月1号，例如 每周三 20:00`;
  return `还不能设“${m[0]}”这样隔开发的规则，可以改成${GAP_INSTEAD[unit]}`;
}

function readBareDay(m: RegExpExecArray): Head | string {
  const day = parseChineseInt(m[1] ?? '');
  if (day === null || day < 1 || day > 31) return `没有${m[1]}号，日子是1到31号`;
  return { kind: 'bareDay', day };
}

/** 一三五 → [1,3,5]; 一到五 → [1..5]; 周末 → [6,7]. */
function readWeekdays(list: string): number[] {
  const days = new Set<number>();
  const tokens = list.match(new RegExp(`${W}|[1-7]|${alternation(WEEK_RANGE_WORDS)}`, 'g')) ?? [];
  let rangeFrom: number | null = null;
  for (const t of tokens) {
    if (RANGE_RE.test(t)) {
      rangeFrom = [...days].pop() ?? null;
      continue;
    }
    const ds = /^[1-7]$/.test(t) ? [Number(t)] : (WEEKDAY_CHARS[t] ?? []);
    const to = ds[0];
    if (rangeFrom !== null && to !== undefined) for (let d = rangeFrom; d <= to; d++) days.add(d);
    for (const d of ds) days.add(d);
    rangeFrom = null;
  }
  return [...days].sort((a, b) => a - b);
}

function readMonthly(m: RegExpExecArray): Head | string {
  if (m[1]) return { kind: 'monthly', day: 'last' };
  const day = parseChineseInt(m[2] ?? '');
  if (day === null || day < 1 || day > 31) return `每月没有${m[2]}号，日子是1到31号`;
  return { kind: 'monthly', day };
}

function readDate(m: RegExpExecArray): Head | string {
  const year = m[1] ? Number(m[1]) : null;
  const month = parseChineseInt(m[2] ?? '');
  const day = parseChineseInt(m[3] ?? '');
  if (month === null || month < 1 || month > 12) return `没有${m[2]}月`;
  if (day === null || day < 1 || day > 31) return `没有${m[3]}号`;
  return { kind: 'date', year, month, day };
}

function readWeekday(m: RegExpExecArray): Head | string {
  const days = /^[1-7]$/.test(m[2]!) ? [Number(m[2])] : (WEEKDAY_CHARS[m[2]!] ?? []);
  if (days.length !== 1) return '只发一次的要写哪一天，例如 下周六 9点；每周都发请写 每周六、日';
  return { kind: 'weekday', weekday: days[0]!, weeks: WEEK_OFFSETS[m[1]!] ?? 0 };
}

/** Reads the day part at the start of `s` ('每周三', '12月4日', '明天'), or null when there is none. */
export function scanHead(s: string): HeadScan | null {
  for (const [re, build] of PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const head = build(m);
    return typeof head === 'string' ? { ok: false, message: head, length: m[0].length } : { ok: true, head, length: m[0].length };
  }
  return null;
}
