import type { Seen } from '../identity/index.js';
import { and, eq, getTableColumns, gt, gte, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { channelOf } from '../chat/channel.js';
import type { Db } from '../db/client.js';
import { rowFromJson, rowJson } from '../db/raw.js';
import { inboundMessages, members, rooms } from '../db/schema.js';
import type { Member, Room } from '../db/types.js';
import type { InboundMessage } from '../chat/port.js';

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
    channel: channelOf(m.wechatMessageId),
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
export async function storeInbound(db: Db, m: InboundMessage, now: Date, status: 'pending' | 'ignored' = 'pending', claimBy: string | null = null): Promise<StoredRow | null> {
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

export type { Seen };

export interface StoredClaimed extends Seen {
  row: StoredRow;
  /** The sender's messages stored since `count.since` before this one, counted up to `count.cap`. */
  earlier: number;
}

type Row = ReturnType<typeof inboundRow>;
const ph = sql.placeholder;

/**
 * The two statements every message costs, built once per database and run with placeholders:
 * building a drizzle query this size takes longer than PostgreSQL takes to run it (on PGlite about
 * 0.5 ms of the 1.2 ms a message cost; on a server most of it), and postgres-js then reuses the
 * server's prepared statement too.
 */
function prepareHot(db: Db) {
  const t = inboundMessages;
  const claimed: Row = inboundRow(PROTOTYPE, new Date(0), 'pending', 'x');
  const values = Object.fromEntries(Object.keys(claimed).map((k) => [k, ph(k)])) as unknown as Row;
  const earlier = db
    .select({ id: t.id })
    .from(t)
    .where(recentFrom(ph('senderWechatId') as unknown as string, ph('countSince') as unknown as Date))
    .limit(ph('countCap') as unknown as number)
    .as('earlier');
  return {
    store: db
      .insert(t)
      .values(values)
      .onConflictDoNothing({ target: t.wechatMessageId })
      .returning({
        ...getTableColumns(t),
        earlier: sql<number>`(select count(*)::int from ${earlier})`,
        sender: rowJson(members, and(eq(members.wechatId, ph('senderWechatId')), eq(members.active, true))!),
        // A private message has no room id: "wechat_id = null" matches nothing.
        room: rowJson(rooms, eq(rooms.wechatId, ph('roomWechatId'))),
      })
      .prepare('inbound_store_claimed'),
    finish: db
      .update(t)
      // Placeholders in set() are encoded by their columns like plain values.
      .set({ status: ph('status'), route: ph('route'), error: ph('error'), handledAt: ph('handledAt') } as never)
      .where(eq(t.id, ph('id')))
      .prepare('inbound_finish'),
  };
}

/** Only the keys of the row made from this message matter to prepareHot (the statement's columns), not the values. */
const PROTOTYPE: InboundMessage = {
  wechatMessageId: '',
  roomWechatId: null,
  roomTopic: null,
  senderWechatId: '',
  senderName: '',
  senderAlias: null,
  text: '',
  mentionSelf: false,
  mentions: [],
  mentionIds: [],
  sentAt: new Date(0),
};

const hotStatements = new WeakMap<Db, ReturnType<typeof prepareHot>>();
function hot(db: Db): ReturnType<typeof prepareHot> {
  let statements = hotStatements.get(db);
  if (!statements) hotStatements.set(db, (statements = prepareHot(db)));
  return statements;
}

/**
 * Stores a new message claimed by `claimBy` and, in the same statement, reads what handling it
 * needs first: the sender's recent messages (for the flood check) and the member and room behind
 * the WeChat ids. One round trip instead of four; the RETURNING clause sees the tables as they were
 * before this insert. Null when this WeChat message id was seen before.
 */
export async function storeClaimed(db: Db, m: InboundMessage, now: Date, claimBy: string, count: { since: Date; cap: number }): Promise<StoredClaimed | null> {
  const [stored] = await hot(db).store.execute({
    ...inboundRow(m, now, 'pending', claimBy),
    countCap: count.cap,
    // A placeholder in a condition is not encoded by its column, and postgres-js takes no bare Date.
    countSince: count.since.toISOString(),
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
  await hot(db).finish.execute({ id, status: outcome.error ? 'failed' : 'handled', route: outcome.route, error: outcome.error ?? null, handledAt: now });
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
