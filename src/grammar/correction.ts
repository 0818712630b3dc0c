import { parseChineseInt } from '../kernel/cnnum.js';
import { readNumber, readRisks, readStatus } from './fields.js';
import type { Matchers } from './matchers.js';
import { foldForMatching, toHalfWidthAlnum } from './normalize.js';
import { REPORT_LIMITS } from './limits.js';
import type { ReportDraft } from './types.js';

/** One fix a worker sends after a spoken report's receipt: 第2件是已化解, 户数是90, 网格是上司村三组. */
export type Correction = { field: 'households'; value: number } | { field: 'grid'; value: string } | { field: 'dispute'; dispute: number; text: string };

const SAYS = '(?:是|改为|改成|应该是|应为|为|:|=)?\\s*';
const LEAD = '^(?:更正|改一下|纠正|改)?[\\s:,]*';
const DISPUTE = new RegExp(`${LEAD}第\\s*(\\d{1,2}|[一二两三四五六七八九十]{1,3})\\s*(?:件|起|个|条)(?:纠纷)?\\s*${SAYS}(.{1,30})$`, 'u');
const HOUSEHOLDS = new RegExp(`${LEAD}(?:排查|走访)?户数\\s*${SAYS}(\\d{1,6}|[零〇一二两三四五六七八九十百千]{1,8})\\s*户?[。.!]?$`, 'u');
const GRID = new RegExp(`${LEAD}网格\\s*${SAYS}(\\S{2,20})$`, 'u');

/** A correction, or null when the message is something else. */
export function parseCorrection(text: string): Correction | null {
  const t = toHalfWidthAlnum(foldForMatching(text)).trim();
  const d = DISPUTE.exec(t);
  const n = d?.[1] ? parseChineseInt(d[1]) : null;
  if (d?.[2] && n !== null) return { field: 'dispute', dispute: n, text: d[2] };
  const h = HOUSEHOLDS.exec(t);
  const value = h?.[1] ? readNumber(h[1]) : null;
  if (value !== null && value <= REPORT_LIMITS.households) return { field: 'households', value };
  const g = GRID.exec(t);
  return g?.[1] ? { field: 'grid', value: g[1] } : null;
}

/**
 * The draft with the fix applied; a string says what could not be fixed. A dispute's fix may name
 * its status (已化解), its category (土地纠纷) or its risk (没有风险 / 扬言上访).
 */
export function applyCorrection(draft: ReportDraft, c: Correction, m: Matchers): ReportDraft | string {
  if (c.field === 'households') return { ...draft, households: c.value };
  if (c.field === 'grid') return { ...draft, grid: c.value };
  const target = draft.disputes[c.dispute - 1];
  if (!target) return `这份周报只有${draft.disputes.length}件纠纷，没有第${c.dispute}件。`;
  const folded = foldForMatching(c.text);
  m.categories.re.lastIndex = 0;
  const word = m.categories.re.exec(folded)?.[0];
  m.statuses.re.lastIndex = 0;
  const saysStatus = m.statuses.re.test(folded) || m.escalationBody.test(folded);
  const saysRisk = /风险|扬言|上访|信访|聚集|堵路|自杀|杀|砍/u.test(folded);
  if (!word && !saysStatus && !saysRisk) return `没看懂“${c.text}”，请写成：第${c.dispute}件是已化解，或：第${c.dispute}件是土地纠纷。`;
  const fixed = {
    ...target,
    category: word ? (m.categories.labels.get(word) ?? target.category) : target.category,
    status: saysStatus ? readStatus(folded, m) : target.status,
    risks: saysRisk ? readRisks(folded, m) : target.risks,
  };
  return { ...draft, disputes: draft.disputes.map((d, i) => (i === c.dispute - 1 ? fixed : d)) };
}
