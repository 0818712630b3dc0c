import { describe, expect, it } from 'vitest';
import { ASKS_WHAT, buildDefinitions, definitionsOf } from '../../src/lawqa/defines.js';

// Article texts in the statutes' manner; the questions below are in no development set.
const ARTICLES = [
  { text: '租赁合同是出租人将租赁物交付承租人使用、收益，承租人支付租金的合同。' },
  { text: '本法所称承包方，是指承包土地的农户。' },
  { text: '当事人在保证合同中约定保证人和债务人对债务承担连带责任的，为连带责任保证。' },
  { text: '出租人应当履行租赁物的维修义务，但是当事人另有约定的除外。' },
  { text: '当事人应当按照约定的目的使用财产，不得擅自改变合同的用途。' },
];

describe('definitionsOf', () => {
  it.each<[number, string[]]>([
    [0, ['租赁合同']],
    [1, ['承包方']],
    [2, ['连带责任保证']],
    [3, []],
  ])('article %i defines %j', (i, expected) => {
    expect(definitionsOf(ARTICLES[i]!)).toEqual(expected);
  });
});

describe('buildDefinitions', () => {
  const lookup = buildDefinitions(ARTICLES);

  it.each<[string, number[]]>([
    ['把房子借给亲戚住几年，收点钱，算不算租赁？', [0]],
    ['我在借条上签了字，这属于连带责任保证吗', [2]],
    ['进城落户以后，还算不算承包方', [1]],
  ])('finds the defining article for %s', (q, expected) => {
    expect(ASKS_WHAT.test(q)).toBe(true);
    expect(lookup(q)).toEqual(expected);
  });

  it('ignores two-character catches from running text (目的, 合同)', () => {
    expect(lookup('这个合同的目的是什么')).toEqual([]);
  });

  it('does not treat an ordinary question as asking what a thing is', () => {
    expect(ASKS_WHAT.test('房东不修漏水的屋顶，我能少交房租吗')).toBe(false);
  });
});
