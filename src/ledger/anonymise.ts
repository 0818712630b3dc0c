import type { LedgerDeps } from './deps.js';
import { and, inArray, isNotNull, isNull, lt, or } from 'drizzle-orm';
import { disputeEvents, disputes, followups, reports } from '../db/schema.js';
import type { Calendar } from '../kernel/calendar.js';

export const ANONYMISED = '（已匿名）';

/** The start of the retention period: RETENTION_YEARS before `now`, on the same local day. */
export function retentionCutoff(now: Date, years: number, cal: Calendar): Date {
  const p = cal.local(now);
  return cal.fromLocal({ year: p.year - years, month: p.month, day: p.day });
}

/**
 * Retention (RETENTION_YEARS, or an explicit `before`): cases closed (or voided) and untouched since
 * before the cutoff lose their personal details (parties, summary, free-text notes) and old reports
 * their raw text; codes, categories, statuses and dates stay, so statistics do not change. A case
 * still open, or closed recently (its follow-up visit may be due), keeps its details. Returns how
 * many cases were anonymised.
 */
export async function anonymiseExpired(deps: LedgerDeps, now: Date, before?: Date): Promise<number> {
  const cutoff = before ?? retentionCutoff(now, deps.config.RETENTION_YEARS, deps.calendar);
  const closed = or(inArray(disputes.status, ['resolved', 'escalated']), isNotNull(disputes.voidedAt));
  const ids = await deps.db.transaction(async (tx) => {
    const rows = await tx
      .update(disputes)
      .set({ parties: [], summary: ANONYMISED, anonymisedAt: now })
      .where(and(isNull(disputes.anonymisedAt), lt(disputes.updatedAt, cutoff), closed))
      .returning({ id: disputes.id });
    const done = rows.map((r) => r.id);
    if (done.length > 0) {
      await tx.update(disputeEvents).set({ note: null }).where(inArray(disputeEvents.disputeId, done));
      await tx.update(followups).set({ note: null }).where(inArray(followups.disputeId, done));
      await tx.insert(disputeEvents).values(done.map((id) => ({ disputeId: id, at: now, action: 'anonymise' as const })));
    }
    await tx.update(reports).set({ rawText: ANONYMISED }).where(lt(reports.createdAt, cutoff));
    return done;
  });
  deps.log.info({ count: ids.length }, 'disputes anonymised');
  return ids.length;
}
