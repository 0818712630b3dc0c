import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import { allGrids, chiefOfGrid, membersByRole } from '../../roster/index.js';
import type { Db } from '../../db/client.js';
import { fireClaims, reports } from '../../db/schema.js';
import type { CycleGrid, CycleWorker, WeekRecords } from './cycle.js';

/** Grids holding a live (latest, not superseded) report for the ISO week. */
export async function reportedGrids(db: Db, week: string): Promise<Set<number>> {
  const rows = await db
    .select({ gridId: reports.gridId })
    .from(reports)
    .where(and(eq(reports.isoWeek, week), eq(reports.superseded, false)));
  return new Set(rows.map((r) => r.gridId));
}

/** Households screened in the week's live reports. */
export async function householdsOf(db: Db, week: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${reports.households}), 0)::int` })
    .from(reports)
    .where(and(eq(reports.isoWeek, week), eq(reports.superseded, false)));
  return Number(row?.n ?? 0);
}

/** Every grid with its village and the chief who answers for it. */
export async function cycleGrids(db: Db): Promise<CycleGrid[]> {
  const rows = await allGrids(db);
  const out: CycleGrid[] = [];
  for (const g of rows) out.push({ ...g, chiefId: (await chiefOfGrid(db, g.gridId))?.id ?? null });
  return out;
}

/** Active grid workers. */
export async function cycleWorkers(db: Db): Promise<CycleWorker[]> {
  const workers = await membersByRole(db, 'worker');
  return workers
    .filter((m): m is typeof m & { gridId: number } => m.gridId !== null)
    .map((m) => ({ id: m.id, name: m.name, gridId: m.gridId, wechatId: m.wechatId, onLeaveUntil: m.onLeaveUntil, onLeaveFrom: m.onLeaveFrom }));
}

/** Scheduled firings recorded as missed (the bot was down past their grace) in [from, to). */
export async function missedFirings(db: Db, from: Date, to: Date): Promise<{ jobKey: string; fireAt: Date }[]> {
  return db
    .select({ jobKey: fireClaims.jobKey, fireAt: fireClaims.fireAt })
    .from(fireClaims)
    .where(and(eq(fireClaims.status, 'missed'), gte(fireClaims.fireAt, from), lt(fireClaims.fireAt, to)))
    .orderBy(asc(fireClaims.fireAt));
}

/** Everything the cycle's rules need about one ISO week. */
export async function loadWeek(db: Db, week: string): Promise<WeekRecords> {
  return { grids: await cycleGrids(db), workers: await cycleWorkers(db), reported: await reportedGrids(db, week) };
}
