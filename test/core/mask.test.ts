import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPersonal } from '../../src/kernel/mask.js';
import { findPersonNames } from '../../src/kernel/person-names.js';
import { groupSummary } from '../../src/ledger/index.js';
import { parseReport } from '../../src/grammar/parse.js';
import { reportCase } from '../privacy/masking-shapes.js';

describe('findPersonNames: people in chat text, however they are written', () => {
  it.each([
    ['②家庭 吴二妹被丈夫罗大明打伤 调解中', ['吴二妹', '罗大明']],
    ['当事人杨秀英（女，52岁）、潘老三（男）因宅基地吵架', ['杨秀英', '潘老三']],
    ['双方：禤桂英（女，60岁）与韦大福', ['禤桂英', '韦大福']],
    ['王老五扬言要杀了李四', ['王老五', '李四']],
    ['昨天覃有福扬言要去县里上访', ['覃有福']],
    ['村民张和平与李来福吵架', ['张和平', '李来福']],
    ['王家老二把李家二姐打了', ['王家老二', '李家二姐']],
    ['老杨家的牛跑到小蒙的田里', ['老杨', '小蒙']],
    ['上司村三组72户1件邻里石翠兰和龙国庆吵架', ['石翠兰', '龙国庆']],
    ['欧阳春生说不还了', ['欧阳春生']],
    ['付某某跟他弟付某为了老妈住院的钱吵', ['付某某', '付某']],
    ['需要调解，隔壁的石有财把俺家的猪圈拆了不赔', ['石有财']],
    // Brothers sharing the middle character are two people, not the same two characters twice.
    ['潘志刚（外出务工）和潘志强（党员）分家产吵', ['潘志刚', '潘志强']],
    // The word before a bracketed name is not its start.
    ['村民覃光明(男)与韦福(男,40岁)为田坎扯皮', ['覃光明', '韦福']],
  ])('%s → %j', (text, names) => {
    expect(findPersonNames(text)).toEqual(names);
  });

  it.each([
    '结婚才半年就闹离婚，当初给了18万8的财礼',
    '自家房前屋后栽的杨树，砍了卖钱要办啥证不',
    '农民工与用人单位签了劳动合同',
    '对方委托我去办',
    '白天高兴，晚上马上就吵起来了',
    '3万元借款到期不还',
    '【周报】网格:上司村三组 排查户数:72 本周无矛盾纠纷',
  ])('finds nobody in %s', (text) => {
    expect(findPersonNames(text)).toEqual([]);
  });
});

describe('maskPersonal: the one masking', () => {
  it('labels parties first, the same person the same label, and hides every number', () => {
    const m = maskPersonal('潘老三扬言要砍死杨秀英，杨秀英电话138 1234 5678，身份证522727198001011234，卡号6222 0212 3456 7890 123', { parties: ['杨秀英（女，52岁）'] });
    expect(m.text).toBe('当事人乙扬言要砍死当事人甲，当事人甲电话〔已隐去〕，身份证〔已隐去〕，卡号〔已隐去〕');
  });

  it('does not write 当事人 twice', () => {
    expect(maskPersonal('当事人杨秀英（女，52岁）、潘老三（男）').text).toBe('当事人甲（女，52岁）、当事人乙（男）');
  });

  it('hides landlines and local numbers written after a phone word', () => {
    expect(maskPersonal('座机(0854)3221234，电话：322 1234').text).toBe('座机〔已隐去〕，电话：〔已隐去〕');
  });

  it('leaves no generated name or phone in what a report puts before the admin group or a model', () => {
    fc.assert(
      fc.property(reportCase('【周报】网格:上司村三组 排查户数:72'), (c) => {
        const parsed = parseReport(c.text, { replyToReminder: true });
        const shown = [maskPersonal(c.text).text, ...parsed.report.disputes.map((d) => groupSummary(d))].join('\n');
        for (const n of c.names) expect(shown).not.toContain(n);
        for (const p of c.phones) expect(shown.replace(/\D/gu, '')).not.toContain(p.replace(/\D/gu, ''));
      }),
      { numRuns: 3000 },
    );
  });
});
