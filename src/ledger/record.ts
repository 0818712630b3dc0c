import { and, asc, desc, eq, isNull, ne, or } from 'drizzle-orm';
import type { AppDeps } from '../app-deps.js';
import { AppError } from '../kernel/errors.js';
import type { Db } from '../db/client.js';
import { disputes, reports } from '../db/schema.js';
import type { Member } from '../db/types.js';
import { announceRisks } from './alerts.js';
import { insertFirstReport } from '../reports/store.js';
import { gridPlace, type GridPlace } from './repo.js';
import type { Dispute, DisputeInput, Report } from './types.js';
import { correctDispute, insertDisputes, voidDispute } from './write.js';

export interface RecordDisputesInput {
  reporter: Member;
  gridId: number;
  reportId: number | null;
  drafts: DisputeInput[];
  /**
   * The stored chat message that registers one case (`#纠纷`, 需要调解): its idempotency key,
   * written with the case in one transaction. Absent for cases that no chat message started.
   */
  messageId?: number;
  /** Writes that belong with a new case (the Q&A row it came from), in the case's transaction. */
  alongside?: (tx: Db, created: Dispute) => Promise<void>;
  at: Date;
}

/**
 * Puts new cases into the ledger with fresh codes (SS-2026-0007) and announces any flagged risk to
 * the admin group. Used by `#纠纷` and 需要调解; weekly reports go through recordReport. A message
 * handled again after a crash gets back the case it registered (re-announcing it is a no-op:
 * alerts are keyed on the code).
 */
export async function recordDisputes(deps: AppDeps, input: RecordDisputesInput): Promise<Dispute[]> {
  if (input.messageId !== undefined && input.drafts.length !== 1) {
    throw new AppError('dispute_message_one_case', `message ${input.messageId} registers one case, not ${input.drafts.length}`);
  }
  const place = await requirePlace(deps.db, input.gridId);
  const drafts = input.drafts.map((draft) => ({ draft, position: null }));
  const created = await deps.db.transaction(async (tx) => {
    const earlier = input.messageId === undefined ? []
      : await tx.select().from(disputes).where(eq(disputes.sourceMessageId, input.messageId));
    if (earlier.length > 0) return earlier;
    const rows = await insertDisputes(tx, { ...settings(deps), ...input, sourceMessageId: input.messageId, place, drafts });
    if (input.alongside) for (const d of rows) await input.alongside(tx, d);
    return rows;
  });
  deps.log.info({ codes: created.map((d) => d.code), gridId: input.gridId, reportId: input.reportId }, 'disputes recorded');
  await announceRisks(deps, created);
  return created;
}

export interface RecordReportInput {
  reporter: Member;
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
  place?: GridPlace;
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
 */
export async function recordReport(deps: AppDeps, input: RecordReportInput): Promise<RecordedReport | null> {
  const place = input.place ?? (await requirePlace(deps.db, input.gridId));
  const first = await insertFirstReport(deps.db, place, input, settings(deps));
  const result = first
    ? { ...first, created: first.disputes.map((d) => d.code), corrected: [], voided: [], supersededId: null }
    : await deps.db.transaction((tx) => storeReport(tx, deps, place, input));
  if (!result) return null;
  deps.log.info({ reportId: result.report.id, gridId: input.gridId, week: input.isoWeek, revision: result.report.revision,
    created: result.created, corrected: result.corrected, voided: result.voided }, 'report recorded');
  await announceRisks(deps, result.disputes);
  return result;
}

async function storeReport(tx: Db, deps: AppDeps, place: GridPlace, input: RecordReportInput): Promise<RecordedReport | null> {
  const sameWeek = and(eq(reports.gridId, input.gridId), eq(reports.isoWeek, input.isoWeek));
  // One read finds the revisions of this grid and week and any report this message already made.
  const sameMessage = input.inboundMessageId === null ? undefined : eq(reports.inboundMessageId, input.inboundMessageId);
  const rows = await tx.select().from(reports).where(sameMessage ? or(sameWeek, sameMessage) : sameWeek).orderBy(desc(reports.revision));
  if (input.inboundMessageId !== null && rows.some((r) => r.inboundMessageId === input.inboundMessageId)) return null;
  const earlier = rows.filter((r) => r.gridId === input.gridId && r.isoWeek === input.isoWeek);
  const live = earlier.find((r) => !r.superseded) ?? null;
  const [report] = await tx.insert(reports).values({
    gridId: input.gridId, isoWeek: input.isoWeek, revision: (earlier[0]?.revision ?? 0) + 1, reporterId: input.reporter.id,
    inboundMessageId: input.inboundMessageId, households: input.households, nil: input.nil, rawText: input.rawText, createdAt: input.at,
  }).returning();
  if (live) await tx.update(reports).set({ superseded: true }).where(and(sameWeek, ne(reports.id, report!.id), eq(reports.superseded, false)));
  const old = live
    ? await tx.select().from(disputes).where(and(eq(disputes.reportId, live.id), isNull(disputes.voidedAt))).orderBy(asc(disputes.reportPosition), asc(disputes.id))
    : [];
  const kept: Dispute[] = [];
  for (const [i, draft] of input.drafts.entries()) {
    const prev = old[i];
    if (prev) kept.push(await correctDispute(tx, prev, draft, report!.id, input.reporter, input.at));
  }
  const fresh = input.drafts.slice(old.length).map((draft, i) => ({ draft, position: old.length + i + 1 }));
  const created = await insertDisputes(tx, { ...settings(deps), reporter: input.reporter, place, reportId: report!.id, drafts: fresh, at: input.at });
  const dropped = old.slice(input.drafts.length);
  for (const d of dropped) await voidDispute(tx, d, input.reporter, input.at);
  return {
    report: report!, disputes: [...kept, ...created], created: created.map((d) => d.code), corrected: kept.map((d) => d.code),
    voided: dropped.map((d) => d.code), supersededId: live?.id ?? null,
  };
}

const settings = (deps: AppDeps) => ({ prefix: deps.config.DISPUTE_CODE_PREFIX, tz: deps.config.TZ });

async function requirePlace(db: Db, gridId: number): Promise<GridPlace> {
  const place = await gridPlace(db, gridId);
  if (!place) throw new AppError('dispute_grid_unknown', `grid ${gridId} does not exist`);
  return place;
}
