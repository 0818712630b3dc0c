import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { botState, fireClaims } from '../db/schema.js';

export type ClaimStatus = 'running' | 'done' | 'missed' | 'failed';

/**
 * Inserting the (job, fire time) row is the claim: exactly one instance, once, ever, wins it.
 * With `reclaim`, this instance may also take back its own claim still marked 'running': a firing
 * it started and never finished (the process was killed, or the database went away mid-run). The
 * caller makes sure that firing is not running in this process right now.
 */
export async function claimFiring(db: Db, jobKey: string, fireAt: Date, status: 'running' | 'missed', instanceId: string, now: Date, reclaim = false): Promise<boolean> {
  const insert = db.insert(fireClaims).values({ jobKey, fireAt, status, claimedBy: instanceId, claimedAt: now });
  const rows = await (reclaim
    ? insert.onConflictDoUpdate({
        target: [fireClaims.jobKey, fireClaims.fireAt],
        set: { status, claimedAt: now, error: null },
        setWhere: and(eq(fireClaims.status, 'running'), eq(fireClaims.claimedBy, instanceId)),
      })
    : insert.onConflictDoNothing()
  ).returning({ jobKey: fireClaims.jobKey });
  return rows.length > 0;
}

export async function settleFiring(db: Db, jobKey: string, fireAt: Date, status: ClaimStatus, error?: string): Promise<void> {
  await db
    .update(fireClaims)
    .set({ status, error: error ?? null })
    .where(and(eq(fireClaims.jobKey, jobKey), eq(fireClaims.fireAt, fireAt)));
}

/** Firings this instance claimed and never settled: a crash interrupted them. */
export async function unfinishedFirings(db: Db, instanceId: string): Promise<{ jobKey: string; fireAt: Date }[]> {
  return db
    .select({ jobKey: fireClaims.jobKey, fireAt: fireClaims.fireAt })
    .from(fireClaims)
    .where(and(eq(fireClaims.status, 'running'), eq(fireClaims.claimedBy, instanceId)))
    .orderBy(fireClaims.fireAt);
}

export async function lastFiring(db: Db, jobKey: string): Promise<Date | null> {
  const rows = await db.select({ fireAt: fireClaims.fireAt }).from(fireClaims).where(eq(fireClaims.jobKey, jobKey)).orderBy(desc(fireClaims.fireAt)).limit(1);
  return rows[0]?.fireAt ?? null;
}

/**
 * The moment this database first ran a scheduler: firings before it are not "missed", they
 * predate the installation.
 */
export async function schedulerEpoch(db: Db, now: Date): Promise<Date> {
  await db.insert(botState).values({ key: 'scheduler.epoch', value: now.toISOString(), updatedAt: now }).onConflictDoNothing();
  const rows = await db.select().from(botState).where(eq(botState.key, 'scheduler.epoch'));
  return new Date(String(rows[0]?.value ?? now.toISOString()));
}
