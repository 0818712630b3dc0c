import { and, desc, eq, gt, gte, isNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { inboundMessages, qaLog } from '../db/schema.js';

export type QaRow = typeof qaLog.$inferSelect;
export type NewQaRow = typeof qaLog.$inferInsert;

const HOUR_MS = 60 * 60_000;

/** Stores one answered question (or limit notice); a redelivered message is stored once. */
export async function recordQa(db: Db, row: NewQaRow): Promise<void> {
  await db.insert(qaLog).values(row).onConflictDoNothing();
}

/** Questions the member asked in the hour before `now`, and whether the limit notice went out in it. */
export async function hourlyUsage(db: Db, memberId: number, now: Date): Promise<{ asked: number; noticed: boolean }> {
  const since = new Date(now.getTime() - HOUR_MS);
  const [row] = await db
    .select({
      asked: sql<number>`count(*) filter (where ${qaLog.mode} <> 'limited')`.mapWith(Number),
      noticed: sql<number>`count(*) filter (where ${qaLog.mode} = 'limited')`.mapWith(Number),
    })
    .from(qaLog)
    .where(and(eq(qaLog.memberId, memberId), gt(qaLog.at, since)));
  return { asked: row?.asked ?? 0, noticed: (row?.noticed ?? 0) > 0 };
}

/** The member's latest answered question since `since` (limit notices are not answers). */
export async function lastAnswer(db: Db, memberId: number, since: Date, only?: SQL): Promise<QaRow | null> {
  const [row] = await db
    .select()
    .from(qaLog)
    .where(and(eq(qaLog.memberId, memberId), gte(qaLog.at, since), ne(qaLog.mode, 'limited'), only))
    .orderBy(desc(qaLog.at), desc(qaLog.id))
    .limit(1);
  return row ?? null;
}

/** The latest in-scope question still waiting for a 需要调解, if any. */
export const lastOpenQuestion = (db: Db, memberId: number, since: Date): Promise<QaRow | null> =>
  lastAnswer(db, memberId, since, and(eq(qaLog.outOfScope, false), isNull(qaLog.disputeId)));

export async function setHelpful(db: Db, id: number, helpful: boolean): Promise<void> {
  await db.update(qaLog).set({ helpful }).where(eq(qaLog.id, id));
}

export async function linkDispute(db: Db, id: number, disputeId: number): Promise<void> {
  await db.update(qaLog).set({ disputeId }).where(eq(qaLog.id, id));
}

/** The question as the resident wrote it, kept only in the stored inbound message. */
export async function questionText(db: Db, messageId: number | null): Promise<string | null> {
  if (messageId === null) return null;
  const [row] = await db.select({ text: inboundMessages.text }).from(inboundMessages).where(eq(inboundMessages.id, messageId));
  return row?.text ?? null;
}

/** Rows in [from, to) (either end open when null), for the statistics. */
/** Danger alarms (urgent questions and group or note alarms) in [from, to), for the digest. */
export async function urgentCountBetween(db: Db, from: Date, to: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(qaLog)
    .where(and(eq(qaLog.urgent, true), gte(qaLog.at, from), lt(qaLog.at, to)));
  return row?.n ?? 0;
}

export async function qaRowsBetween(db: Db, from: Date | null, to: Date | null): Promise<QaRow[]> {
  const filters = [from ? gte(qaLog.at, from) : undefined, to ? lt(qaLog.at, to) : undefined];
  return db
    .select()
    .from(qaLog)
    .where(and(...filters));
}
