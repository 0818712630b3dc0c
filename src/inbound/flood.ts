import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { inboundMessages } from '../db/schema.js';
import type { InboundMessage } from '../chat/port.js';
import { recentFrom, storeClaimed, type StoredClaimed, type StoredRow } from './store.js';

/** A sender's messages are counted over this sliding window. */
export const FLOOD_WINDOW_MS = 60_000;
/** Route recorded on a throttled row, and on the one row of a flood whose sender was told. */
export const FLOOD_ROUTES = { quiet: 'flood', noticed: 'flood-notice' } as const;

export interface FloodVerdict {
  throttled: boolean;
  /** Tell the sender: the first message throttled in a flood, when it was meant for the bot. */
  notice: boolean;
}

const OK: FloodVerdict = { throttled: false, notice: false };
const m = inboundMessages;

/**
 * Stores a new message claimed by `claimBy` (null when this WeChat message id was seen before) and
 * judges it: beyond `perMinute` messages from one sender within the last minute it is marked
 * 'throttled' and is not to be handled. Counting reads the stored rows themselves, so it holds
 * across instances sharing the database. `perMinute` 0 turns the check off.
 *
 * The usual case costs the one insert, which also returns how many of the sender's messages of the
 * last minute were stored before. Far under the allowance that settles it, whatever a concurrent
 * instance is storing at the same moment. Near it, the message is judged again under a per-sender
 * advisory lock, so that the sender's messages take turns and the count and the single notice are exact.
 */
export async function storeJudged(db: Db, message: InboundMessage, now: Date, perMinute: number, claimBy: string): Promise<(StoredClaimed & { verdict: FloodVerdict }) | null> {
  const since = new Date(now.getTime() - FLOOD_WINDOW_MS);
  // Turned off (0), the count stops at nothing: LIMIT 0 reads no rows.
  const stored = await storeClaimed(db, message, now, claimBy, { since, cap: Math.max(perMinute, 0) });
  if (!stored) return null;
  if (perMinute <= 0 || stored.earlier * 2 < perMinute) return { ...stored, verdict: OK };
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`flood:${message.senderWechatId}`}))`);
    return { ...stored, verdict: await judge(tx, stored.row, since, now, perMinute) };
  });
}

async function judge(tx: Tx, row: StoredRow, since: Date, now: Date, perMinute: number): Promise<FloodVerdict> {
  const recent = recentFrom(row.senderWechatId, since);
  // Counting stops at the allowance: a long flood costs no more per message than a short one.
  const earlier = tx
    .select({ id: m.id })
    .from(m)
    .where(and(recent, lt(m.id, row.id)))
    .limit(perMinute)
    .as('earlier');
  const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(earlier);
  if (Number(count?.n ?? 0) < perMinute) return OK;
  // A flood is told about once: at the first message throttled while none of the last minute was.
  const addressed = row.roomWechatId === null || row.mentionSelf;
  const [ongoing] = addressed
    ? await tx
        .select({ id: m.id })
        .from(m)
        .where(and(recent, eq(m.status, 'throttled')))
        .limit(1)
    : [];
  const notice = addressed && !ongoing;
  await tx
    .update(m)
    .set({ status: 'throttled', route: notice ? FLOOD_ROUTES.noticed : FLOOD_ROUTES.quiet, handledAt: now })
    .where(eq(m.id, row.id));
  return { throttled: true, notice };
}
