import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { PRIORITY, outbox } from '../db/schema.js';
import { anyDue, candidate, enforceBudget, globalReadyAt, type PacingConfig } from './pacing.js';
import { KEYS, pausedUntil, writeState } from './state.js';
import type { Tx } from '../db/client.js';

export type OutboxRow = typeof outbox.$inferSelect;

/** Transaction-scoped advisory lock: instances on one server take turns deciding who sends next. */
export const SENDER_LOCK = 0x6f757462;

export interface ClaimContext {
  now: Date;
  pacing: PacingConfig;
  instanceId: string;
  random: () => number;
}

export type ClaimResult = { row: OutboxRow } | { wait: 'waiting' | 'idle' };

/**
 * Picks the next row and marks it `sending` (committed before the transport is called, so a crash
 * mid-send leaves a trace). Under the advisory lock, pacing read from the table holds across
 * instances; SKIP LOCKED keeps a row from ever being claimed twice even without it.
 */
export async function claimNext(db: Db, ctx: ClaimContext): Promise<ClaimResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SENDER_LOCK})`);
    await enforceBudget(tx, ctx.now, ctx.pacing, ctx.random);
    const ready = await globalReadyAt(tx, ctx.pacing);
    if (!ready || ready <= ctx.now) {
      const row = await claimRow(tx, ctx);
      if (row) return { row };
    }
    return { wait: (await anyDue(tx, ctx.now)) ? 'waiting' : 'idle' };
  });
}

async function claimRow(tx: Tx, ctx: ClaimContext): Promise<OutboxRow | null> {
  // While paused for throttling only alerts and replies go.
  const maxPriority = (await pausedUntil(tx, ctx.now)) ? PRIORITY.reply : PRIORITY.routine;
  const [row] = await tx
    .update(outbox)
    .set({ status: 'sending', sendingAt: ctx.now, attempts: sql`${outbox.attempts} + 1` })
    .where(sql`${outbox.id} = (${candidate(ctx.now, ctx.pacing, maxPriority)})`)
    .returning();
  if (!row) return null;
  await writeState(tx, KEYS.gap, { ms: Math.floor(ctx.random() * ctx.pacing.SEND_JITTER_MS) }, ctx.now);
  await writeState(tx, KEYS.claim(ctx.instanceId), { id: row.id, at: ctx.now.toISOString() }, ctx.now);
  return row;
}
