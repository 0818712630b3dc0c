import { describe, expect, it } from 'vitest';
import { cleanQuestion, matchText } from '../../src/lawqa/clean.js';

describe('matchText', () => {
  it.each([
    ['走了几十年了，他砌墙堵死不让过', '几十年'],
    ['为地边吵了好几年', '好几年'],
    ['喝了酒就打我，打了好几回', '好几回'],
    ['十几天没回家了', '十几天'],
    ['工钱拖了两三个月', '两三个月'],
    ['在这住了十来年', '十来年'],
    ['为田埂吵了好多年', '好多年'],
  ])('drops the vague count in %s', (text, vague) => {
    expect(matchText(cleanQuestion(text))).not.toContain(vague);
  });

  it.each(['借钱三年了还能告吗', '承包期三十年到了', '判了十年'])('keeps a definite period in %s', (text) => {
    expect(matchText(text)).toBe(text);
  });

  it.each([
    ['要不要办啥子手续', '要办啥子手续'],
    ['这个算不算违法', '这个算违法'],
    ['他赔不赔', '他赔'],
    ['可不可以退', '可以退'],
    ['有没有用', '有用'],
  ])('keeps only A of a yes-no A不A question: %s → %s', (text, kept) => {
    expect(matchText(text)).toBe(kept);
  });

  it('leaves a plain negation alone', () => {
    expect(matchText('我不同意，他不要紧')).toBe('我不同意，他不要紧');
  });

  it('leaves the words around a vague count apart, so no new word forms across it', () => {
    expect(matchText('走了几十年的小路')).toBe('走了，的小路');
  });
});
