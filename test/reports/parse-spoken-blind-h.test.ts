import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/grammar/parse.js';

// Classes widened after blind batch h (docs/reports.md), each said in words of our own that are in no data file.
const HEAD = '枫香坝村六组这周走访了七十七户 有一起纠纷 ';
const first = (story: string) => parseReport(HEAD + story).report.disputes[0];

describe('a worker still chasing the other side for a party is in progress', () => {
  it.each([
    '符某在砖厂搬了一个月砖 厂里不给钱 村里还在帮他联系厂长',
    '谭某某帮人砌猪圈的工钱没拿到 我们正在替他催',
    '符某的货款对方一直拖 村委在帮忙追',
    '谭某借给表哥的钱要不回来 村里帮着讨 追讨中',
    '符某某几个在外地摘茶叶 老板跑了 目前联系中',
  ])('%s', (story) => {
    expect(first(story)?.status).toBe('in_progress');
  });

  it('the party helping someone in the story is no step: 在帮人家 with no later step stays pending', () => {
    expect(first('符某在帮人家修房子时从梯子上摔了 要谭某赔医药费')?.status).toBe('pending');
  });

  it('a later step still wins: 帮忙联系了老板 then 钱也给了 is resolved', () => {
    expect(first('符某的工钱没拿到 村里帮忙联系了老板 钱也给了')?.status).toBe('resolved');
  });
});

describe('people fetched to hold a disputed place against the other side are a crowd massed', () => {
  it.each([
    '符某和谭某两个寨子为一块荒坡争 谭某说要喊齐人在坡上守着 已上报镇里',
    '符某某家为祖坟山跟谭某吵 扬言喊齐族里的人把山守住 正在协调',
    '两个组为水库边的地争 谭某叫上组里的人占着那块地不让量 还在调解',
    '符某约了好些人天天在田边蹲守 不准谭某家插秧 正在协调',
  ])('%s', (story) => {
    expect(first(story)?.risks).toContain('mass_incident');
  });

  it.each(['谭某某住院了 符某叫家里人守着 两家为医药费吵 还在调解', '符某把全组的人叫来开会 说清楚了谭某家的地界 已化解'])('no crowd fetched to hold a place: %s', (story) => {
    expect(first(story)?.risks).not.toContain('mass_incident');
  });
});
