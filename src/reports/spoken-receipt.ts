import { CATEGORY_LABELS, RISK_LABELS, STATUS_LABELS } from '../ledger/index.js';
import type { DisputeDraft, ReportDraft } from '../grammar/types.js';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';

const disputeWords = (d: DisputeDraft, i: number): string =>
  [
    `${CIRCLED[i] ?? `${i + 1}.`}${d.category ? CATEGORY_LABELS[d.category] : '类型?'}·${STATUS_LABELS[d.status]}`,
    ...(d.risks.length ? [`风险:${d.risks.map((r) => RISK_LABELS[r]).join('、')}`] : []),
  ].join('·');

/**
 * What was read from a report said in plain words, in two or three short lines, for the worker to
 * check: grid and households, each dispute's category, status and risk, and how to correct.
 */
export function understoodLines(d: ReportDraft): string[] {
  const head = `我读到的是：${d.grid ?? '网格?'}，走访${d.households ?? '?'}户，${d.nil ? '本周无矛盾纠纷' : `纠纷${d.disputes.length}件`}`;
  const lines = [head];
  if (!d.nil && d.disputes.length) lines.push(d.disputes.map(disputeWords).join(' '));
  lines.push('读错了请直接回复更正，如：第1件是已化解、户数是90；也可整份重发。');
  return lines;
}
