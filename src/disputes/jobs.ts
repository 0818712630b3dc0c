import type { DisputeDeps } from './deps.js';
import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lt, ne, notExists, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.js';
import { disputeEvents, disputes, followups, grids, members, villages } from '../db/schema.js';
import { alertOverdueRisks } from './overdue-risk.js';
import { caseLine } from './render.js';
import type { Dispute } from '../ledger/types.js';
import type { Calendar } from '../kernel/calendar.js';

/** A case with the names a reminder or the weekly digest shows. */
export interface CaseRow {
  dispute: Dispute;
  grid: string;
  village: string;
  /** Member name or department of the assignee; null when unassigned. */
  assignee: string | null;
}

const assignee = alias(members, 'assignee');

function withNames(db: Db) {
  return db
    .select({ dispute: disputes, grid: grids.name, village: villages.name, assigneeName: assignee.name })
    .from(disputes)
    .innerJoin(grids, eq(disputes.gridId, grids.id))
    .innerJoin(villages, eq(disputes.villageId, villages.id))
    .leftJoin(assignee, eq(disputes.assigneeId, assignee.id));
}

type Joined = { dispute: Dispute; grid: string; village: string; assigneeName: string | null };
const toRow = (r: Joined): CaseRow => ({ dispute: r.dispute, grid: r.grid, village: r.village, assignee: r.assigneeName ?? r.dispute.assigneeText });

const live = isNull(disputes.voidedAt);
const open = inArray(disputes.status, ['pending', 'in_progress']);

/** Assigned open cases whose deadline has passed, oldest deadline first. */
export async function overdueAssignments(db: Db, now: Date): Promise<CaseRow[]> {
  const rows = await withNames(db)
    .where(and(live, open, lt(disputes.deadline, now), or(isNotNull(disputes.assigneeId), isNotNull(disputes.assigneeText))))
    .orderBy(asc(disputes.deadline), asc(disputes.id));
  return rows.map(toRow);
}

/**
 * Daily: tells each assignee (or, for a department, whoever assigned it) about each overdue case,
 * and the admin group about each overdue flagged case.
 * One reminder per case per local day, however often the job runs. Returns how many were queued.
 */
export async function remindOverdue(deps: DisputeDeps, now: Date): Promise<number> {
  const cal = deps.calendar;
  const day = cal.formatDate(now);
  let n = 0;
  const overdue = await overdueAssignments(deps.db, now);
  const risky = await alertOverdueRisks(deps, overdue, now);
  for (const row of overdue) {
    const d = row.dispute;
    const to = d.assigneeId ?? d.assignedById;
    if (to === null) continue;
    const whose = d.assigneeId === null ? `（交办给${d.assigneeText}，请跟进）` : '';
    const text = [`【逾期提醒】这件纠纷已过办理时限${whose}：`, caseLine(d, cal, now), `办结后请回复：#进展 ${d.code} 已化解 方式:…`].join('\n');
    await deps.outbox.enqueue({ purpose: 'dispute-overdue', priority: 'routine', to: { member: to }, text, key: `dispute-overdue:${d.code}:${day}` });
    n++;
  }
  deps.log.info({ count: n, risky }, 'overdue reminders queued');
  return n;
}

/** Resolved cases not yet visited whose resolution is at least `days` local days old. */
export async function followupsDue(db: Db, now: Date, days: number, cal: Calendar): Promise<CaseRow[]> {
  const p = cal.local(now);
  const cutoff = cal.fromLocal({ year: p.year, month: p.month, day: p.day - days + 1 });
  const visited = db
    .select({ one: sql`1` })
    .from(followups)
    .where(and(eq(followups.disputeId, disputes.id), sql`${followups.at} >= ${disputes.resolvedAt}`));
  const rows = await withNames(db)
    .where(and(live, eq(disputes.status, 'resolved'), lt(disputes.resolvedAt, cutoff), notExists(visited)))
    .orderBy(asc(disputes.resolvedAt), asc(disputes.id));
  return rows.map(toRow);
}

/**
 * Who was told "N 天后我会提醒回访": whoever recorded the resolution (the mediator's #进展, or the
 * worker whose report said 已化解); the reporter when no event says.
 */
async function closerOf(db: Db, d: Dispute): Promise<number> {
  const [last] = await db
    .select({ actorId: disputeEvents.actorId })
    .from(disputeEvents)
    .where(and(eq(disputeEvents.disputeId, d.id), eq(disputeEvents.to, 'resolved'), isNotNull(disputeEvents.actorId)))
    .orderBy(desc(disputeEvents.at), desc(disputeEvents.id))
    .limit(1);
  return last?.actorId ?? d.reporterId;
}

/** Reminds the one who closed the case, once per resolution, to visit the parties (回访). */
export async function remindFollowups(deps: DisputeDeps, now: Date): Promise<number> {
  const cal = deps.calendar;
  let n = 0;
  for (const row of await followupsDue(deps.db, now, deps.config.FOLLOWUP_DAYS, cal)) {
    const d = row.dispute;
    if (d.followupRemindedAt && d.resolvedAt && d.followupRemindedAt >= d.resolvedAt) continue;
    const to = await closerOf(deps.db, d);
    const text = [
      `【回访提醒】这件纠纷化解已满 ${deps.config.FOLLOWUP_DAYS} 天，请上门回访当事人：`,
      caseLine(d, cal, now),
      `回访后请回复：#回访 ${d.code} 满意（或 基本满意、不满意）备注`,
    ].join('\n');
    await deps.outbox.enqueue({
      purpose: 'dispute-followup',
      priority: 'routine',
      to: { member: to },
      text,
      key: `dispute-followup:${d.code}:${d.resolvedAt?.toISOString() ?? ''}`,
    });
    await deps.db.update(disputes).set({ followupRemindedAt: now }).where(eq(disputes.id, d.id));
    n++;
  }
  deps.log.info({ count: n }, 'followup reminders queued');
  return n;
}

/** Flagged cases not yet resolved: the digest lists them every week until they are. */
export async function openRiskCases(db: Db): Promise<CaseRow[]> {
  const rows = await withNames(db)
    .where(and(live, ne(disputes.status, 'resolved'), gt(sql`jsonb_array_length(${disputes.risks})`, 0)))
    .orderBy(asc(disputes.createdAt), asc(disputes.id));
  return rows.map(toRow);
}
