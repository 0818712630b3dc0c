import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/grammar/parse.js';

// Classes widened after blind batch f (docs/reports.md), each said in words of our own that are in no data file.
const HEAD = '青杠坪村二组这周走访了六十四户 有一起纠纷 ';
const first = (story: string) => parseReport(HEAD + story).report.disputes[0];

describe('an answer demanded at a blockade is the blockade, not a petition', () => {
  it.each([
    ['邱某的砂场欠了组里十几户人的运费 大家说要去把砂场的路堵了讨个说法 正在协调', ['mass_incident']],
    ['修公路占了地没补 十几户人把施工队的挖机围了讨说法 已上报', ['mass_incident']],
    ['征地款没到位 一帮人说要堵在镇政府门口讨说法 已上报', ['mass_incident', 'petition']],
    ['征地款没到位 董某说要到县政府门口去堵着讨个说法 正在做工作', ['mass_incident', 'petition']],
    ['邱某的养鸡场臭得很 二十几户说要去把鸡场大门堵了讨个说法 正在协调', ['mass_incident']],
    ['董某说补偿再不给就去县里讨个说法 正在协调', ['petition']],
  ])('%s', (story, risks) => {
    expect(first(story)?.risks).toEqual(risks);
  });

  it('reads the keyed form the same way', () => {
    const r = parseReport('【周报】网格：青杠坪村二组 排查户数：64 纠纷：1起\n1.经济纠纷：董某欠二十几个工人的工钱，工人们约好去把他的厂门堵了讨个说法，正在协调');
    expect(r.report.disputes.map((d) => d.risks)).toEqual([['mass_incident']]);
  });
});

describe('who is to keep a parent, and kin said as in speech', () => {
  it.each([
    ['董某两兄弟为老爸该谁来养吵翻了 被隔壁的劝开了 已化解', 'family'],
    ['董某跟他弟为哪个来照顾老妈扯皮 邻居来劝了 正在协调', 'family'],
    ['董某几姊妹说好轮流养老娘 董某不肯养 还在做工作', 'family'],
    ['董某和他姐吵了一架 邻居报给了村里 已化解', 'family'],
    ['董某跟表哥为借的两万块钱吵 还在协调', 'economic'],
    ['董某的老妈被邱某的三轮车刮倒了 为医药费吵 正在协调', 'other'],
    ['董某和他嫂子为院坝里晒粮食吵 被邻居拉开了 已化解', 'family'],
    ['董某两妯娌为哪个多干了活吵 还在做工作', 'family'],
    ['董某和他老丈人闹翻了 邻居来劝也不听 正在协调', 'family'],
    ['董某不给他妈饭吃 是邻居反映的 还在做工作', 'family'],
    ['董某和他表姐为一头猪卖了多少钱扯 亲戚都在劝 已化解', 'economic'],
    ['董某和邱某合伙包了个鱼塘 年底的钱没分匀 还在协调', 'economic'],
    ['董某两兄弟为老娘留下的三万块钱怎么分吵 已化解', 'family'],
  ])('%s', (story, category) => {
    expect(first(story)?.category).toBe(category);
  });
});

describe('two households named are the two sides, not a matter', () => {
  it.each(['董某和邱某两家闹了点不愉快 已化解', '董家和邱家两家吵了几回 还在协调'])('asks for the type: %s', (story) => {
    const r = parseReport(HEAD + story);
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => e.field)).toContain('category');
  });

  it.each([
    ['董某和邱某为两家中间那条阳沟谁来掏吵 已化解', 'neighbor'],
    ['董某和邱某为两家共用的那堵墙要不要拆扯皮 还在协调', 'neighbor'],
    ['董某和邱某两家为两家中间那块菜地吵 已化解', 'land'],
    ['董某和邱某两家为彩礼退多少吵 还在协调', 'family'],
  ])('reads what lies between them or what they quarrel over: %s', (story, category) => {
    expect(first(story)?.category).toBe(category);
  });

  it.each([
    ['董某家的自来水管被邱某某挖断了 邱某某答应赔 已化解', 'neighbor'],
    ['邱某修猪圈把董某家的电线砍断了 两家吵 正在协调', 'neighbor'],
    ['董某屋后的蓄水池垮了 水淹了邱某家的灶房 两家吵 已化解', 'neighbor'],
    ['董某和邱某都说院子边那块是自家的晒坝 两家吵 正在协调', 'neighbor'],
  ])('harm to what runs to the house next door is the neighbours’: %s', (story, category) => {
    expect(first(story)?.category).toBe(category);
  });
});
