import { describe, expect, it } from 'vitest';
import { promoteAgreeing, type RankedEntry } from '../../src/lawqa/curated.js';
import { fuseRanks, topIndexes, type RankedList } from '../../src/lawqa/fuse.js';

const list = (name: string, docs: number[], weight = 1): RankedList => ({ name, docs, weight });
const order = (lists: RankedList[], k = 10): number[] => fuseRanks(lists, k).map((f) => f.doc);

describe('fuseRanks (reciprocal-rank fusion)', () => {
  it.each<[string, RankedList[], number[]]>([
    ['one list keeps its order', [list('words', [4, 2, 9])], [4, 2, 9]],
    ['a document high in two lists leads', [list('words', [1, 2, 3]), list('expanded', [3, 2, 1]), list('grams', [2])], [2, 1, 3]],
    ['a light list only breaks near-ties', [list('words', [5, 6]), list('curated', [6], 0.1)], [6, 5]],
    ['a light list cannot lift a document past a clear lead', [list('words', [5, 6, 7]), list('expanded', [5, 6, 7]), list('curated', [7], 0.1)], [5, 6, 7]],
    ['a list of its own cannot bring a document above two agreeing lists', [list('words', [1]), list('expanded', [1]), list('curated', [8])], [1, 8]],
    ['ties go to the earlier article, whatever the list order', [list('a', [7]), list('b', [3])], [3, 7]],
    ['empty lists change nothing', [list('words', [2, 1]), list('curated', [])], [2, 1]],
  ])('%s', (_name, lists, expected) => {
    expect(order(lists)).toEqual(expected);
  });

  it('records each document\u2019s place in every list it is in', () => {
    const [first] = fuseRanks([list('words', [3, 1]), list('grams', [1])], 10);
    expect(first).toMatchObject({ doc: 1, ranks: { words: 2, grams: 1 } });
  });

  it('takes the k best positive scores, ties by position', () => {
    expect(topIndexes([0, 3, 1, 3, 0.5], 3)).toEqual([1, 3, 2]);
    expect(topIndexes([0, 0], 3)).toEqual([]);
  });
});

const entry = (strength: number, docs: number[]): RankedEntry =>
  ({ entry: { id: 'family-001', topic: 'family', q: '问题问题', a: '回答回答回答回答回答', cites: [] }, score: strength, strength, docs, citations: [] });

describe('promoteAgreeing (a curated entry speaks only when strong and already near the top)', () => {
  const fused = fuseRanks([list('words', [10, 11, 12, 13, 14, 15, 16])], 10);
  it.each<[string, RankedEntry | undefined, number[]]>([
    ['no entry: the fused order stands', undefined, [10, 11, 12, 13, 14, 15, 16]],
    ['a weak entry: the fused order stands', entry(0.5, [13]), [10, 11, 12, 13, 14, 15, 16]],
    ['a strong entry whose article is in the top 5 moves it to the front', entry(1.2, [13]), [13, 10, 11, 12, 14, 15, 16]],
    ['it keeps the entry\u2019s own order for several articles', entry(1.2, [12, 11]), [12, 11, 10, 13, 14, 15, 16]],
    ['an article below the top 5 is not brought up', entry(1.2, [16]), [10, 11, 12, 13, 14, 15, 16]],
    ['an article the ranking never found is never brought in', entry(1.2, [99, 14]), [14, 10, 11, 12, 13, 15, 16]],
  ])('%s', (_name, best, expected) => {
    expect(promoteAgreeing(fused, best, 0.8, 5).map((f) => f.doc)).toEqual(expected);
  });
});
