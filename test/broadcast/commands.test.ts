import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confirmSchedule, parseBroadcastCommand } from '../../src/broadcast/commands.js';
import { readPostId, readScheduleId } from '../../src/broadcast/ids.js';

const NOW = new Date('2026-12-02T02:00:00Z'); // 2026-12-02 周三 10:00
const parse = (text: string) => parseBroadcastCommand(text, NOW);
const value = (text: string) => {
  const r = parse(text);
  if (!r?.ok) throw new Error(`${text}: ${r ? r.problems[0]?.message : 'null'}`);
  return r.value;
};
const problemOf = (text: string): string => {
  const r = parse(text);
  if (!r || r.ok) throw new Error(`${text} should be refused`);
  return r.problems[0]!.message;
};
const weeklyWed20 = { kind: 'weekly', weekdays: [3], time: { hour: 20, minute: 0 } };

describe('#定时 creating schedules', () => {
  it.each([
    ['定时 普法 每周三 20:00 全部网格群', { kind: 'post', rule: weeklyWed20, ruleText: '每周三 20:00', target: { kind: 'allGrids' } }],
    ['#定时 普法 每周三 20:00 全部网格群', { kind: 'post', rule: weeklyWed20, target: { kind: 'allGrids' } }],
    ['＃定时  普法   星期三 晚上8点   全部网格群 ', { kind: 'post', rule: weeklyWed20, ruleText: '星期三 晚上8点' }],
    ['定时 普法 每星期三晚上8点 全部网格群', { rule: weeklyWed20, target: { kind: 'allGrids' } }],
    [
      '定时 普法 每月1号 上午9点 上司村',
      {
        kind: 'post',
        rule: { kind: 'monthly', day: 1, time: { hour: 9, minute: 0 } },
        target: { kind: 'village', name: '上司村' },
      },
    ],
    ['定时 普法 每周五 19:30 红光村十一组', { target: { kind: 'grid', name: '红光村十一组' } }],
    ['定时 普法 每天 20:00 本群', { rule: { kind: 'daily' }, target: { kind: 'here' } }],
    ['定时　普法　每周三　２０：００　全部网格群', { rule: weeklyWed20, target: { kind: 'allGrids' } }],
    ['定时 普法 0 20 * * 3 全部网格群', { rule: { kind: 'cron', expr: '0 20 * * 3' }, target: { kind: 'allGrids' } }],
    [
      '定时 提醒 每月5号 09:00 管理群 本月信访联席会议请准时参加',
      {
        kind: 'reminder',
        rule: { kind: 'monthly', day: 5, time: { hour: 9, minute: 0 } },
        target: { kind: 'admin' },
        message: '本月信访联席会议请准时参加',
      },
    ],
    [
      '定时 提醒 明天下午3点 本群 下午4点在村委会开调解会，请双方准时到',
      {
        kind: 'reminder',
        rule: { kind: 'once', at: '2026-12-03T07:00:00.000Z' },
        target: { kind: 'here' },
        message: '下午4点在村委会开调解会，请双方准时到',
      },
    ],
  ])('reads %j', (text, expected) => expect(value(text)).toMatchObject({ cmd: 'schedule.create', ...expected }));

  it('keeps a post schedule free of a message field', () => {
    expect(value('定时 普法 每周三 20:00 全部网格群')).not.toHaveProperty('message');
  });
});

describe('#定时 managing schedules', () => {
  it.each([
    ['定时 列表', { cmd: 'schedule.list' }],
    ['#定时 暂停 3', { cmd: 'schedule.pause', id: 3 }],
    ['定时 恢复 3号', { cmd: 'schedule.resume', id: 3 }],
    ['定时 删除 第12个', { cmd: 'schedule.delete', id: 12 }],
    ['定时 取消 五', { cmd: 'schedule.delete', id: 5 }],
  ])('reads %j', (text, expected) => expect(value(text)).toEqual(expected));
});

describe('#定时 problems say what is wrong and show an example', () => {
  it.each([
    ['定时 普法 每周 20:00 全部网格群', '每周三 20:00'],
    ['定时 普法 每周三 全部网格群', '几点'],
    ['定时 普法 每周三 20:00', '发到哪里'],
    ['定时 普法 每周三 20:00 大家', '看不懂发给哪里'],
    ['定时 普法 每周三 20:00 全部网格群 讲讲反诈', '多余'],
    ['定时 提醒 每月5号 09:00 管理群', '提醒的内容'],
    ['定时 提醒 12月1日 9点 管理群 开会', '已经过去'],
    ['定时 普法 每天24点 全部网格群', '24点'],
    ['定时 暂停', '编号'],
    ['定时 改时间 3', '#定时 普法 每周三 20:00 全部网格群'],
  ])('refuses %j mentioning %s', (text, words) => expect(problemOf(text)).toContain(words));

  it('always shows a full example for a bad time', () => {
    expect(problemOf('定时 普法 下个节气 全部网格群')).toContain('#定时 普法 每周三 20:00 全部网格群');
  });
});

describe('#普法', () => {
  it.each([
    [
      '普法 添加 借钱要写借条|借钱给亲戚朋友，也要写张借条，写清金额、还款日期，按上手印。|经济',
      {
        cmd: 'post.add',
        title: '借钱要写借条',
        body: '借钱给亲戚朋友，也要写张借条，写清金额、还款日期，按上手印。',
        theme: 'economic',
      },
    ],
    ['普法 添加 防电诈｜陌生人让你转账、要验证码的，一律不理，拿不准就打110问一问，再跟家里人商量。｜反诈', { theme: 'antifraud' }],
    ['普法 列表', { cmd: 'post.list' }],
    ['普法 列表 土地', { cmd: 'post.list', theme: 'land' }],
    ['普法 预览 p012', { cmd: 'post.preview', id: 'p012' }],
    ['普法 预览 12', { cmd: 'post.preview', id: 'p012' }],
    ['普法 停用 P7', { cmd: 'post.disable', id: 'p007' }],
    ['普法 启用 p083', { cmd: 'post.enable', id: 'p083' }],
    ['普法 发送 p012 上司村', { cmd: 'post.send', id: 'p012', target: { kind: 'village', name: '上司村' } }],
    ['＃普法 发送 p012 全部网格群', { cmd: 'post.send', target: { kind: 'allGrids' } }],
    ['普法 统计', { cmd: 'post.stats', period: 'month' }],
    ['普法 统计 本年', { cmd: 'post.stats', period: 'year' }],
    ['普法 生成 兄弟分家后宅基地界线不清，建房时吵起来', { cmd: 'post.generate', prompt: '兄弟分家后宅基地界线不清，建房时吵起来' }],
  ])('reads %j', (text, expected) => expect(value(text)).toMatchObject(expected));

  it.each([
    ['普法 添加 只有标题', '|'],
    ['普法 添加 标题|太短|经济', '正文'],
    ['普法 添加 标题|借钱给亲戚朋友，也要写张借条，写清金额、还款日期。|天气', '看不懂主题'],
    ['普法 列表 天气', '山林土地'],
    ['普法 预览', '编号'],
    ['普法 发送 p012', '发到哪里'],
    ['普法 统计 上周', '本月'],
    ['普法 生成', '主题或案例'],
    ['普法', '#普法 列表 土地'],
  ])('refuses %j mentioning %s', (text, words) => expect(problemOf(text)).toContain(words));
});

describe('other commands and robustness', () => {
  it('leaves other commands alone', () => {
    expect(parse('周报 网格：红光村十一组')).toBeNull();
    expect(parse('定时器')).toBeNull();
  });

  it('never throws on random input', () => {
    const head = fc.constantFrom('定时 ', '普法 ', '#定时 普法 ', '定时 提醒 ', '普法 添加 ', '普法 发送 ');
    fc.assert(
      fc.property(head, fc.string(), (h, tail) => {
        const r = parse(h + tail);
        expect(r === null || typeof r.ok === 'boolean').toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['3', 3],
    ['#3', 3],
    ['三号', 3],
    ['第3个', 3],
    ['x', null],
    ['0', null],
  ])('reads schedule id %j', (w, n) => expect(readScheduleId(w)).toBe(n));
  it.each([
    ['p001', 'p001'],
    ['P1', 'p001'],
    ['12', 'p012'],
    ['a0105', 'a105'],
    ['abc', null],
    ['', null],
  ])('reads post id %j', (w, id) => expect(readPostId(w)).toBe(id));
});

describe('confirmSchedule', () => {
  it('echoes the rule and the next three times', () => {
    const r = value('定时 普法 每周三 20:00 全部网格群');
    if (r.cmd !== 'schedule.create') throw new Error('expected a schedule');
    expect(confirmSchedule(r.rule, NOW)).toBe('时间：每周三 20:00\n接下来三次：\n2026-12-02 周三 20:00\n2026-12-09 周三 20:00\n2026-12-16 周三 20:00');
  });

  it('says so when short months are skipped', () => {
    const text = confirmSchedule({ kind: 'monthly', day: 31, time: { hour: 9, minute: 0 } }, NOW);
    expect(text).toContain('没有31号的月份不发');
    expect(text).toContain('2027-03-31 周三 09:00');
    expect(text).not.toContain('2027-02');
  });

  it('shows a one-off time once', () => {
    expect(confirmSchedule({ kind: 'once', at: '2026-12-03T07:00:00.000Z' }, NOW)).toBe('时间：2026-12-03 周四 15:00（只发一次）');
  });

  it('warns about a rule that never fires', () => {
    expect(confirmSchedule({ kind: 'cron', expr: '0 9 31 2 *' }, NOW)).toContain('不会再发');
  });
});
