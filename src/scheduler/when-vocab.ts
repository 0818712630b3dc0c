/**
 * Words of everyday Chinese time expressions. A township can extend these tables without touching
 * the parser; every key is turned into a regular-expression alternative (longest first).
 */

/** A number as people type it: 9, 09, 九, 十五, 三十一. */
export const NUM = '(?:\\d{1,2}|[零〇一二两三四五六七八九十]{1,3})';

/** Parts of the day and how they shift a 12-hour reading. */
export type Period = 'early' | 'am' | 'noon' | 'pm' | 'night';

export const PERIOD_WORDS: Record<string, Period> = {
  凌晨: 'early',
  早上: 'am',
  早晨: 'am',
  上午: 'am',
  清早: 'am',
  早: 'am',
  中午: 'noon',
  下午: 'pm',
  傍晚: 'pm',
  晚上: 'night',
  夜里: 'night',
  夜间: 'night',
  晚间: 'night',
  夜晚: 'night',
  晚: 'night',
};

/** 周三, 星期三, 礼拜三, 周天. 末 (周末) stands for Saturday and Sunday. */
export const WEEKDAY_CHARS: Record<string, number[]> = {
  一: [1],
  二: [2],
  三: [3],
  四: [4],
  五: [5],
  六: [6],
  日: [7],
  天: [7],
  末: [6, 7],
};
export const WEEK_PREFIX = '(?:周|星期|礼拜)';
export const WEEK_RANGE_WORDS = ['到', '至', '~', '-', '－'];
export const WEEK_LIST_WORDS = ['、', ',', '，', '和', '及', '与'];

/** Daily and workday rules; 每晚/每早 leave the 晚/早 for the time of day. */
export const DAILY = '(?:每一?天|每日|天天|每(?=[早晚]))';
export const WORKDAYS = '(?:每个?工作日|工作日)';
export const MONTHLY = '每个?月的?';
export const MONTH_END = '(?:最后一天|最后1天|月底|月末|底|末)';

/** Days counted from today. 今晚 and 明早 leave the 晚/早 for the time of day. */
export const RELATIVE_DAYS: Record<string, number> = {
  今天: 0,
  今日: 0,
  今: 0,
  明天: 1,
  明日: 1,
  明: 1,
  后天: 2,
  大后天: 3,
};

/** 本周三, 下周三, 下下周三: weeks after the current one (a bare 周三 is weekly). */
export const WEEK_OFFSETS: Record<string, number> = {
  本: 0,
  这: 0,
  这个: 0,
  下: 1,
  下个: 1,
  下下: 2,
  下下个: 2,
};

/**
 * Repeats the rules cannot express (every other week, every three days): 每两周, 每隔一周, 隔周,
 * 双周, 每3天, 每两个月. Named so the admin is told what can be set instead of "看不懂".
 */
export const GAP_UNITS: Record<string, string> = { 天: '天', 日: '天', 周: '周', 星期: '周', 礼拜: '周', 月: '月' };
export const GAP_WORDS = ['双周', '单周'];

/** Shown whenever an expression cannot be read. */
export const WHEN_EXAMPLES = ['每周三 20:00', '每月1号 上午9点', '明天下午3点'];

/** Full-width digits, colon and spaces become ASCII, one character for one, so offsets still match. */
export function normaliseWidth(text: string): string {
  return text.replace(/[０-９：　]/g, (c) => {
    if (c === '：') return ':';
    if (c === '　') return ' ';
    return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  });
}
