import { describe, expect, it } from 'vitest';
import { createSegmenter } from '../../src/lawqa/segment.js';

describe('createSegmenter', () => {
  const seg = createSegmenter();

  it('gives search terms without single characters or stop words', () => {
    const terms = seg.terms('我的宅基地被人占了');
    expect(terms).toContain('宅基地');
    expect(terms).not.toContain('我');
    expect(terms).not.toContain('的');
  });

  it('gives every word of the precise cut, single characters included, for the precise list', () => {
    const words = seg.words('我的宅基地被人占了！');
    expect(words).toEqual(expect.arrayContaining(['我', '的', '宅基地', '占']));
    expect(words).not.toContain('！');
    // The precise cut does not add the shorter words inside a long one, as the search terms do.
    expect(words).not.toContain('基地');
  });
});
