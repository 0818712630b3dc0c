import { caseListLine, type Dispute } from '../ledger/index.js';
import { errorLines } from '../grammar/messages.js';
import { TEMPLATE_EXAMPLE } from '../grammar/teach.js';
import { DISPUTE_LINE_TEMPLATE } from '../grammar/template.js';
import type { ReportError } from '../grammar/types.js';

/**
 * What the bot answers to a report. Details (parties, summaries) go only into private answers;
 * a group hears that the report arrived and how many disputes it had, never what they are.
 */
export interface Stored {
  /** '上司村三组' */
  grid: string;
  week: string;
  /** The report counts for an earlier week than the one it was sent in (sent late, before the digest). */
  late: boolean;
  households: number;
  nil: boolean;
  disputes: readonly Dispute[];
  revision: number;
  voided: readonly string[];
  followupDays: number;
  /** Read from plain words: the receipt then ends with what was read and how to correct it instead. */
  spoken?: boolean;
}

/** What happens next, one line each, only for what the report contains. */
function nextSteps(s: Stored): string[] {
  const open = s.disputes.filter((d) => d.status === 'pending' || d.status === 'in_progress');
  const out: string[] = [];
  if (s.disputes.some((d) => d.risks.length > 0)) out.push('有风险的纠纷已报镇综治中心，请做好稳控。');
  if (open.length) out.push(`未化解的 ${open.length} 件请继续跟进，有进展发：#进展 ${open[0]!.code} 已化解 方式:人民调解`);
  if (s.disputes.some((d) => d.status === 'resolved')) out.push(`已化解的，${s.followupDays} 天后我会提醒您回访。`);
  if (!s.spoken) out.push('如需更正，直接重发整份周报即可，以最后一份为准。');
  return out;
}

/** The full confirmation, for a private chat. */
export function confirmation(s: Stored): string {
  const head = `已收到${s.grid}${s.week}周报${s.revision > 1 ? `（更正版，已替换第${s.revision - 1}版）` : ''}${s.late ? '（截止后补报）' : ''}：`;
  const lines = [head, `排查户数：${s.households}户`];
  if (s.nil) lines.push('本周无矛盾纠纷。');
  else lines.push(`纠纷：${s.disputes.length}件`, ...s.disputes.map(caseListLine));
  if (s.voided.length) lines.push(`更正后不再列出、已作废：${s.voided.join('、')}`);
  lines.push(...nextSteps(s));
  return lines.join('\n');
}

/** The group's answer: receipt only, details privately. */
export function groupReceipt(s: Pick<Stored, 'grid' | 'households' | 'nil' | 'disputes'>): string {
  // A nil report has no details and no codes: promising them would send the worker looking.
  if (s.nil) return `收到${s.grid}周报（排查${s.households}户，本周无矛盾纠纷）。回执已私聊发您。`;
  return `收到${s.grid}周报（排查${s.households}户，纠纷${s.disputes.length}件）。纠纷详情和编号已私聊发您，后续请在私聊中办理。`;
}

/** The parser's errors with the expected form; the wording never repeats what was written. */
export function errorReply(errors: readonly ReportError[]): string {
  return [`周报还不能保存，有${errors.length}处要改：`, ...errorLines(errors), '改好后请整份重发，格式如下：', TEMPLATE_EXAMPLE].join('\n');
}
