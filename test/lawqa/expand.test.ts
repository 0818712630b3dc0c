import { describe, expect, it } from 'vitest';
import { createExpander, normalizeQuestion, queryTerms } from '../../src/lawqa/expand.js';
import { createSegmenter } from '../../src/lawqa/segment.js';
import { PATTERN_SYNONYMS, SYNONYMS } from '../../src/lawqa/synonyms.js';

const seg = createSegmenter();
const expander = createExpander(SYNONYMS, seg, PATTERN_SYNONYMS);

describe('segmenter', () => {
  it('keeps domain words whole and drops particles, pronouns and single characters', () => {
    const terms = seg.terms('俺想申请人身安全保护令，咋整啊');
    expect(terms).toContain('人身安全保护令');
    expect(terms).not.toContain('咋整');
    expect(terms.every((t) => t.length >= 2)).toBe(true);
  });

  it('drops whose-house words and southwestern question words: they name no topic', () => {
    expect(seg.terms('我家的树倒在他家房上 咋个整 要赔啥子')).toEqual(expect.not.arrayContaining(['我家', '他家', '咋个整', '啥子']));
  });

  it.each([
    ['离了婚以后他就不管了', '离婚'],
    ['俺俩结过婚没领证', '结婚'],
    ['跟邻居打了一架', '打架'],
    ['前年借过钱给他', '借钱'],
  ])('joins a separable verb said with 了 or 过 again: %s → %s', (q, word) => {
    expect(seg.terms(q)).toContain(word);
  });
});

describe('expansion from everyday words to legal terms', () => {
  it.each([
    ['他动手打人了', ['殴打', '故意伤害']],
    ['他欠钱一直不还', ['借款', '债务']],
    ['老板拖着工钱不给', ['劳动报酬', '工资']],
    ['俺想离婚', ['解除婚姻']],
    ['俺男人不管家', ['丈夫', '配偶']],
    ['当初给了八万财礼', ['彩礼']],
    ['娃归谁', ['子女', '未成年人']],
    ['几个儿子都不管老娘', ['父母', '赡养']],
    ['邻居家的树枝伸到俺房顶上', ['相邻关系', '排除妨害']],
    ['包工头跑路了', ['拖欠农民工工资']],
    ['有人让我卖银行卡', ['银行账户', '出租']],
    ['请不起律师', ['法律援助']],
    ['想去北京上访', ['信访']],
  ])('%s → %j', (q, terms) => {
    expect(expander.expand(q)).toEqual(expect.arrayContaining(terms));
  });

  it('needs both parts of a combined trigger: 老公 + 打 is domestic violence, 打 alone is not', () => {
    expect(expander.expand('老公喝了酒就打我')).toContain('家庭暴力');
    expect(expander.expand('村里两家打起来了')).not.toContain('家庭暴力');
  });

  it('reads ages: under 18 means a minor, 60 and over an elderly person', () => {
    expect(expander.expand('孩子才15岁')).toContain('未成年人');
    expect(expander.expand('娃十三岁了')).toContain('未成年人');
    expect(expander.expand('我今年35岁')).not.toContain('未成年人');
    expect(expander.expand('俺娘八十多岁了')).toContain('老年人');
  });

  it('reads 一分钱 as "not a cent", not as sharing out money (分钱)', () => {
    expect(expander.expand('他一分钱都不给')).not.toContain('收益分配');
    expect(expander.expand('村里分钱没有俺的份')).toContain('收益分配');
  });

  it('hears child support in a parent who gives the child nothing', () => {
    expect(expander.expand('离了婚娃跟我，他一分钱不出')).toContain('抚养费');
    expect(expander.expand('孩子的学费他一分不出')).toContain('抚养费');
  });

  it('adds nothing for a question without everyday legal words', () => {
    expect(expander.expand('今天星期几')).toEqual([]);
  });

  it('normalises full-width characters and spaces, and weights own words above expansions', () => {
    expect(normalizeQuestion('ＡＢＣ １２３ 好')).toBe('abc123好');
    expect(queryTerms(['离婚'], ['离婚', '解除婚姻'], 0.7)).toEqual([
      { term: '离婚', weight: 1 },
      { term: '解除婚姻', weight: 0.7 },
    ]);
  });

  it('has a broad table: hundreds of everyday words across the topics', () => {
    const triggers = SYNONYMS.flatMap(([t]) => t.split('|'));
    expect(triggers.length).toBeGreaterThan(800);
    for (const [t, terms] of SYNONYMS) expect(terms.trim().length, t).toBeGreaterThan(0);
  });
});
