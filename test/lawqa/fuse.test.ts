import { describe, expect, it } from 'vitest';
import { colloquial, curatedList, curatedWeight, leadSpecific, promoteAgreeing, type RankedEntry } from '../../src/lawqa/curated.js';
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

const entry = (strength: number, docs: number[], specificity = 0.5): RankedEntry => ({
  entry: { id: 'family-001', topic: 'family', q: '问题问题', a: '回答回答回答回答回答', cites: [] },
  score: strength,
  strength,
  specificity,
  docs,
  citations: [],
});

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

describe('leadSpecific (an entry matched strongly and specifically leads with its first article)', () => {
  const fused = fuseRanks([list('words', [10, 11, 12])], 10);
  const rule = { strength: 0.6, specificity: 0.4, count: 1, margin: 0.95 };
  it.each<[string, RankedEntry[], number[]]>([
    ['no entry: the fused order stands', [], [10, 11, 12]],
    ['strong but one common word: the fused order stands', [entry(1.2, [99], 0.2)], [10, 11, 12]],
    ['specific but weak: the fused order stands', [entry(0.5, [99], 0.8)], [10, 11, 12]],
    ['strong and specific: its first article leads, even one the words missed', [entry(0.9, [99, 12], 0.6)], [99, 10, 11, 12]],
    ['an article already ranked moves up, not in twice', [entry(0.9, [12], 0.6)], [12, 10, 11]],
    ['a runner-up well behind does not stop it', [entry(0.9, [12], 0.6), entry(0.7, [11], 0.6)], [12, 10, 11]],
    ['a runner-up nearly tied on the same first article does not stop it', [entry(0.9, [12], 0.6), entry(0.88, [12, 11], 0.6)], [12, 10, 11]],
    ['a runner-up nearly tied on another first article: the fused order stands', [entry(0.9, [12], 0.6), entry(0.88, [11], 0.6)], [10, 11, 12]],
  ])('%s', (_name, entries, expected) => {
    expect(leadSpecific(fused, entries, rule).map((f) => f.doc)).toEqual(expected);
  });
});

describe('curatedList and curatedWeight (the entries\u2019 voice in the fusion)', () => {
  it.each<[string, RankedEntry[], number[]]>([
    ['no entry strong enough: nothing', [entry(0.2, [1])], []],
    ['the best entry\u2019s articles in its order', [entry(1, [3, 1])], [3, 1]],
    ['an article two close entries cite leads', [entry(1, [3, 1]), entry(0.9, [1])], [1, 3]],
    ['an entry far below the best does not vote', [entry(1, [3]), entry(0.5, [7])], [3]],
  ])('%s', (_name, entries, expected) => {
    expect(curatedList(entries, 0.3, 0.8, 0.85)).toEqual(expected);
  });

  it.each<[string, RankedEntry | undefined, number]>([
    ['no entry weighs nothing', undefined, 0],
    ['a strong match on one common word weighs little', entry(1, [1], 0.1), 1 / 3],
    ['at the reference it weighs the boost', entry(0.6, [1], 0.5), 1],
    ['a full match is capped', entry(1.5, [1], 1), 3],
  ])('%s', (_name, best, expected) => {
    expect(curatedWeight(best, 1, 0.3, 3)).toBeCloseTo(expected);
  });
});

describe('colloquial (a question in a resident\u2019s own words lets the curated list nearly decide)', () => {
  const rule = { strength: 0.6, specificity: 0.5, weight: 10 };
  it.each<[string, RankedEntry | undefined, boolean]>([
    ['no entry: the plain fusion', undefined, false],
    ['strong but sharing one common word with the entry (a formal question)', entry(1.2, [1], 0.2), false],
    ['specific but weak', entry(0.4, [1], 0.9), false],
    ['strong and most of the entry\u2019s own words', entry(0.8, [1], 0.6), true],
    ['exactly at both thresholds', entry(0.6, [1], 0.5), true],
  ])('%s', (_name, best, expected) => {
    expect(colloquial(best, rule)).toBe(expected);
  });
});
