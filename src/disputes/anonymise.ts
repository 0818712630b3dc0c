import { and, inArray, isNull, lt } from 'drizzle-orm';
import type { AppDeps } from '../app-deps.js';
import { fromLocal, localParts } from '../core/time.js';
import type { Db } from '../db/client.js';
import { disputeEvents, disputes, followups, reports } from '../db/schema.js';

export const ANONYMISED = '（已匿名）';

/**
 * Retention (RETENTION_YEARS): closed cases registered longer ago lose their personal details
 * (parties, summary, free-text notes) and old reports their raw text; codes, categories, statuses
 * and dates stay, so statistics do not change. Returns how many cases were anonymised.
 */
export async function anonymiseExpired(deps: AppDeps, now: Date): Promise<number> {
  const tz = deps.config.TZ;
  const p = localParts(now, tz);
  const cutoff = fromLocal({ year: p.year - deps.config.RETENTION_YEARS, month: p.month, day: p.day }, tz);
  const ids = await deps.db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const rows = await tx.update(disputes)
      .set({ parties: [], summary: ANONYMISED, anonymisedAt: now })
      .where(and(isNull(disputes.anonymisedAt), lt(disputes.createdAt, cutoff), inArray(disputes.status, ['resolved', 'escalated'])))
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
