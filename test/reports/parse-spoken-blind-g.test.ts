import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/grammar/parse.js';

// Classes widened after blind batch g (docs/reports.md), each said in words of our own that are in no data file.
const GRID = '枫香坝村六组这周走访了七十七户 ';
const HEAD = `${GRID}有一起纠纷 `;
const first = (story: string) => parseReport(HEAD + story).report.disputes[0];
const read = (text: string) => parseReport(text).report.disputes.map((d) => [d.category, d.status]);

describe('a count said on its own before a list opened with 一个是 each time', () => {
  it.each([
    [
      `${GRID}两起 一个是赡养 符某几兄弟不管老母亲 还在做工作 一个是经济的 符某欠谭某某三千块 已还清了`,
      [
        ['family', 'in_progress'],
        ['economic', 'resolved'],
      ],
    ],
    [
      `${GRID}两件 一个是邻居纠纷 符某家空调外机对着谭某家窗户 已改好了 一个是土地的 符某某和谭某为田坎吵 正在协调`,
      [
        ['neighbor', 'resolved'],
        ['land', 'in_progress'],
      ],
    ],
    [
      `${GRID}三起,一个是彩礼纠纷 退了一半 已化解,一个是符某欠谭某工钱 还在协调,一个是符某某和谭某某为地界吵 已上报`,
      [
        ['family', 'resolved'],
        ['economic', 'in_progress'],
        ['land', 'escalated'],
      ],
    ],
  ])('%s', (text, disputes) => {
    const r = parseReport(text);
    expect(r.ok).toBe(true);
    expect(read(text)).toEqual(disputes);
  });
});

describe('a type word alone opening a numbered item is its type', () => {
  it.each([
    [
      `${GRID}纠纷两起 ①其他 符某家的娃娃在晒坝上放火炮把谭某的草垛点了 正在协调 ②经济 谭某某买符某的菜籽油没给钱 已化解`,
      [
        ['other', 'in_progress'],
        ['economic', 'resolved'],
      ],
    ],
    [
      `${GRID}纠纷两起 1. 其它 符某的三轮车停在公路上挡了谭某的货车 已化解 2. 离婚 谭某某要跟符某离 还在调解`,
      [
        ['other', 'resolved'],
        ['family', 'in_progress'],
      ],
    ],
    [
      `${GRID}两起 一个是其他的 符某放的火炮把谭某家的柴堆燃了 赔了 一个是家庭的 谭某某和符某两口子为带孙子吵 还在调解`,
      [
        ['other', 'resolved'],
        ['family', 'in_progress'],
      ],
    ],
  ])('%s', (text, disputes) => {
    expect(read(text)).toEqual(disputes);
  });

  it('who quarrels opening an item is still the story: 兄弟 then a field is land', () => {
    expect(read(`${GRID}纠纷1起 1、兄弟 符某两兄弟为分田吵 正在协调`)).toEqual([['land', 'in_progress']]);
  });
});

describe('a type assigned inside the story wins over the story’s words', () => {
  it.each([
    ['符某在谭某家屋后的水沟边堆了一堆煤渣 属其他纠纷 已清理了 已化解', 'other'],
    ['符某某借谭某的房子办酒 把灶房弄坏了 属于经济纠纷 正在协调', 'economic'],
    ['符某和谭某为一块菜地边上的排水吵 系邻里矛盾 已化解', 'neighbor'],
    ['符某与丈夫谭某为宅基地上的房子归谁吵 属家庭纠纷 还在调解', 'family'],
    ['符某的牛踩了谭某的秧田 赔了两百块 属其他类 已化解', 'other'],
    ['符某某帮谭某砌堡坎 工钱说不拢 定性为经济类矛盾 正在协调', 'economic'],
  ])('%s', (story, category) => {
    expect(first(story)?.category).toBe(category);
  });

  it('a type denied (不属于) assigns nothing', () => {
    expect(first('符某和谭某为排水沟吵 不属于其他纠纷 已化解')?.category).toBe('neighbor');
  });
});

describe('a wood said by its trees and a boundary said in speech are land', () => {
  it.each([
    '符某和谭某为一片松树林的边界吵 已交林业站',
    '符某说谭某某砍了他那片杂木林 正在协调',
    '符某某与谭某两家为山上的界子扯皮 还在调解',
    '符某把谭某的界石挖了 两家吵 已化解',
    '符某家的林子和谭某家的挨着 分界说不清 正在协调',
  ])('%s', (story) => {
    expect(first(story)?.category).toBe('land');
  });
});
