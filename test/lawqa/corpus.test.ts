import { describe, expect, it } from 'vitest';
import { articleGrams } from '../../src/lawqa/corpus.js';
import type { Article } from '../../src/lawqa/statutes.js';

const article: Article = { law: '中华人民共和国民法典', article: 1079, sub: null, chapter: '婚姻家庭编 › 第四章 离婚', text: '感情破裂' };
const count = (terms: readonly string[], t: string): number => terms.filter((x) => x === t).length;

describe('articleGrams', () => {
  it("adds the headings' and the short title's character pairs the given number of times", () => {
    const { terms } = articleGrams(article, 2);
    expect(count(terms, '感情')).toBe(1);
    expect(count(terms, '离婚')).toBe(2);
    expect(count(terms, '法典')).toBe(2);
  });

  it('leaves out the ordinals and the country prefix, which name no topic', () => {
    const { terms } = articleGrams(article, 1);
    expect(terms).not.toContain('第四');
    expect(terms).not.toContain('中华');
  });

  it('is the text alone at weight 0', () => {
    expect(articleGrams(article, 0).terms).toEqual(['感情', '情破', '破裂']);
  });
});
