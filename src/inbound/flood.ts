import { and, desc, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { inboundMessages } from '../db/schema.js';
import type { StoredRow } from './store.js';

/** A sender's messages are counted over this sliding window. */
export const FLOOD_WINDOW_MS = 60_000;
/** Route recorded on a throttled row, and on the one row of a flood whose sender was told. */
export const FLOOD_ROUTES = { quiet: 'flood', noticed: 'flood-notice' } as const;

export interface FloodVerdict {
  throttled: boolean;
  /** Tell the sender: the first throttled message of a flood, when it was meant for the bot. */
  notice: boolean;
}

const OK: FloodVerdict = { throttled: false, notice: false };

/**
 * Judges a just-stored message: beyond `perMinute` messages from one sender within the last
 * minute, it is marked 'throttled' and not handled. Counting reads the stored rows themselves, so
 * it holds across instances sharing the database; a per-sender advisory lock makes concurrent
 * messages of one sender wait for each other, so the count and the single notice are exact.
 * `perMinute` 0 turns the check off.
 */
export async function checkFlood(db: Db, row: StoredRow, now: Date, perMinute: number): Promise<FloodVerdict> {
  if (perMinute <= 0) return OK;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`flood:${row.senderWechatId}`}))`);
    const m = inboundMessages;
    const before = and(eq(m.senderWechatId, row.senderWechatId), lt(m.id, row.id));
    // Counting stops at the allowance: a long flood costs no more per message than a short one.
    const earlier = tx.select({ id: m.id }).from(m)
      .where(and(before, gt(m.storedAt, new Date(now.getTime() - FLOOD_WINDOW_MS)), ne(m.status, 'ignored')))
      .limit(perMinute).as('earlier');
    const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(earlier);
    if (Number(count?.n ?? 0) < perMinute) return OK;
    // A flood is told about once: at its first throttled message (the one before went through).
    const [previous] = await tx.select({ status: m.status }).from(m).where(before).orderBy(desc(m.storedAt), desc(m.id)).limit(1);
    const notice = (row.roomWechatId === null || row.mentionSelf) && previous?.status !== 'throttled';
    await tx.update(m).set({ status: 'throttled', route: notice ? FLOOD_ROUTES.noticed : FLOOD_ROUTES.quiet, handledAt: now }).where(eq(m.id, row.id));
    return { throttled: true, notice };
  });
}
