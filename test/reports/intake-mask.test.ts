import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pseudonymise } from '../../src/reports/free-text/pseudonym.js';

describe('pseudonymise (before free text goes to a model)', () => {
  it.each([
    ['当事人:王小明、赵刚;事由:地界不清', ['王小明', '赵刚']],
    ['双方：欧阳娜娜和孙红', ['欧阳娜娜', '孙红']],
    ['张三和李四因为排水沟吵架', ['张三', '李四']],
    ['王小明与赵刚争地界', ['王小明', '赵刚']],
    ['村民覃大勇扬言上访', ['覃大勇']],
    ['张某某与李某借款纠纷', ['张某某', '李某']],
  ])('hides the names in %s', (text, names) => {
    const m = pseudonymise(text);
    for (const n of names) expect(m.text).not.toContain(n);
    expect(m.text).toMatch(/〔人1〕/);
    expect(m.restore(m.text)).toBe(text);
  });

  it.each([
    ['电话13812345678', '13812345678'],
    ['手机 138-1234-5678 联系', '138-1234-5678'],
    ['座机0854-3221234', '0854-3221234'],
    ['身份证52272619800101123X', '52272619800101123X'],
  ])('hides the number in %s', (text, secret) => {
    const m = pseudonymise(text);
    expect(m.text).not.toContain(secret);
    expect(m.text).toContain('〔电话1〕');
    expect(m.restore(m.text)).toBe(text);
  });

  it('hides names the caller knows (roster members) wherever they appear', () => {
    const m = pseudonymise('今天去了杨光荣家里，杨光荣说没事', ['杨光荣', '无关的人']);
    expect(m.text).toBe('今天去了〔人1〕家里，〔人1〕说没事');
  });

  it('restores placeholders inside what the model writes back', () => {
    const m = pseudonymise('张三和李四吵架，电话13812345678');
    const back = m.restore('〔人2〕与〔人1〕争吵，联系〔电话1〕，〔人9〕');
    expect(back).toBe('李四与张三争吵，联系13812345678，〔人9〕');
  });

  it('leaves text without names or numbers as it is', () => {
    expect(pseudonymise('本周走访72户，无矛盾纠纷').text).toBe('本周走访72户，无矛盾纠纷');
  });

  it('never throws and always round-trips', () => {
    const name = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('人1', '电话', '话1', '张三', '李四'));
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.array(fc.constantFrom('张三', '和', '李四', '电话', '13812345678', '人1', '，'), { maxLength: 20 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, fc.array(name, { maxLength: 5 }), (text, known) => {
        fc.pre(!text.includes('〔'));
        const m = pseudonymise(text, known);
        expect(m.restore(m.text)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
