import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/grammar/parse.js';

// Classes widened after probe-8 and blind batch d (docs/reports.md), each said in words of our
// own that are in no data file.
const HEAD = '麻柳村五组这周走访了五十九户 有一起纠纷 ';
const first = (story: string) => parseReport(HEAD + story).report.disputes[0];

describe('nil said with nobody to quarrel, or a count of none', () => {
  it.each([
    '麻柳村五组这周走访了59户 组里没得哪家吵嘴',
    '麻柳村五组这周走访了59户 没有哪个扯皮',
    '麻柳村五组这周走访了59户 没见谁家闹矛盾',
    '麻柳村五组这周走访了59户 啥子纠纷都冇',
    '麻柳村五组这周走访了59户 矛盾也冇得',
    '麻柳村五组这周走访了59户 纠纷一起都没得',
    '麻柳村五组这周走访了59户 矛盾一件也没有',
  ])('%s', (text) => {
    expect(parseReport(text)).toMatchObject({ ok: true, report: { nil: true, disputes: [] } });
  });

  it('a count of one told is still a dispute', () => {
    expect(parseReport('麻柳村五组这周走访了59户 纠纷一起 龙某和韦某为地界吵 已化解').report).toMatchObject({ nil: false, disputes: [{ category: 'land' }] });
  });
});

describe('where it stands, in the words of a go-between or an office', () => {
  it.each([
    ['龙某两兄弟为老屋吵 组长去给他们说和了', 'resolved'],
    ['龙某和韦某为排水吵 已说和', 'resolved'],
    ['龙某和韦某为排水吵 还在说和', 'in_progress'],
    ['韦某欠龙某工钱八千 已交县劳动保障所', 'escalated'],
    ['韦某欠龙某工钱八千 转镇人社所处理', 'escalated'],
    ['韦某开三轮把龙某刮倒了 交警队已经介入', 'escalated'],
    ['韦某开三轮把龙某刮倒了 公安已接手', 'escalated'],
    ['韦某交了五百块押金给龙某 还在协调', 'in_progress'],
  ])('%s', (story, status) => {
    expect(first(story)?.status).toBe(status);
  });
});

describe('the matter told by the story', () => {
  it.each([
    ['修机耕道挖了龙某他们的田 补偿没说好 正在协调', 'land'],
    ['韦某把龙某的两亩地种了三年不还 还在协调', 'land'],
    ['龙某说这块地方是他家的晒场 韦某不认 两家吵 已化解', 'neighbor'],
    ['韦某骑电瓶车把龙某家的老人撞倒了 医药费两家没谈拢 正在协调', 'other'],
    ['龙某在韦某开的农家乐摔伤了 要韦某出医药费 正在协调', 'other'],
    ['拖拉机倒车把韦某的邻居龙某碰伤了 还在协调', 'other'],
    ['龙某在车间被机器轧了手 老板不管 正在协调', 'economic'],
    ['韦某的车天天停在龙某家门口挡路 两家吵 已化解', 'neighbor'],
    ['韦某两口子吵架 韦某把老婆推倒摔伤了 已化解', 'family'],
    ['龙某家修房 碎石滚下来撞坏了韦某家的猪圈 两家吵 已化解', 'neighbor'],
  ])('%s', (story, category) => {
    expect(first(story)?.category).toBe(category);
  });
});

describe('a killing said of oneself', () => {
  it.each([
    ['韦某两口子闹离婚 韦某说要离就先弄死她再弄死自己 已报派出所', ['homicide', 'other']],
    ['韦某讨不到工钱 说老板不给就在工地上弄死自己 正在协调', ['other']],
    ['韦某的老娘说儿子不养她 她就把自己吊死在他家门口 正在协调', ['other']],
    ['韦某说这日子过不下去 不如了结自己 正在协调', ['other']],
    ['韦某说再来偷菜就打死你 还在协调', ['homicide']],
    ['韦某说要弄死自己家的狗 龙某不让 已化解', []],
    ['韦某说要毒死龙某家的鸡 还在协调', []],
    ['韦某说要弄死龙某 再弄死他家的狗 已报派出所', ['homicide']],
  ])('%s', (story, risks) => {
    expect(first(story)?.risks).toEqual(risks);
  });
});

describe('the head said aloud', () => {
  it.each([
    ['麻柳村第五组这周走访了59户 没得纠纷', '麻柳村五组'],
    ['麻柳村第五社这周走访了59户 没得纠纷', '麻柳村五社'],
  ])('a group said with 第 is the group: %s', (text, grid) => {
    expect(parseReport(text).report.grid).toBe(grid);
  });

  it.each([
    ['麻柳村五组走访户数一百一 没得纠纷', 110],
    ['麻柳村五组这周走访了一百二 一切正常', 120],
    ['麻柳村五组这周走访了一百零一户 一切正常', 101],
  ])('a hundred and a digit said short: %s', (text, households) => {
    expect(parseReport(text).report.households).toBe(households);
  });

  it.each(['麻柳村五组这周走访59户 纠纷没有 都在忙着挖洋芋', '麻柳村五组这周走访59户 矛盾没得'])('nil said as the conflict and then none: %s', (text) => {
    expect(parseReport(text)).toMatchObject({ ok: true, report: { nil: true, disputes: [] } });
  });

  it('a conflict not yet settled is no nil', () => {
    expect(parseReport('麻柳村五组这周走访59户 龙某和韦某为地界吵的纠纷没有解决').report).toMatchObject({ nil: false, disputes: [{ category: 'land', status: 'pending' }] });
  });
});

describe('a quarrel over and done is a step, not a nil week', () => {
  it.each([
    ['龙某和邻居韦某为鸭子吃了谷子吵 说了几句当时就没事了', 'resolved'],
    ['龙某两兄弟为老屋吵了半年 这回现在没矛盾了', 'resolved'],
    ['龙某和韦某为地界吵 村里去量了 韦某认了', 'resolved'],
    ['龙某和韦某为地界吵 韦某还是不认', 'pending'],
    ['龙某和韦某为地界吵 两家还在顶 我过两天再去', 'in_progress'],
    ['龙某和韦某为地界吵 已化解 下周再去回访', 'resolved'],
    ['龙某的媳妇要离婚 镇妇联已介入', 'escalated'],
  ])('%s', (story, status) => {
    expect(first(story)?.status).toBe(status);
  });
});

describe('more of a story told in everyday words', () => {
  it.each([
    ['龙某和韦某为坎上那棵板栗树结的果子归谁吵 已化解', 'land'],
    ['龙某家的树枝伸过去挡了韦某家的光 两家吵 已化解', 'neighbor'],
    ['韦某和弟弟为父母留下的两间屋吵 已化解', 'family'],
    ['韦某在公路边堆了沙子 龙某家的车出不去 两人吵 已化解', 'neighbor'],
    ['几户人说龙某家评上低保不公平 正在解释', 'other'],
    ['韦某在龙某的诊所看病 说药开错了 要赔 正在协调', 'other'],
  ])('%s', (story, category) => {
    expect(first(story)?.category).toBe(category);
  });

  it.each([
    ['龙某和韦某为地界吵 龙某说再挖一锄就拿刀跟他拼了 正在协调', ['homicide']],
    ['龙某欠韦某的货款 韦某说不还就去县里找领导 正在协调', ['petition']],
    ['龙某和韦某为排水吵 韦某说要放把火把他家柴房点了 正在协调', ['other']],
    ['韦某讨不到工钱 说要喊人去把老板的店堵了 正在协调', ['mass_incident']],
    ['韦某把龙某家店门口的路堵了 两家吵 已化解', []],
    ['韦某说拼了命也要把钱讨回来 还在协调', []],
  ])('%s', (story, risks) => {
    expect(first(story)?.risks).toEqual(risks);
  });
});
