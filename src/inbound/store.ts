import { and, eq, getTableColumns, gt, gte, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rowFromJson, rowJson } from '../db/raw.js';
import { inboundMessages, members, rooms } from '../db/schema.js';
import type { Member, Room } from '../db/types.js';
import type { InboundMessage } from '../core/types.js';

export type StoredRow = typeof inboundMessages.$inferSelect;

const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * PostgreSQL text and jsonb hold neither NUL nor half of a surrogate pair: a message carrying one
 * would fail to store and be lost. Those characters become U+FFFD; everything else is kept as sent.
 */
export const storable = (s: string): string => s.replace(UNSTORABLE, '\uFFFD');
const storableOrNull = (s: string | null): string | null => (s === null ? null : storable(s));

/**
 * The row a message is stored as. With `claimBy`, a pending row is stored already claimed by that
 * instance: one write instead of an insert and a claim, and no other instance's resume() can take
 * it between the two.
 */
export function inboundRow(m: InboundMessage, now: Date, status: 'pending' | 'ignored', claimBy: string | null) {
  const claim = status === 'pending' && claimBy ? { claimedBy: claimBy, claimedAt: now } : {};
  return {
    wechatMessageId: m.wechatMessageId,
    roomWechatId: m.roomWechatId,
    roomTopic: storableOrNull(m.roomTopic),
    senderWechatId: m.senderWechatId,
    senderName: storable(m.senderName),
    text: storable(m.text),
    mentionSelf: m.mentionSelf,
    mentions: m.mentions.map(storable),
    mentionIds: m.mentionIds,
    sentAt: m.sentAt,
    storedAt: now,
    status,
    route: status === 'ignored' ? 'history' : null,
    ...claim,
  };
}

/** Stores a message before anything else happens; null when this WeChat message id was seen before. */
export async function storeInbound(
  db: Db, m: InboundMessage, now: Date, status: 'pending' | 'ignored' = 'pending', claimBy: string | null = null,
): Promise<StoredRow | null> {
  const rows = await db
    .insert(inboundMessages)
    .values(inboundRow(m, now, status, claimBy))
    .onConflictDoNothing({ target: inboundMessages.wechatMessageId })
    .returning();
  return rows[0] ?? null;
}

/** The sender's messages stored after `since` (history replayed at login not counted). */
export const recentFrom = (senderWechatId: string, since: Date) =>
  and(eq(inboundMessages.senderWechatId, senderWechatId), gt(inboundMessages.storedAt, since), ne(inboundMessages.status, 'ignored'));

/** The active member and the bound room cached for a message's WeChat ids, as storing it found them. */
export interface Seen {
  sender: Member | null;
  room: Room | null;
}

export interface StoredClaimed extends Seen {
  row: StoredRow;
  /** The sender's messages stored since `count.since` before this one, counted up to `count.cap`. */
  earlier: number;
}

/**
 * Stores a new message claimed by `claimBy` and, in the same statement, reads what handling it
 * needs first: the sender's recent messages (for the flood check) and the member and room behind
 * the WeChat ids. One round trip instead of four; the RETURNING clause sees the tables as they were
 * before this insert. Null when this WeChat message id was seen before.
 */
export async function storeClaimed(
  db: Db, m: InboundMessage, now: Date, claimBy: string, count: { since: Date; cap: number },
): Promise<StoredClaimed | null> {
  const t = inboundMessages;
  const earlier = db.select({ id: t.id }).from(t).where(recentFrom(m.senderWechatId, count.since)).limit(count.cap).as('earlier');
  const [stored] = await db
    .insert(t)
    .values(inboundRow(m, now, 'pending', claimBy))
    .onConflictDoNothing({ target: t.wechatMessageId })
    .returning({
      ...getTableColumns(t),
      earlier: sql<number>`(select count(*)::int from ${earlier})`,
      sender: rowJson(members, and(eq(members.wechatId, m.senderWechatId), eq(members.active, true))!),
      room: m.roomWechatId === null ? sql<null>`null` : rowJson(rooms, eq(rooms.wechatId, m.roomWechatId)),
    });
  if (!stored) return null;
  const { earlier: n, sender, room, ...row } = stored;
  return { row, earlier: Number(n), sender: rowFromJson(members, sender), room: rowFromJson(rooms, room) };
}

/** A claim older than this is presumed abandoned by a crashed instance and may be taken over. */
const LEASE_MS = 5 * 60_000;

/** Claims a pending message for this instance; false when another instance holds it. */
export async function claimInbound(db: Db, id: number, instanceId: string, now: Date): Promise<boolean> {
  const stale = new Date(now.getTime() - LEASE_MS);
  const rows = await db
    .update(inboundMessages)
    .set({ claimedBy: instanceId, claimedAt: now })
    .where(
      and(
        eq(inboundMessages.id, id),
        eq(inboundMessages.status, 'pending'),
        or(isNull(inboundMessages.claimedBy), eq(inboundMessages.claimedBy, instanceId), lt(inboundMessages.claimedAt, stale)),
      ),
    )
    .returning({ id: inboundMessages.id });
  return rows.length > 0;
}

export async function finishInbound(db: Db, id: number, now: Date, outcome: { route: string; error?: string }): Promise<void> {
  await db
    .update(inboundMessages)
    .set({ status: outcome.error ? 'failed' : 'handled', route: outcome.route, error: outcome.error ?? null, handledAt: now })
    .where(eq(inboundMessages.id, id));
}

/** Messages stored but never finished (the process died while handling them), oldest first. */
export async function pendingInbound(db: Db): Promise<StoredRow[]> {
  return db.select().from(inboundMessages).where(eq(inboundMessages.status, 'pending')).orderBy(inboundMessages.id);
}

/** Compared through the column (gte), not raw sql: postgres-js rejects a bare Date parameter. */
export async function countFailedSince(db: Db, since: Date): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(inboundMessages)
    .where(and(eq(inboundMessages.status, 'failed'), gte(inboundMessages.storedAt, since)));
  return rows[0]?.n ?? 0;
}
