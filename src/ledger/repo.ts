import { and, asc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { disputeCounters, disputeEvents, disputes, followups, members } from '../db/schema.js';
import type { Member } from '../db/types.js';
import type { Person } from '../kernel/person.js';
import type { Dispute, DisputeEvent, Followup } from './types.js';
import { gridById, type GridRef } from '../roster/grids.js';
import { memberById } from '../roster/queries.js';

/**
 * Reserves `n` consecutive numbers of `year` and returns the first. The counter row is locked by the
 * upsert until the surrounding transaction ends, so concurrent reporters never share a number.
 */
export async function reserveNumbers(tx: Db, year: number, n: number): Promise<number> {
  const [row] = await tx
    .insert(disputeCounters)
    .values({ year, last: n })
    .onConflictDoUpdate({ target: disputeCounters.year, set: { last: sql`${sql.identifier('dispute_counters')}.last + ${n}` } })
    .returning({ last: disputeCounters.last });
  return row!.last - n + 1;
}

/** A live (not withdrawn) case by its code. */
export async function findDispute(db: Db, code: string): Promise<Dispute | null> {
  const [row] = await db
    .select()
    .from(disputes)
    .where(and(eq(disputes.code, code), isNull(disputes.voidedAt)));
  return row ?? null;
}

export async function disputesByIds(db: Db, ids: number[]): Promise<Dispute[]> {
  if (ids.length === 0) return [];
  return db.select().from(disputes).where(inArray(disputes.id, ids)).orderBy(asc(disputes.id));
}

export type EventView = DisputeEvent & { actor: string | null };

/** The story of a case, oldest first, with the actor's name. */
export async function eventsOf(db: Db, disputeId: number): Promise<EventView[]> {
  const rows = await db
    .select({ e: disputeEvents, actor: members.name })
    .from(disputeEvents)
    .leftJoin(members, eq(disputeEvents.actorId, members.id))
    .where(eq(disputeEvents.disputeId, disputeId))
    .orderBy(asc(disputeEvents.at), asc(disputeEvents.id));
  return rows.map((r) => ({ ...r.e, actor: r.actor }));
}

export async function followupsOf(db: Db, disputeId: number): Promise<Followup[]> {
  return db.select().from(followups).where(eq(followups.disputeId, disputeId)).orderBy(asc(followups.at), asc(followups.id));
}

/** Active members behind the puppet's contact ids of this login. */
export async function membersByWechatIds(db: Db, ids: string[]): Promise<Member[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(members)
    .where(and(inArray(members.wechatId, ids), eq(members.active, true)));
}

/** Open cases someone answers for: assigned to them, reported by them, or in the grid they cover. */
export async function openCasesFor(db: Db, m: Person): Promise<Dispute[]> {
  const mine: (SQL | undefined)[] = [eq(disputes.assigneeId, m.id), eq(disputes.reporterId, m.id)];
  if (m.role === 'worker' && m.gridId !== null) mine.push(eq(disputes.gridId, m.gridId));
  if (m.role === 'chief' && m.gridId !== null) mine.push(eq(disputes.gridId, m.gridId));
  if (m.role === 'chief' && m.gridId === null && m.villageId !== null) mine.push(eq(disputes.villageId, m.villageId));
  return db
    .select()
    .from(disputes)
    .where(and(isNull(disputes.voidedAt), inArray(disputes.status, ['pending', 'in_progress']), or(...mine)))
    .orderBy(asc(disputes.deadline), asc(disputes.id));
}

/** Names for showing a case: grid, village, reporter, assignee. */
export async function namesFor(db: Db, d: Dispute): Promise<{ place: GridRef | null; reporter: string; assignee: string | null }> {
  const [place, reporter, assignee] = await Promise.all([gridById(db, d.gridId), memberById(db, d.reporterId), memberById(db, d.assigneeId)]);
  return { place, reporter: reporter?.name ?? '', assignee: assignee?.name ?? d.assigneeText };
}
