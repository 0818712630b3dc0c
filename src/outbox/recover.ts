import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { PRIORITY, outbox } from '../db/schema.js';
import { SENDER_LOCK, type OutboxRow } from './claim.js';
import { CLAIM_LEASE_MS } from './policy.js';
import { readClaims } from './state.js';
import type { Tx } from '../db/client.js';

export interface RecoveryReport {
  /** Alerts and direct replies interrupted mid-send: queued again (they are resent). */
  requeued: number[];
  /** Routine rows interrupted mid-send: never resent silently, listed to admins instead. */
  uncertain: number[];
}

export interface RecoveredRows {
  requeued: OutboxRow[];
  uncertain: OutboxRow[];
}

/**
 * Settles rows left `sending` by a crash. A row is left alone while another live instance holds
 * a fresh claim on it, or while this instance is sending it (`inFlight`): only orphans change.
 */
export async function recoverOrphans(db: Db, now: Date, instanceId: string, inFlight: number | null): Promise<RecoveredRows> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SENDER_LOCK})`);
    const sending = await tx.select().from(outbox).where(eq(outbox.status, 'sending'));
    const held = await heldElsewhere(tx, now, instanceId);
    const orphans = sending.filter((r) => r.id !== inFlight && !held.has(r.id));
    const urgent = orphans.filter((r) => r.priority <= PRIORITY.reply).map((r) => r.id);
    const routine = orphans.filter((r) => r.priority > PRIORITY.reply).map((r) => r.id);
    const requeued = urgent.length
      ? await tx
          .update(outbox)
          .set({ status: 'queued', notBefore: now })
          .where(and(inArray(outbox.id, urgent), eq(outbox.status, 'sending')))
          .returning()
      : [];
    const uncertain = routine.length
      ? await tx
          .update(outbox)
          .set({ status: 'uncertain', error: '发送时程序中断，结果不明' })
          .where(and(inArray(outbox.id, routine), eq(outbox.status, 'sending')))
          .returning()
      : [];
    return { requeued, uncertain };
  });
}

/** Rows other instances claimed within the lease: they are still alive and sending them. */
async function heldElsewhere(tx: Tx, now: Date, instanceId: string): Promise<Set<number>> {
  const claims = await readClaims(tx);
  const held = new Set<number>();
  for (const [owner, claim] of claims) {
    const fresh = now.getTime() - Date.parse(claim.at) < CLAIM_LEASE_MS;
    if (owner !== instanceId && fresh) held.add(claim.id);
  }
  return held;
}
