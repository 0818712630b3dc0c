import { caseListLine, type Dispute } from '../ledger/index.js';
import { errorLines } from '../grammar/messages.js';
import { DISPUTE_LINE_TEMPLATE } from '../grammar/template.js';
import type { ReportError } from '../grammar/types.js';

/** A single `#纠纷` saved. */
export function disputeSaved(d: Dispute, grid: string): string {
  const lines = [`已登记${grid}纠纷：`, caseListLine(d, 0).replace(/^1\. /, '')];
  if (d.risks.length) lines.push('有风险，已报镇综治中心，请做好稳控。');
  if (d.status === 'pending' || d.status === 'in_progress') lines.push(`有进展请发：#进展 ${d.code} 已化解 方式:人民调解`);
  return lines.join('\n');
}

export const disputeSavedInGroup = (d: Dispute): string => `已登记，编号 ${d.code}。详情已私聊发您，后续请在私聊中办理。`;

export const DISPUTE_USAGE = DISPUTE_LINE_TEMPLATE;

export function disputeErrors(errors: readonly ReportError[]): string {
  return [`这起纠纷还不能登记：`, ...errorLines(errors), `请这样写：${DISPUTE_USAGE}`].join('\n');
}
