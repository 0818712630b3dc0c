import type { Dispute } from './types.js';

// Numbers that identify a person: ID cards, mobiles (with or without +86 and separators), landlines,
// and any other long digit run (bank cards, licence numbers).
const NUMBERS = [
  /(?<!\d)\d{17}[\dXx](?!\d)/g,
  /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)/g,
  /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g,
  /\d{11,}/g,
];
const LABELS = '甲乙丙丁戊己庚辛';

/**
 * A case's summary as the admin group may read it (risk alerts, the weekly digest): the parties'
 * names become 当事人甲, 当事人乙 … and phone and ID numbers are taken out, so the group learns
 * what happened without learning who. Names stay in the ledger (#查, privately).
 *
 * groupSummary({ summary: '覃大勇借款三万元不还，电话13812345678', parties: ['覃大勇'] })
 *   → '当事人甲借款三万元不还，电话〔已隐去〕'
 */
export function groupSummary(d: Pick<Dispute, 'summary' | 'parties'>): string {
  let text = NUMBERS.reduce((t, re) => t.replace(re, '〔已隐去〕'), d.summary);
  const named = d.parties.map((p, i) => ({ name: p.trim(), label: `当事人${LABELS[i] ?? ''}` })).filter((p) => p.name.length >= 2);
  // Longest first, so that 张某某 is replaced before a shorter 张某 could cut it.
  for (const p of named.sort((a, b) => b.name.length - a.name.length)) text = text.split(p.name).join(p.label);
  return text;
}
