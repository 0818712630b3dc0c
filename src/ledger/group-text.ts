import { maskPersonal } from '../kernel/mask.js';
import type { Dispute } from './types.js';

/**
 * A case's summary as the admin group may read it (risk alerts, the weekly digest): every person
 * named in it, parties first, becomes 当事人甲, 当事人乙 … and phone, ID and card numbers are taken
 * out, so the group learns what happened without learning who. Names stay in the ledger (#查, privately).
 *
 * groupSummary({ summary: '覃大勇借款三万元不还，电话13812345678', parties: ['覃大勇'] })
 *   → '当事人甲借款三万元不还，电话〔已隐去〕'
 */
export function groupSummary(d: Pick<Dispute, 'summary' | 'parties'>): string {
  return maskPersonal(d.summary, { parties: d.parties }).text;
}
