import { fromLocal, localParts } from '../kernel/time.js';

/*
 * Why these defaults (SEND_* in config.ts) keep a personal WeChat account safe:
 *
 * - WeChat's risk control (风控) watches for traffic no person could produce: bursts of messages
 *   seconds apart, perfectly regular rhythms, and very many messages a day. Accounts caught are
 *   first limited (发送消息过于频繁), then restricted for days; a township's account is its lifeline.
 * - At least 3 s between any two sends (SEND_INTERVAL_MS) is about the pace of a quick human typist
 *   copying and pasting; with up to 2 s of random jitter (SEND_JITTER_MS) the rhythm is irregular,
 *   at most ~20 messages a minute, and a post to all 115 grid groups still finishes in ~8 minutes.
 * - At least 10 s between two messages to the same group (SEND_ROOM_INTERVAL_MS): several parts of
 *   a long text do not land as a wall, and a group never sees a machine-gun of posts.
 * - A daily budget of 800 (SEND_DAILY_BUDGET) stays well below the volumes at which personal
 *   accounts are commonly reported to be restricted, and leaves headroom for the people who also
 *   use the account by hand. Routine posts wait for the next morning rather than exceed it; alerts
 *   and replies to people always go, and go first.
 * - Failed sends retry after 30 s, 2 min, 8 min and 32 min (5 attempts, ~45 min) so a short
 *   network outage loses nothing, without hammering WeChat; then admins are told.
 * - The first sign of throttling pauses routine traffic for 30 min, doubling on each repeat within
 *   a day up to 8 h: continuing to send after a warning is what turns a limit into a ban.
 */

export const MAX_ATTEMPTS = 5;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_FACTOR = 4;
export const PAUSE_BASE_MS = 30 * 60_000;
const PAUSE_MAX_MS = 8 * 3_600_000;
/** A new throttle this soon after the last pause ended counts as a repeat (the pause doubles). */
const PAUSE_MEMORY_MS = 24 * 3_600_000;
/** Consecutive transport failures taken as throttling even without a telltale message. */
export const FAILURE_STREAK_LIMIT = 3;
/** Routine posts held back by the daily budget resume the next local morning, not at midnight. */
export const BUDGET_RESUME_HOUR = 8;
export const BUDGET_RESUME_JITTER_MS = 15 * 60_000;
/** A send that has not returned by then has an unknown fate. */
export const SEND_TIMEOUT_MS = 60_000;
/** A `sending` row claimed by another instance longer ago than this is orphaned (that instance died). */
export const CLAIM_LEASE_MS = 2 * SEND_TIMEOUT_MS;

/** Delay before the next try after `attempts` failed ones: 30 s, 2 min, 8 min, 32 min. */
export function backoffMs(attempts: number): number {
  return BACKOFF_BASE_MS * BACKOFF_FACTOR ** Math.max(0, attempts - 1);
}

// Words WeChat and the puppets use when they limit an account (发送消息过于频繁, 操作频率过快, 功能被限制).
const THROTTLE_WORDS = /频繁|频率|限制|\brate\b|rate[- ]?limit|too many/i;

/** True when a send error reads like WeChat limiting the account. */
export function isThrottleError(message: string): boolean {
  return THROTTLE_WORDS.test(message);
}

export interface Pause {
  until: string;
  ms: number;
}

/** Length of a new pause: 30 min, doubled when the previous one ended less than a day ago. */
export function nextPauseMs(previous: Pause | null, now: Date): number {
  if (!previous) return PAUSE_BASE_MS;
  const endedAgo = now.getTime() - Date.parse(previous.until);
  if (endedAgo > PAUSE_MEMORY_MS) return PAUSE_BASE_MS;
  return Math.min(previous.ms * 2, PAUSE_MAX_MS);
}

/** Local midnight that starts the day of `now` in `tz`. */
export function startOfLocalDay(now: Date, tz: string): Date {
  const p = localParts(now, tz);
  return fromLocal({ year: p.year, month: p.month, day: p.day }, tz);
}

/**
 * When routine posts over today's budget may go: tomorrow at BUDGET_RESUME_HOUR local. The budget
 * resets at midnight, but a burst of village-group posts at midnight would wake people and looks
 * like a machine; the morning keeps them inside the new day's budget all the same.
 */
export function nextLocalMorning(now: Date, tz: string): Date {
  const p = localParts(now, tz);
  return fromLocal({ year: p.year, month: p.month, day: p.day + 1, hour: BUDGET_RESUME_HOUR }, tz);
}

/** Short, log- and admin-safe error text (no stack, bounded length). */
