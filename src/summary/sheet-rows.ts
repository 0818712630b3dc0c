import { and, asc, eq, gte, inArray, isNull, lt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.js';
import { disputes, followups, grids, members, villages } from '../db/schema.js';
import type { Scope } from './stats-query.js';
import { allGrids } from '../roster/grids.js';
import { gridLabel } from '../roster/grid-name.js';
import type { Dispute, Satisfaction } from '../ledger/types.js';

/** One ledger line: the case and the names and last visit the sheet shows. */
export interface LedgerRow {
  dispute: Dispute;
  village: string;
  grid: string;
  reporter: string;
  assignee: string | null;
  lastFollowup: { at: Date; satisfaction: Satisfaction } | null;
}

const reporter = alias(members, 'reporter');
const assignee = alias(members, 'assignee');

/** The cases registered in a scope, in registration order. */
export async function ledgerRows(db: Db, scope: Scope): Promise<LedgerRow[]> {
  const rows = await db
    .select({ dispute: disputes, village: villages.name, grid: grids.name, reporter: reporter.name, assignee: assignee.name })
    .from(disputes)
    .innerJoin(villages, eq(disputes.villageId, villages.id))
    .innerJoin(grids, eq(disputes.gridId, grids.id))
    .innerJoin(reporter, eq(disputes.reporterId, reporter.id))
    .leftJoin(assignee, eq(disputes.assigneeId, assignee.id))
    .where(
      and(
        isNull(disputes.voidedAt),
        scope.village ? eq(disputes.villageId, scope.village.id) : undefined,
        scope.from ? gte(disputes.createdAt, scope.from) : undefined,
        scope.to ? lt(disputes.createdAt, scope.to) : undefined,
      ),
    )
    .orderBy(asc(disputes.createdAt), asc(disputes.id));
  const last = await lastFollowups(
    db,
    rows.map((r) => r.dispute.id),
  );
  return rows.map((r) => ({ ...r, assignee: r.assignee ?? r.dispute.assigneeText, lastFollowup: last.get(r.dispute.id) ?? null }));
}

async function lastFollowups(db: Db, ids: number[]): Promise<Map<number, { at: Date; satisfaction: Satisfaction }>> {
  const out = new Map<number, { at: Date; satisfaction: Satisfaction }>();
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await db
      .select()
      .from(followups)
      .where(inArray(followups.disputeId, ids.slice(i, i + 1000)))
      .orderBy(asc(followups.at), asc(followups.id));
    for (const f of rows) out.set(f.disputeId, { at: f.at, satisfaction: f.satisfaction });
  }
  return out;
}

/** The grids of a scope, named '上司村三组', in roster order. */
export async function gridNames(db: Db, scope: Scope): Promise<{ id: number; name: string }[]> {
  const rows = await allGrids(db, scope.village?.id);
  return rows.map((r) => ({ id: r.gridId, name: gridLabel(r.village, r.grid) }));
}
