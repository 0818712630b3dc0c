import { eq, like } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { botState } from '../db/schema.js';
import type { Pause } from './policy.js';

/** Shared sender state in bot_state, so that pacing and pauses hold across instances and restarts. */
export const KEYS = {
  pause: 'sender.pausedUntil',
  failStreak: 'sender.failStreak',
  /** Random extra gap drawn at the last send, added to SEND_INTERVAL_MS before the next one. */
  gap: 'sender.gapJitterMs',
  claim: (instanceId: string) => `sender.claim.${instanceId}`,
} as const;
const CLAIM_PREFIX = 'sender.claim.';

/** Which row an instance is sending, and since when. */
export interface Claim {
  id: number;
  at: string;
}

/** A timestamp from a raw query: drivers return Date or string. */
export const toDate = (v: unknown): Date | null => (v === null || v === undefined ? null : new Date(v as string | Date));

export async function readState<T>(db: Tx, key: string): Promise<T | null> {
  const rows = await db.select({ value: botState.value }).from(botState).where(eq(botState.key, key));
  return (rows[0]?.value as T | undefined) ?? null;
}

export async function writeState(db: Tx, key: string, value: unknown, now: Date): Promise<void> {
  await db
    .insert(botState)
    .values({ key, value, updatedAt: now })
    .onConflictDoUpdate({ target: botState.key, set: { value, updatedAt: now } });
}

export const readPause = (db: Tx) => readState<Pause>(db, KEYS.pause);

/** The moment routine traffic may resume, or null when not paused at `now`. */
export async function pausedUntil(db: Tx, now: Date): Promise<Date | null> {
  const pause = await readPause(db);
  const until = pause ? new Date(pause.until) : null;
  return until && until > now ? until : null;
}

/** Claims of every instance, keyed by instance id. */
export async function readClaims(db: Tx): Promise<Map<string, Claim>> {
  const rows = await db
    .select()
    .from(botState)
    .where(like(botState.key, `${CLAIM_PREFIX}%`));
  return new Map(rows.map((r) => [r.key.slice(CLAIM_PREFIX.length), r.value as Claim]));
}
