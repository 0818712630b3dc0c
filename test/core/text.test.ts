import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternation, foldFullWidth, normaliseInput } from '../../src/kernel/text.js';

describe('normaliseInput: what a message says before routing and parsing', () => {
  it.each([
    ['\u200b#帮助', '#帮助'],
    ['#成员\u200b列表', '#成员列表'],
    ['\ufeff#查 SS-2026-0001', '#查 SS-2026-0001'],
    ['＃进展　ＳＳ－２０２６－０００１ 已化解', '#进展 SS-2026-0001 已化解'],
    ['上司村３组\u200d\u200c排查７２户', '上司村3组排查72户'],
    ['\u202e#台账\u202c 导出', '#台账 导出'],
    ['软\u00ad连字符和\u2060词连接\u2063', '软连字符和词连接'],
    ['爱心❤\ufe0f捐款', '爱心❤捐款'],
    ['张三，李四：吵架；（已化解）！？', '张三，李四：吵架；（已化解）！？'],
    ['电话：１３８ １２３４ ５６７８', '电话：138 1234 5678'],
  ])('%j → %j', (typed, seen) => {
    expect(normaliseInput(typed)).toBe(seen);
  });

  it('folds every full-width ASCII form for matching, punctuation too', () => {
    expect(foldFullWidth('Ａｂ１＃，（）　')).toBe('Ab1#,() ');
  });

  it('never leaves an invisible character or a full-width letter or digit', () => {
    const invisible = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\u2064', '\ufeff', '\u00ad', '\u202a', '\u2066', '\ufe0f');
    const piece = fc.oneof(fc.string({ maxLength: 5 }), invisible, fc.constantFrom('Ａ', '９', '＃', '　'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const out = normaliseInput(parts.join(''));
        expect(out).not.toMatch(/[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u202a-\u202e\u2066-\u2069\ufe00-\ufe0f\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000]/u);
      }),
    );
  });
});

describe('alternation: words as one regex group, longest first', () => {
  it.each([
    // [words, text, what the group matches first]
    [['早', '早上', '早晨'], '早上八点开会', '早上'],
    [['情况', '简要情况'], '简要情况:邻里吵架', '简要情况'],
    [['下周', '下下周', '下周'], '下下周三前办结', '下下周'],
    [['1+1', '(急)', 'a.b', 'x/y'], '备注(急)请尽快', '(急)'],
    [['', '村', '村委'], '找村委会', '村委'],
  ] as [string[], string, string][])('%j in 「%s」 finds %s', (words, text, found) => {
    for (const flags of ['', 'u']) expect(new RegExp(alternation(words), flags).exec(text)?.[0]).toBe(found);
  });

  it('is one group, so a quantifier or a neighbour applies to the whole', () => {
    expect(alternation(['早', '早上'])).toBe('(?:早上|早)');
    expect(new RegExp(`^${alternation(['本周', '这周'])}?无纠纷$`, 'u').test('无纠纷')).toBe(true);
  });

  it('takes any word literally, in unicode mode too', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (words) => {
        const re = new RegExp(`^${alternation(words)}$`, 'u');
        for (const w of words) expect(re.test(w)).toBe(true);
      }),
    );
  });
});
