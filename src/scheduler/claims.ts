import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { botState, fireClaims } from '../db/schema.js';

export type ClaimStatus = 'running' | 'done' | 'missed' | 'failed';

/** Inserting the (job, fire time) row is the claim: exactly one instance, once, ever, wins it. */
export async function claimFiring(db: Db, jobKey: string, fireAt: Date, status: 'running' | 'missed', instanceId: string, now: Date): Promise<boolean> {
  const rows = await db
    .insert(fireClaims)
    .values({ jobKey, fireAt, status, claimedBy: instanceId, claimedAt: now })
    .onConflictDoNothing()
    .returning({ jobKey: fireClaims.jobKey });
  return rows.length > 0;
}

export async function settleFiring(db: Db, jobKey: string, fireAt: Date, status: ClaimStatus, error?: string): Promise<void> {
  await db
    .update(fireClaims)
    .set({ status, error: error ?? null })
    .where(and(eq(fireClaims.jobKey, jobKey), eq(fireClaims.fireAt, fireAt)));
}

export async function lastFiring(db: Db, jobKey: string): Promise<Date | null> {
  const rows = await db
    .select({ fireAt: fireClaims.fireAt })
    .from(fireClaims)
    .where(eq(fireClaims.jobKey, jobKey))
    .orderBy(desc(fireClaims.fireAt))
    .limit(1);
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
