import { toHalfWidthDigits } from '../kernel/cnnum.js';
import { fail, ok, problem, type Result } from '../kernel/result.js';
import { daysInMonth, fromLocal } from '../kernel/time.js';

const DAY = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/;
const EXAMPLE = '请写成 2023-12-01 这样的日期';

/**
 * `--before 2023-12-01` → the start of that local day. A date after today is refused: it would
 * anonymise cases that are still within their retention period, which cannot be undone.
 */
export function parseBeforeDate(text: string, now: Date, tz: string): Result<Date> {
  const m = DAY.exec(toHalfWidthDigits(text.trim()));
  if (!m) return fail([problem('before', `看不懂日期“${text.slice(0, 20)}”，${EXAMPLE}`)]);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return fail([problem('before', `没有这一天：${text.trim()}，${EXAMPLE}`)]);
  const at = fromLocal({ year, month, day }, tz);
  if (at > now) return fail([problem('before', '日期不能晚于今天：匿名化无法撤销，只能处理已经过去的日子')]);
  return ok(at);
}
