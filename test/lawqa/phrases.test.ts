import { describe, expect, it } from 'vitest';
import { byPhrases, phrasesOf } from '../../src/lawqa/phrases.js';

// Every pair is rare except 的人 and 可以 (said everywhere), as in the statutes' pair index.
const idf = (pair: string): number => (['的人', '可以', '以要'].includes(pair) ? 1 : 5);
const rule = { length: 4, minIdf: 3 };

describe('phrasesOf', () => {
  it('takes every four-character run of Han text, weighted by its commonest pair', () => {
    expect([...phrasesOf('拖欠运费，怎么办', idf, rule).keys()]).toEqual(['拖欠运费']);
    expect(phrasesOf('拖欠运费', idf, rule).get('拖欠运费')).toBe(5);
  });

  it('drops phrases holding a pair that is said everywhere', () => {
    expect([...phrasesOf('租房的人拖欠运费', idf, rule).keys()]).toEqual(['人拖欠运', '拖欠运费']);
  });

  it('never joins characters across punctuation or letters', () => {
    expect(phrasesOf('拖欠，运费ab退还', idf, rule).size).toBe(0);
  });
});

describe('byPhrases', () => {
  const texts = ['承租人应当按照约定支付租金。', '托运人应当支付运费、保管费以及其他费用。', '承运人应当在约定期限内将货物运到。'];

  it('puts the article repeating the question\u2019s phrasing first and leaves out those repeating none', () => {
    const phrases = phrasesOf('寄东西的人不付保管费以及其他费用咋办', idf, rule);
    expect(byPhrases(phrases, [0, 2, 1], (d) => texts[d]!)).toEqual([1]);
  });

  it('is empty for a question without phrases', () => {
    expect(byPhrases(new Map(), [0, 1], (d) => texts[d]!)).toEqual([]);
  });
});
