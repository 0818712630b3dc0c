import type { DisputeDeps } from './deps.js';
import { notifyAdmins } from '../roster/admin-group.js';
import { groupSummary } from '../ledger/group-text.js';
import type { CaseRow } from './jobs.js';
import { CATEGORY_LABELS, RISK_LABELS } from '../ledger/vocabulary.js';

/**
 * A flagged case (命案风险, 群体性事件, 扬言上访 …) past its deadline cannot wait for Monday's digest:
 * the admin group hears of it the day it falls overdue and each day after, until it is closed.
 * Parties are never named (the admin group is a group).
 */
export async function alertOverdueRisks(deps: DisputeDeps, rows: readonly CaseRow[], now: Date): Promise<number> {
  const cal = deps.calendar;
  const day = cal.formatDate(now);
  const risky = rows.filter((r) => r.dispute.risks.length > 0);
  for (const r of risky) {
    const d = r.dispute;
    const text = [
      `【高风险逾期】${d.code} ${r.village}${r.grid} ${d.risks.map((k) => RISK_LABELS[k]).join('、')}｜${CATEGORY_LABELS[d.category]}`,
      `时限 ${d.deadline ? cal.formatDate(d.deadline) : '—'} 已过，责任人 ${r.assignee ?? '—'}，请督办。`,
      `事由：${groupSummary(d)}`,
    ].join('\n');
    await notifyAdmins(deps.db, deps.outbox, { purpose: 'dispute-overdue-risk', priority: 'reply', text, key: `dispute-overdue-risk:${d.code}:${day}` });
  }
  return risky.length;
}
