import type { LedgerDeps } from './deps.js';
import { and, asc, desc, eq, isNull, ne, or } from 'drizzle-orm';
import { AppError } from '../kernel/errors.js';
import type { Db } from '../db/client.js';
import { disputes, reports } from '../db/schema.js';
import type { Person } from '../kernel/person.js';
import { announceRisks } from './alerts.js';
import { gridById, type GridRef } from '../roster/grids.js';
import type { Dispute, DisputeInput, Report } from './types.js';
import { correctDispute, insertDisputes, voidDispute } from './write.js';

export interface RecordDisputesInput {
  reporter: Person;
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
 * Puts new cases into the ledger with fresh codes (SS-2026-0007). Used by `#纠纷` and 需要调解;
 * weekly reports go through reports/repo.ts. A message handled again after a crash gets back the
 * case it registered. The caller alerts the centre (alertCentre) on what comes back.
 */
export async function recordDisputes(deps: LedgerDeps, input: RecordDisputesInput): Promise<Dispute[]> {
  if (input.messageId !== undefined && input.drafts.length !== 1) {
    throw new AppError('dispute_message_one_case', `message ${input.messageId} registers one case, not ${input.drafts.length}`);
  }
  const place = await requirePlace(deps.db, input.gridId);
  const drafts = input.drafts.map((draft) => ({ draft, position: null }));
  const created = await deps.db.transaction(async (tx) => {
    const earlier = input.messageId === undefined ? [] : await tx.select().from(disputes).where(eq(disputes.sourceMessageId, input.messageId));
    if (earlier.length > 0) return earlier;
    const rows = await insertDisputes(tx, { ...codeSettings(deps), ...input, sourceMessageId: input.messageId, place, drafts });
    if (input.alongside) for (const d of rows) await input.alongside(tx, d);
    return rows;
  });
  deps.log.info({ codes: created.map((d) => d.code), gridId: input.gridId, reportId: input.reportId }, 'disputes recorded');
  return created;
}

/** What new codes are made of: the township's prefix and the local year. */
export const codeSettings = (deps: LedgerDeps) => ({ prefix: deps.config.DISPUTE_CODE_PREFIX, cal: deps.calendar });

export async function requirePlace(db: Db, gridId: number): Promise<GridRef> {
  const place = await gridById(db, gridId);
  if (!place) throw new AppError('dispute_grid_unknown', `grid ${gridId} does not exist`);
  return place;
}

/**
 * One new case from chat (`#纠纷`, 需要调解): written, then announced to the centre when it carries a
 * risk. Announcing again on a re-handled message is harmless (alerts are keyed on code and risks).
 */
export async function registerCases(deps: LedgerDeps, input: RecordDisputesInput): Promise<Dispute[]> {
  const cases = await recordDisputes(deps, input);
  await announceRisks(deps, cases);
  return cases;
}
