import { describe, expect, it } from 'vitest';
import { buildBm25 } from '../../src/lawqa/bm25.js';

const docs = [
  { terms: ['离婚', '调解', '离婚'], group: 0 },
  { terms: ['借款', '利息'], group: 0 },
  { terms: ['离婚', '彩礼', '返还', '习俗', '给付', '数额', '过高'], group: 0 },
  { terms: ['彩礼'], group: 1 },
];

describe('buildBm25', () => {
  const index = buildBm25(docs);

  it('scores documents holding the query terms and leaves the rest at zero', () => {
    const s = index.score([{ term: '借款', weight: 1 }]);
    expect(s[1]).toBeGreaterThan(0);
    expect([s[0], s[2], s[3]]).toEqual([0, 0, 0]);
  });

  it('ranks repeated terms and shorter documents higher, rare terms above common ones', () => {
    const s = index.score([{ term: '离婚', weight: 1 }]);
    expect(s[0]).toBeGreaterThan(s[2]!);
    expect(index.idf('借款')).toBeGreaterThan(index.idf('离婚'));
    expect(index.idf('不存在')).toBe(0);
  });

  it('scales with the query weight', () => {
    const one = index.score([{ term: '彩礼', weight: 1 }]);
    const half = index.score([{ term: '彩礼', weight: 0.5 }]);
    expect(half[2]).toBeCloseTo(one[2]! / 2);
  });

  it('normalises length within a group only', () => {
    // Document 3 is the only one in its group: it is of average length there, however short.
    const s = index.score([{ term: '彩礼', weight: 1 }]);
    const alone = buildBm25([{ terms: ['彩礼'], group: 0 }, ...docs.slice(0, 3)]).score([{ term: '彩礼', weight: 1 }]);
    expect(s[3]).toBeLessThan(alone[0]!);
  });
});
