import { fromLocal } from '../../kernel/time.js';

/** "2026-11-27 09:00" (or "2026-11-27") in local time. */
export function parseSandboxTime(text: string, tz: string): Date | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0'] = m;
  return fromLocal({ year: +y!, month: +mo!, day: +d!, hour: +h, minute: +mi }, tz);
}

const MINUTE = 60_000;
// Letters as the help shows them, and the words a Chinese user types instead.
const UNIT_MS: [RegExp, number][] = [
  [/^(w|周|星期|个星期|礼拜)$/i, 7 * 24 * 60 * MINUTE],
  [/^(d|天|日)$/i, 24 * 60 * MINUTE],
  [/^(h|小时|个小时|钟头|个钟头)$/i, 60 * MINUTE],
  [/^(m|分|分钟)$/i, MINUTE],
];

/** "1w", "2d", "3h", "30m" (or 1周, 2天, 3小时, 30分钟) after `now`. */
export function parseSkip(text: string, now: Date): Date | null {
  const m = /^(\d+)\s*(\S+)$/.exec(text.trim());
  const unit = m && UNIT_MS.find(([re]) => re.test(m[2]!));
  if (!m || !unit || Number(m[1]) === 0) return null;
  return new Date(now.getTime() + Number(m[1]) * unit[1]);
}
