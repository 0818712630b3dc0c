import { and, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { inboundMessages } from '../db/schema.js';
import type { StoredRow } from './store.js';

/** A sender's messages are counted over this sliding window. */
export const FLOOD_WINDOW_MS = 60_000;
/** However long a flood goes on, its sender hears about it at most this often. */
export const FLOOD_NOTICE_EVERY_MS = 10 * 60_000;
/** Routes recorded on throttled rows: the one that earned the notice is marked so the next is spaced. */
export const FLOOD_ROUTES = { quiet: 'flood', noticed: 'flood-notice' } as const;

export interface FloodVerdict {
  throttled: boolean;
  /** Tell the sender (once per FLOOD_NOTICE_EVERY_MS, only when the message was meant for the bot). */
  notice: boolean;
}

const OK: FloodVerdict = { throttled: false, notice: false };
const ago = (now: Date, ms: number) => new Date(now.getTime() - ms);

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
    const mine = and(eq(inboundMessages.senderWechatId, row.senderWechatId), lt(inboundMessages.id, row.id));
    // Counting stops at the allowance: a long flood costs no more per message than a short one.
    const earlier = tx
      .select({ id: inboundMessages.id })
      .from(inboundMessages)
      .where(and(mine, gt(inboundMessages.storedAt, ago(now, FLOOD_WINDOW_MS)), ne(inboundMessages.status, 'ignored')))
      .limit(perMinute)
      .as('earlier');
    const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(earlier);
    if (Number(count?.n ?? 0) < perMinute) return OK;
    const addressed = row.roomWechatId === null || row.mentionSelf;
    const noticed = addressed
      ? await tx.select({ id: inboundMessages.id }).from(inboundMessages)
          .where(and(mine, eq(inboundMessages.route, FLOOD_ROUTES.noticed), gt(inboundMessages.storedAt, ago(now, FLOOD_NOTICE_EVERY_MS))))
          .limit(1)
      : [];
    const notice = addressed && noticed.length === 0;
    await tx
      .update(inboundMessages)
      .set({ status: 'throttled', route: notice ? FLOOD_ROUTES.noticed : FLOOD_ROUTES.quiet, handledAt: now })
      .where(eq(inboundMessages.id, row.id));
    return { throttled: true, notice };
  });
}
