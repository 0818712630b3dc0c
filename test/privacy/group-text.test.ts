import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupSummary } from '../../src/ledger/index.js';

describe('groupSummary: a case as the admin group reads it', () => {
  it.each([
    [['覃大勇'], '覃大勇借款三万元到期不还，电话0854-3221234', '当事人甲借款三万元到期不还，电话〔已隐去〕'],
    [['张某某', '李某某'], '张某某家排水沟堵塞淹了李某某的菜地，李某某电话13812345678', '当事人甲家排水沟堵塞淹了当事人乙的菜地，当事人乙电话〔已隐去〕'],
    [['张三', '张三丰'], '张三丰与张三为地界争吵', '当事人乙与当事人甲为地界争吵'],
    [['王某'], '身份证52272619800101123X的王某扬言上访', '身份证〔已隐去〕的当事人甲扬言上访'],
    [['赵某'], '承包地界址不清', '承包地界址不清'],
    [[], '手机 +86 138-1234-5678 打不通', '手机 〔已隐去〕 打不通'],
  ])('%j: %s', (parties, summary, shown) => {
    expect(groupSummary({ parties, summary })).toBe(shown);
  });

  it('never lets a party name or a mobile number through', () => {
    const han = fc.constantFrom(...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗覃蒙明华军芳秀英兰春花大勇小红');
    const name = fc.array(han, { minLength: 2, maxLength: 3 }).map((a) => a.join(''));
    const mobile = fc.tuple(fc.constantFrom('13', '15', '18', '19'), fc.stringMatching(/^\d{9}$/)).map(([a, b]) => a + b);
    const filler = fc.constantFrom('因', '借款', '地界', '吵架，', '电话', '与', '家的', '。');
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 3 }), fc.array(fc.oneof(filler, mobile), { maxLength: 8 }), (parties, parts) => {
        const summary = [...parts, ...parties, ...parts].join('');
        const phones = parts.filter((p) => /^\d{11}$/.test(p));
        const shown = groupSummary({ parties, summary });
        for (const p of [...parties, ...phones]) expect(shown).not.toContain(p);
      }),
      { numRuns: 500 },
    );
  });
});
