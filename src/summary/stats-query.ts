import { and, asc, eq, gte, inArray, isNull, lt, min, or, type Column, type SQL } from 'drizzle-orm';
import { isoWeek } from '../kernel/time.js';
import type { Db } from '../db/client.js';
import { disputes, followups, grids, reports, villages } from '../db/schema.js';
import { loadSettings } from '../reports/cycle/settings.js';
import { countedGrids } from '../reports/cycle/cycle.js';
import { cycleGrids, cycleWorkers } from '../reports/cycle/repo.js';
import { weekWindow } from '../reports/cycle/week-times.js';
import type { DueWeek, StatsInput, StatsReport } from './stats.js';
import type { Calendar } from '../kernel/calendar.js';

/** What to count: a half-open time span (null = unbounded) and optionally one village. */
export interface Scope {
  label: string;
  from: Date | null;
  to: Date | null;
  village: { id: number; name: string } | null;
  /** The weekly digest's ISO week ('2026-W49'): a weekly report's cases count for the week it reports on. */
  week?: string;
}

const within = (col: Column, s: Scope): (SQL | undefined)[] => [s.from ? gte(col, s.from) : undefined, s.to ? lt(col, s.to) : undefined];

/**
 * Which cases a scope counts: those registered within it, except that for a week's digest the
 * cases of that week's reports count even when the report came in late (Monday before the digest),
 * and those of a late report for the week before do not.
 */
function registeredIn(s: Scope): SQL | undefined {
  const byTime = and(...within(disputes.createdAt, s));
  if (!s.week) return byTime;
  return or(eq(reports.isoWeek, s.week), and(isNull(disputes.reportId), byTime));
}

/**
 * ISO weeks a period covers, up to the current week: a week belongs to the period holding its
 * Thursday (the ISO rule), so a week is never counted in two months. `from` null = from `first`'s week.
 */
export function weeksOf(from: Date | null, to: Date | null, first: Date, now: Date, cal: Calendar): string[] {
  const keys: string[] = [];
  for (let monday = cal.startOfIsoWeek(from ?? first); monday <= now; monday = cal.addDays(monday, 7)) {
    const thursday = cal.addDays(monday, 3);
    if (to && thursday >= to) break;
    if (!from || thursday >= from) keys.push(cal.isoWeek(monday).key);
  }
  return keys;
}

/**
 * Where 全部 begins: the first grid, case or report, or the first week a report was for (a late
 * report for last week, sent this week, still puts last week in).
 */
async function firstRecord(db: Db, cal: Calendar): Promise<Date | null> {
  const [d] = await db.select({ at: min(disputes.createdAt) }).from(disputes);
  const [r] = await db.select({ at: min(reports.createdAt), week: min(reports.isoWeek) }).from(reports);
  const [g] = await db.select({ at: min(grids.createdAt) }).from(grids);
  const all = [d?.at, r?.at, g?.at, r?.week ? cal.startOfIsoWeek(r.week) : null].filter((x): x is Date => x instanceof Date || typeof x === 'string').map((x) => new Date(x));
  return all.length ? new Date(Math.min(...all.map((x) => x.getTime()))) : null;
}

/** Each due week with the grids counted as 应报 that week, by the weekly cycle's own rule. */
async function dueWeeks(db: Db, weeks: string[], live: StatsReport[], village: number | null, cal: Calendar): Promise<DueWeek[]> {
  const grids = (await cycleGrids(db)).filter((g) => village === null || g.villageId === village);
  const workers = await cycleWorkers(db);
  const settings = await loadSettings(db);
  return weeks.map((week) => {
    const reported = new Set(live.filter((r) => r.isoWeek === week).map((r) => r.gridId));
    return { week, expected: countedGrids({ grids, workers, reported }, weekWindow(settings, week, cal)) };
  });
}

/** Selects everything computeStats needs for one scope. */
export async function loadStatsInput(db: Db, scope: Scope, now: Date, cal: Calendar): Promise<StatsInput> {
  const inVillage = scope.village ? eq(disputes.villageId, scope.village.id) : undefined;
  const rows = await db
    .select({ category: disputes.category, status: disputes.status, village: villages.name, assignedAt: disputes.assignedAt })
    .from(disputes)
    .innerJoin(villages, eq(disputes.villageId, villages.id))
    .leftJoin(reports, eq(disputes.reportId, reports.id))
    .where(and(isNull(disputes.voidedAt), inVillage, registeredIn(scope)));
  const visits = await db
    .select({ satisfaction: followups.satisfaction })
    .from(followups)
    .innerJoin(disputes, eq(followups.disputeId, disputes.id))
    .where(and(isNull(disputes.voidedAt), inVillage, ...within(followups.at, scope)));
  const first = scope.from ? now : ((await firstRecord(db, cal)) ?? now);
  const weeks = weeksOf(scope.from, scope.to, first, now, cal);
  // A week counts toward the submission rate once its deadline has passed, and not at all when paused (a holiday).
  const settings = await loadSettings(db);
  const due = weeks.filter((w) => !settings.paused.includes(w) && weekWindow(settings, w, cal).deadlineAt <= now);
  const gridFilter = scope.village ? eq(grids.villageId, scope.village.id) : undefined;
  const live =
    weeks.length === 0
      ? []
      : await db
          .select({ isoWeek: reports.isoWeek, gridId: reports.gridId, households: reports.households })
          .from(reports)
          .innerJoin(grids, eq(reports.gridId, grids.id))
          .where(and(eq(reports.superseded, false), inArray(reports.isoWeek, weeks), gridFilter))
          .orderBy(asc(reports.isoWeek));
  return {
    label: scope.label,
    from: scope.from ? cal.formatDate(scope.from) : null,
    to: scope.to ? cal.formatDate(new Date(scope.to.getTime() - 1)) : null,
    village: scope.village?.name ?? null,
    disputes: rows.map((r) => ({ category: r.category, status: r.status, village: r.village, assigned: r.assignedAt !== null })),
    followups: visits.map((v) => v.satisfaction),
    reports: live,
    weeks: await dueWeeks(db, due, live, scope.village?.id ?? null, cal),
  };
}

/** A village by name; 上司 finds 上司村. */
export async function findVillage(db: Db, name: string): Promise<{ id: number; name: string } | null> {
  const n = name.trim();
  if (!n) return null;
  const rows = await db
    .select({ id: villages.id, name: villages.name })
    .from(villages)
    .where(inArray(villages.name, [n, `${n}村`, `${n}社区`]));
  return rows.find((r) => r.name === n) ?? rows[0] ?? null;
}

export async function villageById(db: Db, id: number | null): Promise<{ id: number; name: string } | null> {
  if (id === null) return null;
  const [v] = await db.select({ id: villages.id, name: villages.name }).from(villages).where(eq(villages.id, id));
  return v ?? null;
}
