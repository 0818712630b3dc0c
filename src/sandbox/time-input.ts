import { fromLocal } from '../core/time.js';

/** "2026-11-27 09:00" (or "2026-11-27") in local time. */
export function parseSandboxTime(text: string, tz: string): Date | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0'] = m;
  return fromLocal({ year: +y!, month: +mo!, day: +d!, hour: +h, minute: +mi }, tz);
}

const UNIT_MS: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000 };

/** "2d", "3h", "30m" after `now`. */
export function parseSkip(text: string, now: Date): Date | null {
  const m = /^(\d+)\s*([dhm])$/i.exec(text.trim());
  if (!m) return null;
  return new Date(now.getTime() + Number(m[1]) * UNIT_MS[m[2]!.toLowerCase()]!);
}
