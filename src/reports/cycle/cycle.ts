import type { GridRef } from '../../roster/grids.js';
import type { Window } from './week-times.js';

/**
 * Who the weekly cycle concerns, as pure functions of one week's records: who is reminded,
 * chased, missing, on leave, and whose chief covers a grid. The jobs only load records and send.
 */
export * from './week-times.js';

export interface CycleWorker {
  id: number;
  name: string;
  gridId: number;
  /** null: the bot has never seen this worker's WeChat account, so a private message cannot reach them. */
  wechatId: string | null;
  onLeaveUntil: Date | null;
  /** When that leave was recorded; null when unknown (counted as always). */
  onLeaveFrom: Date | null;
}

export interface CycleGrid extends GridRef {
  /** The grid's 网格长 (or the village's), who covers for workers on leave and is told when it is missing. */
  chiefId: number | null;
  /** When the grid was created: it is asked, and counted, from the first reminder after that. */
  since: Date;
}

export interface WeekRecords {
  grids: readonly CycleGrid[];
  /** Active grid workers. */
  workers: readonly CycleWorker[];
  /** Grids holding a live (not superseded) report for the week. */
  reported: ReadonlySet<number>;
}

/** A worker to reach: privately when the bot knows their account, else by @ in the grid group. */
export interface Recipient {
  worker: CycleWorker;
  grid: CycleGrid;
  via: 'private' | 'mention';
}

/**
 * Whether a worker is excused for the week: on leave at the reminder time or later. A leave taken
 * midweek (recorded after the reminder) still reaches past it, so it excuses the whole week; one
 * recorded after the week's deadline does not reach back into it.
 */
export const excused = (w: CycleWorker, win: Window): boolean =>
  w.onLeaveUntil !== null && w.onLeaveUntil.getTime() > win.remindAt.getTime() && (w.onLeaveFrom === null || w.onLeaveFrom.getTime() < win.deadlineAt.getTime());

/** Whether a grid was asked for the week: it existed when the week's reminder went out. */
export const askedIn = (g: CycleGrid, win: Window): boolean => g.since.getTime() <= win.remindAt.getTime();

const gridMap = (r: WeekRecords) => new Map(r.grids.map((g) => [g.gridId, g]));

const workersOf = (r: WeekRecords, gridId: number) => r.workers.filter((w) => w.gridId === gridId);

/**
 * Grids someone is expected to report for: asked that week, and at least one of their workers is
 * not excused (a grid on leave is not expected). The one definition behind 应报 everywhere: the
 * deadline notice, the digest, #统计, `gridbot stats` and the exported sheet.
 */
export function expectedGrids(r: WeekRecords, win: Window): CycleGrid[] {
  return r.grids.filter((g) => askedIn(g, win) && workersOf(r, g.gridId).some((w) => !excused(w, win)));
}

/** Grids all of whose workers are on leave: the chief is asked to cover them. */
export function coveredGrids(r: WeekRecords, win: Window): CycleGrid[] {
  return r.grids.filter((g) => {
    if (!askedIn(g, win)) return false;
    const ws = workersOf(r, g.gridId);
    return ws.length > 0 && ws.every((w) => excused(w, win));
  });
}

/** Workers to reach at a step: not excused, and their grid has not reported yet. */
export function recipients(r: WeekRecords, win: Window): Recipient[] {
  const grids = gridMap(r);
  const out: Recipient[] = [];
  for (const worker of r.workers) {
    const grid = grids.get(worker.gridId);
    if (!grid || !askedIn(grid, win) || excused(worker, win) || r.reported.has(grid.gridId)) continue;
    out.push({ worker, grid, via: worker.wechatId ? 'private' : 'mention' });
  }
  return out;
}

/** Expected grids without a report, in village then grid order. */
export function missingGrids(r: WeekRecords, win: Window): CycleGrid[] {
  return sortGrids(expectedGrids(r, win).filter((g) => !r.reported.has(g.gridId)));
}

/** Covered grids still without a report, grouped by the chief who covers them. */
export function chiefsToCover(r: WeekRecords, win: Window): Map<number, CycleGrid[]> {
  return byChief(coveredGrids(r, win).filter((g) => !r.reported.has(g.gridId)));
}

export function byChief(grids: readonly CycleGrid[]): Map<number, CycleGrid[]> {
  const out = new Map<number, CycleGrid[]>();
  for (const g of grids) if (g.chiefId !== null) out.set(g.chiefId, [...(out.get(g.chiefId) ?? []), g]);
  return out;
}

export interface Tally {
  /** Grids reported, and grids expected (expected ones plus any other grid that reported anyway). */
  received: number;
  expected: number;
  missing: CycleGrid[];
  onLeave: { worker: CycleWorker; grid: CycleGrid }[];
  /** Grids on leave with no chief to cover them and no report: not missing, but nobody reports them. */
  uncovered: CycleGrid[];
}

/** 应报 for a week: the expected grids and any other grid of the records that reported anyway. */
export function countedGrids(r: WeekRecords, win: Window): number[] {
  const ids = new Set(expectedGrids(r, win).map((g) => g.gridId));
  for (const g of r.grids) if (r.reported.has(g.gridId)) ids.add(g.gridId);
  return [...ids];
}

/** The week's submission count for the escalation and the digest. */
export function tally(r: WeekRecords, win: Window): Tally {
  const grids = gridMap(r);
  const onLeave = r.workers.filter((w) => excused(w, win) && grids.has(w.gridId)).map((worker) => ({ worker, grid: grids.get(worker.gridId)! }));
  const received = [...r.reported].filter((id) => grids.has(id)).length;
  const uncovered = sortGrids(coveredGrids(r, win).filter((g) => g.chiefId === null && !r.reported.has(g.gridId)));
  return { received, expected: countedGrids(r, win).length, missing: missingGrids(r, win), onLeave, uncovered };
}

type Placed = Pick<CycleGrid, 'gridId' | 'villageId' | 'village'>;

/** Roster order (villages and grids as they were imported), which is how the township lists them. */
export function sortGrids<T extends Placed>(grids: readonly T[]): T[] {
  return [...grids].sort((a, b) => a.villageId - b.villageId || a.gridId - b.gridId);
}

/** Grids grouped by village, in order: [['上司村', [...]], ...]. */
export function byVillage<T extends Placed>(grids: readonly T[]): [string, T[]][] {
  const out = new Map<string, T[]>();
  for (const g of sortGrids(grids)) out.set(g.village, [...(out.get(g.village) ?? []), g]);
  return [...out];
}
