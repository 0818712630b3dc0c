import { and, eq, gte, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { disputes, grids, postLog, posts, rooms, villages, type PostResult } from '../db/schema.js';
import type { Delivery } from './plan.js';
import type { Theme } from './themes.js';
import { gridPostStatus, type GridPostStatus } from './grid-status.js';

export type NewLogEntry = typeof postLog.$inferInsert;

/** Records posts handed to the outbox; a row whose outbox key is already logged is skipped. */
export async function logDeliveries(db: Db, entries: NewLogEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(postLog).values(entries).onConflictDoNothing({ target: postLog.outboxKey });
}

/**
 * Copies the outbox's verdict into the log: sent, or failed (given up or cancelled). Rows still
 * queued, sending or of uncertain fate stay 'queued'. One statement, whatever the size of the log.
 */
export async function syncResults(db: Db): Promise<void> {
  await db.execute(sql`update post_log l
    set result = case when o.status = 'sent' then 'sent' else 'failed' end
    from outbox o
    where o.idempotency_key = l.outbox_key and l.result = 'queued' and o.status in ('sent', 'failed', 'cancelled')`);
}

/** What each group received since `since` (failed sends left out), by room id. One query. */
export async function historyByRoom(db: Db, roomIds: number[], since: Date): Promise<Map<number, Delivery[]>> {
  const out = new Map<number, Delivery[]>(roomIds.map((id) => [id, []]));
  if (roomIds.length === 0) return out;
  const rows = await db
    .select({ roomId: postLog.roomId, postId: posts.code, at: postLog.at })
    .from(postLog)
    .innerJoin(posts, eq(postLog.postId, posts.id))
    .where(and(inArray(postLog.roomId, roomIds), gte(postLog.at, since), ne(postLog.result, 'failed')));
  for (const r of rows) out.get(r.roomId)?.push({ postId: r.postId, at: r.at });
  return out;
}

/**
 * Categories of the disputes reported in each village since `since`, most frequent first (ties:
 * most recent first). Withdrawn (voided) cases do not count. One query for all villages.
 */
export async function recentThemesByVillage(db: Db, villageIds: number[], since: Date): Promise<Map<number, Theme[]>> {
  const out = new Map<number, Theme[]>();
  if (villageIds.length === 0) return out;
  const rows = await db
    .select({
      villageId: disputes.villageId,
      category: disputes.category,
      n: sql<number>`count(*)::int`,
      last: sql<number>`extract(epoch from max(${disputes.createdAt}))::float8`,
    })
    .from(disputes)
    .where(and(inArray(disputes.villageId, villageIds), gte(disputes.createdAt, since), isNull(disputes.voidedAt)))
    .groupBy(disputes.villageId, disputes.category);
  const ranked = rows.sort((a, b) => Number(b.n) - Number(a.n) || Number(b.last) - Number(a.last));
  for (const r of ranked) out.set(r.villageId, [...(out.get(r.villageId) ?? []), r.category]);
  return out;
}

/** Deliveries in [from, to), counted per village, theme, group and result. */
export interface DeliveryCount {
  village: string | null;
  /** The grid the group is bound to ('三组'), null for the admin group. */
  grid: string | null;
  theme: Theme;
  roomId: number;
  result: PostResult;
  n: number;
}

export async function deliveryCounts(db: Db, from: Date, to: Date): Promise<DeliveryCount[]> {
  const rows = await db
    .select({ village: villages.name, grid: grids.name, theme: posts.theme, roomId: postLog.roomId, result: postLog.result, n: sql<number>`count(*)::int` })
    .from(postLog)
    .innerJoin(posts, eq(postLog.postId, posts.id))
    .innerJoin(rooms, eq(postLog.roomId, rooms.id))
    .leftJoin(grids, eq(rooms.gridId, grids.id))
    .leftJoin(villages, eq(grids.villageId, villages.id))
    .where(and(gte(postLog.at, from), lt(postLog.at, to)))
    .groupBy(villages.name, grids.name, posts.theme, postLog.roomId, postLog.result);
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/** Per grid, the posts of [from, to): by the bot, forwarded by hand, not yet forwarded (what the digest lists). */
export async function postStatusBetween(db: Db, from: Date, to: Date): Promise<GridPostStatus[]> {
  await syncResults(db);
  return gridPostStatus(await deliveryCounts(db, from, to));
}

/** Publicity activities in [from, to): one per firing or manual send, however many groups it reached. */
export async function activityCounts(db: Db, from: Date, to: Date): Promise<{ scheduled: number; manual: number }> {
  const rows = await db
    .select({ manual: postLog.manual, n: sql<number>`count(distinct ${postLog.batch})::int` })
    .from(postLog)
    .where(and(gte(postLog.at, from), lt(postLog.at, to)))
    .groupBy(postLog.manual);
  const of = (manual: boolean) => Number(rows.find((r) => r.manual === manual)?.n ?? 0);
  return { scheduled: of(false), manual: of(true) };
}
