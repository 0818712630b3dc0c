import { describe, expect, it } from 'vitest';
import { computeQaStats, qaStatsText } from '../../src/lawqa/stats.js';

type Row = Parameters<typeof computeQaStats>[0][number];
const row = (memberId: number, extra: Partial<Row> = {}): Row => ({
  memberId,
  category: '邻里',
  outOfScope: false,
  urgent: false,
  mode: 'retrieval',
  helpful: null,
  disputeId: null,
  ...extra,
});

describe('computeQaStats', () => {
  const rows = [
    row(1, { category: '家庭婚恋', helpful: true }),
    row(1, { category: '家庭婚恋', urgent: true }),
    row(2, { helpful: false, disputeId: 7 }),
    row(2, { category: null, outOfScope: true }),
    row(3, { mode: 'llm', category: '经济', helpful: true }),
    row(3, { mode: 'limited', category: null }),
  ];
  const s = computeQaStats(rows);

  it('counts questions and askers, leaving limit notices out', () => {
    expect([s.asked, s.askers, s.limited]).toEqual([5, 3, 1]);
  });

  it('counts categories of in-scope questions, most asked first', () => {
    expect(s.byCategory).toEqual([
      ['家庭婚恋', 2],
      ['邻里', 1],
      ['经济', 1],
    ]);
  });

  it('counts out of scope, urgent, LLM answers, helpfulness and mediations', () => {
    expect([s.outOfScope, s.urgent, s.llm, s.helpful, s.unhelpful, s.mediations]).toEqual([1, 1, 1, 2, 1, 1]);
  });

  it('reads as a short Chinese summary', () => {
    const text = qaStatsText(s, '本月');
    expect(text).toContain('法律问答统计（本月）');
    expect(text).toContain('提问 5 次，3 人');
    expect(text).toContain('分类：家庭婚恋 2，邻里 1，经济 1');
    expect(text).toContain('超出范围 1 次（占 20%）');
    expect(text).toContain('有用 2，没用 1（有用率 67%）');
    expect(text).toContain('超过每小时提问上限 1 次');
    expect(qaStatsText(computeQaStats([]), '本周')).toBe('法律问答统计（本周）：还没有人提问。');
  });
});
