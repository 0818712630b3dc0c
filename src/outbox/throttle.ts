import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { SENDER_LOCK } from './claim.js';
import { FAILURE_STREAK_LIMIT, isThrottleError, nextPauseMs } from './policy.js';
import { KEYS, readPause, readState, writeState } from './state.js';

export interface PauseStarted {
  until: Date;
  ms: number;
}

/**
 * Counts a transport failure. A throttling message, or FAILURE_STREAK_LIMIT failures in a row,
 * pauses routine traffic; returns the new pause when one starts (null while already paused, so
 * admins hear about each episode once).
 */
export async function noteFailure(db: Db, now: Date, error: string): Promise<PauseStarted | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SENDER_LOCK})`);
    const streak = ((await readState<{ count: number }>(tx, KEYS.failStreak))?.count ?? 0) + 1;
    const throttled = isThrottleError(error) || streak >= FAILURE_STREAK_LIMIT;
    await writeState(tx, KEYS.failStreak, { count: throttled ? 0 : streak }, now);
    if (!throttled) return null;
    const previous = await readPause(tx);
    if (previous && new Date(previous.until) > now) return null;
    const ms = nextPauseMs(previous, now);
    const until = new Date(now.getTime() + ms);
    await writeState(tx, KEYS.pause, { until: until.toISOString(), ms }, now);
    return { until, ms };
  });
}

/** A successful send ends a failure streak. */
export async function noteSuccess(db: Db, now: Date): Promise<void> {
  const streak = await readState<{ count: number }>(db, KEYS.failStreak);
  if (streak && streak.count > 0) await writeState(db, KEYS.failStreak, { count: 0 }, now);
}
