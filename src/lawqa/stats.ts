import type { QaRow } from './repo-qa.js';

export interface QaStats {
  /** Questions answered (declines included, limit notices not). */
  asked: number;
  askers: number;
  /** In-scope questions by category, most asked first. */
  byCategory: [string, number][];
  outOfScope: number;
  urgent: number;
  /** Answers written by the LLM (the rest come from retrieval). */
  llm: number;
  helpful: number;
  unhelpful: number;
  mediations: number;
  /** Times someone hit the hourly limit. */
  limited: number;
}

const CATEGORY_ORDER = ['家庭婚恋', '邻里', '山林土地水事', '经济', '其他'];

/** Counts over qa_log rows; pure. */
export function computeQaStats(rows: readonly Pick<QaRow, 'memberId' | 'category' | 'outOfScope' | 'urgent' | 'mode' | 'helpful' | 'disputeId'>[]): QaStats {
  const answered = rows.filter((r) => r.mode !== 'limited');
  const counts = new Map<string, number>();
  for (const r of answered) {
    if (r.outOfScope) continue;
    const c = r.category ?? '其他';
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const rank = (c: string) => CATEGORY_ORDER.indexOf(c) + 1 || CATEGORY_ORDER.length + 1;
  return {
    asked: answered.length,
    askers: new Set(answered.map((r) => r.memberId)).size,
    byCategory: [...counts].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0])),
    outOfScope: answered.filter((r) => r.outOfScope).length,
    urgent: answered.filter((r) => r.urgent).length,
    llm: answered.filter((r) => r.mode === 'llm').length,
    helpful: answered.filter((r) => r.helpful === true).length,
    unhelpful: answered.filter((r) => r.helpful === false).length,
    mediations: answered.filter((r) => r.disputeId !== null).length,
    limited: rows.length - answered.length,
  };
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${Math.round((n / d) * 100)}%`);

/** The `#问答 统计` reply. */
export function qaStatsText(s: QaStats, periodLabel: string): string {
  if (s.asked === 0) return `法律问答统计（${periodLabel}）：还没有人提问。`;
  const rated = s.helpful + s.unhelpful;
  return [
    `法律问答统计（${periodLabel}）`,
    `提问 ${s.asked} 次，${s.askers} 人`,
    `分类：${s.byCategory.length ? s.byCategory.map(([c, n]) => `${c} ${n}`).join('，') : '无'}`,
    `超出范围 ${s.outOfScope} 次（占 ${pct(s.outOfScope, s.asked)}）`,
    `紧急求助 ${s.urgent} 次`,
    `评价：有用 ${s.helpful}，没用 ${s.unhelpful}${rated ? `（有用率 ${pct(s.helpful, rated)}）` : ''}`,
    `转网格员调解 ${s.mediations} 件`,
    ...(s.llm ? [`大模型作答 ${s.llm} 次`] : []),
    ...(s.limited ? [`超过每小时提问上限 ${s.limited} 次`] : []),
  ].join('\n');
}
