import type { LedgerDeps } from './deps.js';
import { notifyAdmins } from '../roster/admin-group.js';
import { groupSummary } from './group-text.js';
import { namesFor } from './repo.js';
import type { Dispute } from './types.js';
import { CATEGORY_LABELS, RISK_LABELS, STATUS_LABELS } from './vocabulary.js';

/**
 * The admin group is township staff, so the alert carries what they must act on: grid, code,
 * category, summary, reporter. Party names and phone numbers stay in the ledger (#查), by data
 * minimisation: the summary is shown with them taken out.
 */
export function riskAlertText(d: Dispute, names: { grid: string; village: string; reporter: string }): string {
  return [
    `【风险预警】${d.risks.map((r) => RISK_LABELS[r]).join('、')}`,
    `编号：${d.code}`,
    `网格：${names.village}${names.grid}`,
    `类型：${CATEGORY_LABELS[d.category]}（${STATUS_LABELS[d.status]}）`,
    `事由：${groupSummary(d)}`,
    `报送人：${names.reporter}`,
    '请及时研判，落实稳控措施。',
  ].join('\n');
}

/**
 * Announces every flagged case to the admin group at once, ahead of routine posts. Safe to call
 * again: the key holds the code and its risks, so only a newly added risk is announced anew.
 */
export async function announceRisks(deps: LedgerDeps, disputes: readonly Dispute[]): Promise<number> {
  let sent = 0;
  for (const d of disputes) {
    if (d.risks.length === 0 || d.voidedAt !== null) continue;
    const { place, reporter } = await namesFor(deps.db, d);
    const text = riskAlertText(d, { grid: place?.grid ?? '', village: place?.village ?? '', reporter });
    const key = `risk-alert:${d.code}:${[...d.risks].sort().join(',')}`;
    await notifyAdmins(deps.db, deps.outbox, { purpose: 'risk-alert', priority: 'alert', text, key });
    deps.log.info({ code: d.code, risks: d.risks }, 'risk alert queued');
    sent++;
  }
  return sent;
}
