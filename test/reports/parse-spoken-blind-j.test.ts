import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/grammar/parse.js';

// Classes widened after blind batch j (docs/reports.md), each said in words of our own that are in no data file.
const GRID = '枫木坪村四组本周走访了五十三户 ';
const HEAD = `${GRID}有一起纠纷 `;
const first = (story: string) => parseReport(HEAD + story).report.disputes[0];

describe('a type said before the count (邻里纠纷一起：…) is the dispute type, whatever the story says', () => {
  it.each([
    ['经济纠纷一起：符某某和他兄弟为卖老屋的钱吵 正在调解', 'economic'],
    ['邻里矛盾1起 谭家和符家为田坎上那棵柿子树吵 已化解', 'neighbor'],
    ['其他纠纷一件：组里推选代表 符某说有人拉票 还没处理', 'other'],
    ['其他矛盾一起，两个组的娃娃踢球吵起来 老师出面 已化解', 'other'],
    ['家庭纠纷一起：谭某和邻居为他家承包地里的坟吵 正在协调', 'family'],
  ])('%s', (story, category) => {
    const r = parseReport(GRID + story);
    expect(r.ok).toBe(true);
    expect(r.report.disputes.map((d) => d.category)).toEqual([category]);
  });

  it('with no type before it, the count still leaves the story to say it: 纠纷一起：…宅基地 is land', () => {
    expect(parseReport(`${GRID}纠纷一起：符某和谭某为宅基地吵 已化解`).report.disputes.map((d) => d.category)).toEqual(['land']);
  });
});

describe('a keyed report whose dispute is told under 纠纷: with only a 状态 key is read as told', () => {
  it.each([
    ['网格:枫木坪村二组 排查户数:41 纠纷:符家和谭家为宅基地的界线吵 状态:司法所已介入', 'land', 'escalated'],
    ['网格:枫木坪村二组排查户数:41纠纷:谭某欠符某打零工的钱三千块状态:正在协调', 'economic', 'in_progress'],
  ])('%s', (text, category, status) => {
    const r = parseReport(text);
    expect(r.ok).toBe(true);
    expect(r.report.disputes.map((d) => [d.category, d.status])).toEqual([[category, status]]);
  });

  it('a dispute told by its keys keeps the keyed errors: 类型 and 状态 with no 事由 still asks for it', () => {
    const r = parseReport('网格:枫木坪村二组 排查户数:41 1、类型:邻里 状态:已化解');
    expect(r.ok).toBe(false);
  });
});

describe('an animal that got into the other side’s place is the neighbours’ matter', () => {
  it.each(['符某和谭某为鸭子钻进对方秧田吵了一架 已说通', '两家为牛跑到隔壁地里啃了几行苞谷扯皮 正在协调', '谭某某为蜜蜂飞进对门院子蛰了孙子 跟符某吵 已化解'])('%s', (story) => {
    expect(first(story)?.category).toBe('neighbor');
  });
});

describe('a clash (起了冲突) between two groups is no crowd massed unless they muster, block or rush', () => {
  it.each(['两个组的人为放水起了冲突 推了几下 已调解', '两个村的人为修路占地发生冲突 镇里出面 已化解'])('%s', (story) => {
    expect(first(story)?.risks).not.toContain('mass_incident');
  });

  it('a crowd that rushes somewhere still is: 两个寨子的人冲到工地上', () => {
    expect(first('两个寨子的人为占地冲到工地上要打人 正在协调')?.risks).toContain('mass_incident');
  });
});
