import type { Dispute } from './types.js';
import { CATEGORY_LABELS, RISK_LABELS, STATUS_LABELS } from './vocabulary.js';

/** '2. SS-2026-0007｜邻里｜化解中｜风险：扬言上访｜…': one case in a numbered list (a receipt, a #纠纷 answer). */
export const caseListLine = (d: Dispute, i: number): string => {
  const risk = d.risks.length ? `｜风险：${d.risks.map((r) => RISK_LABELS[r]).join('、')}` : '';
  return `${i + 1}. ${d.code}｜${CATEGORY_LABELS[d.category]}｜${STATUS_LABELS[d.status]}${risk}｜${d.summary}`;
};
