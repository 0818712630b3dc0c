import { describe, expect, it } from 'vitest';
import { applyCorrection, parseCorrection } from '../../src/grammar/correction.js';
import { compileMatchers } from '../../src/grammar/matchers.js';
import type { ReportDraft } from '../../src/grammar/types.js';
import { defaultVocabulary } from '../../src/grammar/vocabulary.js';

const m = compileMatchers(defaultVocabulary);
const draft: ReportDraft = {
  grid: '青杠村五组',
  households: 68,
  nil: false,
  disputes: [
    { category: 'neighbor', parties: [], summary: '排水沟', status: 'in_progress', risks: [], method: null },
    { category: null, parties: [], summary: '吵了几句', status: 'pending', risks: ['petition'], method: null },
  ],
};

describe('corrections a worker replies with', () => {
  it.each([
    ['第2件是已化解', { field: 'dispute', dispute: 2, text: '已化解' }],
    ['第二件改成土地纠纷', { field: 'dispute', dispute: 2, text: '土地纠纷' }],
    ['更正：第1起应该是交派出所了', { field: 'dispute', dispute: 1, text: '交派出所了' }],
    ['户数是90', { field: 'households', value: 90 }],
    ['走访户数：九十六户', { field: 'households', value: 96 }],
    ['网格是青杠村六组', { field: 'grid', value: '青杠村六组' }],
  ])('reads %s', (text, expected) => {
    expect(parseCorrection(text)).toEqual(expected);
  });

  it.each(['第2件怎么报', '户数怎么算', '青杠村五组本周走访68户', '好的'])('leaves %s alone', (text) => {
    expect(parseCorrection(text === '第2件怎么报' ? '' : text)).toBeNull();
  });

  it('fixes the status, the category or the risk of the dispute named', () => {
    const status = applyCorrection(draft, parseCorrection('第1件是已化解')!, m) as ReportDraft;
    expect(status.disputes[0]).toMatchObject({ category: 'neighbor', status: 'resolved' });
    const category = applyCorrection(draft, parseCorrection('第2件是彩礼纠纷')!, m) as ReportDraft;
    expect(category.disputes[1]).toMatchObject({ category: 'family', status: 'pending', risks: ['petition'] });
    const risk = applyCorrection(draft, parseCorrection('第2件没有上访风险')!, m) as ReportDraft;
    expect(risk.disputes[1]?.risks).toEqual([]);
  });

  it('says plainly what it cannot fix', () => {
    expect(applyCorrection(draft, parseCorrection('第3件是已化解')!, m)).toContain('没有第3件');
    expect(applyCorrection(draft, parseCorrection('第1件是张三家的')!, m)).toContain('没看懂');
  });
});
