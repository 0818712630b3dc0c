import { and, asc, desc, eq, isNull, ne, or } from 'drizzle-orm';
import type { AppDeps } from '../app-deps.js';
import type { Db } from '../db/client.js';
import { disputes, reports } from '../db/schema.js';
import type { Person } from '../kernel/person.js';
import { codeSettings, requirePlace } from '../ledger/record.js';
import type { GridRef } from '../roster/index.js';
import type { Dispute, DisputeInput, Report } from '../ledger/types.js';
import { correctDispute, insertDisputes, voidDispute } from '../ledger/write.js';
import { insertFirstReport } from './first-report.js';

export interface RecordReportInput {
  reporter: Person;
  gridId: number;
  /** '2026-W48' */
  isoWeek: string;
  inboundMessageId: number | null;
  households: number;
  nil: boolean;
  rawText: string;
  drafts: DisputeInput[];
  at: Date;
  /** The grid's names when the caller has just looked them up (saves looking them up again). */
  place?: GridRef;
}

export interface RecordedReport {
  report: Report;
  /** The report's cases in report order (corrected ones keep their codes). */
  disputes: Dispute[];
  created: string[];
  corrected: string[];
  /** Codes withdrawn because the corrected report no longer lists them. */
  voided: string[];
  /** The revision this one replaces, if any. */
  supersededId: number | null;
}

/**
 * Stores a weekly report and its cases. A resend for the same grid and week is a correction: it
 * becomes the next revision, the earlier one is marked superseded (kept), the n-th listed dispute
 * keeps the n-th code of the earlier revision, extra ones get new codes and missing ones are voided.
 * Null when the inbound message's report is stored already (a message handled again after a crash).
 * The caller alerts the centre on the cases that come back.
 */
export async function recordReport(deps: AppDeps, input: RecordReportInput): Promise<RecordedReport | null> {
  const place = input.place ?? (await requirePlace(deps.db, input.gridId));
  // A grid's first report of the week is one statement (one round trip on a server, not seven);
  // a resend, or a message handled again, takes the transaction that finds what is there.
  const first = await insertFirstReport(deps.db, place, input, codeSettings(deps));
  const result = first
    ? { ...first, created: first.disputes.map((d) => d.code), corrected: [], voided: [], supersededId: null }
    : await deps.db.transaction((tx) => storeReport(tx, deps, place, input));
  if (!result) return null;
  deps.log.info(
    {
      reportId: result.report.id,
      gridId: input.gridId,
      week: input.isoWeek,
      revision: result.report.revision,
      created: result.created,
      corrected: result.corrected,
      voided: result.voided,
    },
    'report recorded',
  );
  return result;
}

async function storeReport(tx: Db, deps: AppDeps, place: GridRef, input: RecordReportInput): Promise<RecordedReport | null> {
  const sameWeek = and(eq(reports.gridId, input.gridId), eq(reports.isoWeek, input.isoWeek));
  // One read finds the revisions of this grid and week and any report this message already made.
  const sameMessage = input.inboundMessageId === null ? undefined : eq(reports.inboundMessageId, input.inboundMessageId);
  const rows = await tx
    .select()
    .from(reports)
    .where(sameMessage ? or(sameWeek, sameMessage) : sameWeek)
    .orderBy(desc(reports.revision));
  if (input.inboundMessageId !== null && rows.some((r) => r.inboundMessageId === input.inboundMessageId)) return null;
  const earlier = rows.filter((r) => r.gridId === input.gridId && r.isoWeek === input.isoWeek);
  const live = earlier.find((r) => !r.superseded) ?? null;
  const [report] = await tx
    .insert(reports)
    .values({
      gridId: input.gridId,
      isoWeek: input.isoWeek,
      revision: (earlier[0]?.revision ?? 0) + 1,
      reporterId: input.reporter.id,
      inboundMessageId: input.inboundMessageId,
      households: input.households,
      nil: input.nil,
      rawText: input.rawText,
      createdAt: input.at,
    })
    .returning();
  if (live)
    await tx
      .update(reports)
      .set({ superseded: true })
      .where(and(sameWeek, ne(reports.id, report!.id), eq(reports.superseded, false)));
  const old = live
    ? await tx
        .select()
        .from(disputes)
        .where(and(eq(disputes.reportId, live.id), isNull(disputes.voidedAt)))
        .orderBy(asc(disputes.reportPosition), asc(disputes.id))
    : [];
  const kept: Dispute[] = [];
  for (const [i, draft] of input.drafts.entries()) {
    const prev = old[i];
    if (prev) kept.push(await correctDispute(tx, prev, draft, report!.id, input.reporter, input.at));
  }
  const fresh = input.drafts.slice(old.length).map((draft, i) => ({ draft, position: old.length + i + 1 }));
  const created = await insertDisputes(tx, { ...codeSettings(deps), reporter: input.reporter, place, reportId: report!.id, drafts: fresh, at: input.at });
  const dropped = old.slice(input.drafts.length);
  for (const d of dropped) await voidDispute(tx, d, input.reporter, input.at);
  return {
    report: report!,
    disputes: [...kept, ...created],
    created: created.map((d) => d.code),
    corrected: kept.map((d) => d.code),
    voided: dropped.map((d) => d.code),
    supersededId: live?.id ?? null,
  };
}
