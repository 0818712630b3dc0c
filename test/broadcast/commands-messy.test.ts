// Schedule commands as township staff type them on a phone: full-width marks, Chinese numerals,
// words run together, targets said several ways, and mistakes that must be answered in Chinese.
// Rows marked « were refused or answered unhelpfully before these phrasings were handled.
import { describe, expect, it } from 'vitest';
import { parseBroadcastCommand } from '../../src/broadcast/commands.js';

const NOW = new Date('2026-12-02T02:00:00Z'); // 2026-12-02 周三 10:00 in Shanghai
const parse = (text: string) => parseBroadcastCommand(text, NOW);

const W = (weekdays: number[], hour: number, minute = 0) => ({ kind: 'weekly', weekdays, time: { hour, minute } });
const at = (hour: number, minute = 0) => ({ hour, minute });
const ALL = { kind: 'allGrids' };
const SS = { kind: 'village', name: '上司村' };
const SS3 = { kind: 'grid', name: '上司村三组' };
const ADMIN = { kind: 'admin' };

// [what the admin typed, what a careful reader takes it to mean]
const UNDERSTOOD: [string, Record<string, unknown>][] = [
  // Chinese numerals, parts of the day, 半/一刻, full-width marks (these already worked)
  ['#定时 普法 每周三晚上八点 全部网格群', { kind: 'post', rule: W([3], 20), target: ALL }],
  ['＃定时 普法 周五下午3点半 所有网格群', { rule: W([5], 15, 30), target: ALL }],
  ['#定时 普法 每月1号上午九点 上司村', { rule: { kind: 'monthly', day: 1, time: at(9) }, target: SS }],
  ['#定时 普法 工作日 8:30 上司村', { rule: { kind: 'workdays', time: at(8, 30) }, target: SS }],
  ['#定时 普法 周一到周五 早上8点 全部网格群', { rule: W([1, 2, 3, 4, 5], 8) }],
  ['#定时 普法 周一至周五 晚上7点半 全部网格群', { rule: W([1, 2, 3, 4, 5], 19, 30) }],
  ['#定时 普法 12月5日上午9:30 上司村', { rule: { kind: 'once', at: '2026-12-05T01:30:00.000Z' }, target: SS }],
  ['#定时 普法 12月5日 上午9：30 上司村三组', { rule: { kind: 'once', at: '2026-12-05T01:30:00.000Z' }, target: SS3 }],
  ['#定时 普法 每周三 晚8点 全部网格群', { rule: W([3], 20) }],
  ['#定时 普法 每周三 20点 全部网格群', { rule: W([3], 20) }],
  ['#定时 普法 每周三 二十点 全部网格群', { rule: W([3], 20) }],
  ['#定时 普法 每周三 20：00 全部网格群', { rule: W([3], 20) }],
  ['#定时 普法 每周三 晚上 8点 全部网格群', { rule: W([3], 20) }],
  ['#定时 普法 每星期三 晚上八点钟 全部网格群', { rule: W([3], 20) }],
  ['#定时 普法 每周六 八点半 全部网格群', { rule: W([6], 8, 30) }],
  ['#定时 普法 每周五下午两点一刻 上司村', { rule: W([5], 14, 15), target: SS }],
  ['#定时 普法 每周三、周五 晚上8点 全部网格群', { rule: W([3, 5], 20) }],
  ['#定时 普法 每周六日 上午10点 全部网格群', { rule: W([6, 7], 10) }],
  ['#定时 普法 星期天上午十点 全部网格群', { rule: W([7], 10) }],
  ['#定时 普法 每月15号 晚上七点半 全部网格群', { rule: { kind: 'monthly', day: 15, time: at(19, 30) } }],
  ['#定时 普法 每月最后一天 下午5点 全部网格群', { rule: { kind: 'monthly', day: 'last', time: at(17) } }],
  ['#定时 普法 每天 晚上8点半 全部网格群', { rule: { kind: 'daily', time: at(20, 30) } }],
  ['#定时 普法 下午3点 每周五 上司村', { rule: W([5], 15), target: SS }],
  ['#定时 普法 每周三20:00全部网格群', { rule: W([3], 20), target: ALL }],
  ['#定时 普法 每周三 20:00 上司村三组网格群', { target: SS3 }],
  ['#定时 普法 星期天 20:00 上司村网格群', { rule: W([7], 20), target: SS }],
  ['#定时 提醒 下周一上午9点 管理群 交本月台账', { rule: { kind: 'once', at: '2026-12-07T01:00:00.000Z' }, target: ADMIN, message: '交本月台账' }],
  // « all grid groups, said the short or the long way
  ['#定时 普法 每天早上7点 全部', { rule: { kind: 'daily', time: at(7) }, target: ALL }],
  ['#定时 普法 每周三 20:00 全镇所有网格群', { target: ALL }],
  ['#定时 普法 每周三 20:00 各村', { target: ALL }],
  // « a village and its grid written apart
  ['#定时 普法 每周三 20:00 上司村 三组', { target: SS3 }],
  ['#定时 提醒 明天上午9点 上司村 三组 网格员下午到村委会开会', { target: SS3, message: '网格员下午到村委会开会' }],
  // « connecting words between the time and the target
  ['#定时 普法 每周三晚上8点 发到全部网格群', { rule: W([3], 20), target: ALL }],
  ['#定时 普法 每周三 20:00 给上司村三组', { target: SS3 }],
  [
    '#定时 提醒 明天上午10点发一次 管理群 下午三点开调解会',
    {
      kind: 'reminder',
      rule: { kind: 'once', at: '2026-12-03T02:00:00.000Z' },
      target: ADMIN,
      message: '下午三点开调解会',
    },
  ],
  // « the target said before the time
  ['#定时 普法 全部网格群 每周三 20:00', { rule: W([3], 20), target: ALL }],
  [
    '#定时 提醒 管理群 每月5号 9点 报送矛盾纠纷排查表',
    {
      kind: 'reminder',
      rule: { kind: 'monthly', day: 5, time: at(9) },
      target: ADMIN,
      message: '报送矛盾纠纷排查表',
    },
  ],
  // « commas, colons and a closing full stop where a space was expected
  ['#定时 普法，每周三，20:00，全部网格群', { rule: W([3], 20), target: ALL }],
  ['#定时 普法：每周三晚上8点 全部网格群', { rule: W([3], 20), target: ALL }],
  ['#定时 普法 每周三 20:00 全部网格群。', { rule: W([3], 20), target: ALL }],
  ['#定时 提醒 管理群，明天上午9点，交台账', { rule: { kind: 'once', at: '2026-12-03T01:00:00.000Z' }, target: ADMIN, message: '交台账' }],
  // « the words of the command run together
  ['#定时 普法每周三 20:00 全部网格群', { rule: W([3], 20), target: ALL }],
  ['#定时暂停 3', { cmd: 'schedule.pause', id: 3 }],
  ['#定时 删除第3个', { cmd: 'schedule.delete', id: 3 }],
  // « '#普法 <time> <target>' is a schedule said the short way
  ['#普法 每周三 20:00 全部网格群', { cmd: 'schedule.create', kind: 'post', rule: W([3], 20), target: ALL }],
  // « 20.00 after a day or a part of the day, 12/5 as a date
  ['#定时 普法 每周三 20.00 全部网格群', { rule: W([3], 20) }],
  ['#定时 普法 每周三 9.30 全部网格群', { rule: W([3], 9, 30) }],
  ['#定时 普法 晚上8.30 每天 全部网格群', { rule: { kind: 'daily', time: at(20, 30) } }],
  ['#定时 普法 12/5 9点 全部网格群', { rule: { kind: 'once', at: '2026-12-05T01:00:00.000Z' } }],
  // managing
  ['#定时 暂停 3号', { cmd: 'schedule.pause', id: 3 }],
  ['#定时 暂停 3 号', { cmd: 'schedule.pause', id: 3 }],
  ['#定时 恢复 三', { cmd: 'schedule.resume', id: 3 }],
  ['＃定时　列表', { cmd: 'schedule.list' }],
  ['#普法列表', { cmd: 'post.list' }],
  ['#普法 预览p012', { cmd: 'post.preview', id: 'p012' }],
  // village names that start like a connecting or listing word stay whole
  ['#定时 普法 每周三 20:00 发达村', { target: { kind: 'village', name: '发达村' } }],
  ['#定时 普法 每周三 20:00 和平村', { target: { kind: 'village', name: '和平村' } }],
];

// [what the admin typed, words the Chinese answer must contain]
const ASKED_BACK: [string, string[]][] = [
  ['#定时 普法 每天25点 全部网格群', ['没有25点', '0到23', '#定时 普法 每周三 20:00 全部网格群']],
  ['#定时 提醒 2月30日 9点 管理群 开会', ['没有2月30日']],
  ['#定时 普法 每周三 全部网格群', ['请写上几点发', '每周三 20:00']],
  ['#定时 普法 明天 全部网格群', ['请写上几点发', '明天 20:00']],
  ['#定时 普法 20:00 全部网格群', ['请写清哪一天']],
  ['#定时 提醒 明天下午3点 管理群', ['请写上提醒的内容']],
  ['#定时 普法 每周三 20:00', ['请写上发到哪里']],
  ['#定时 普法 每周三 晚上12点 全部网格群', ['晚上12点', '0点']],
  // « a past one-off says what to send instead
  ['#定时 提醒 今天上午9点 管理群 开会', ['已经过去', '明天 09:00']],
  ['#定时 提醒 12月1日 9点 管理群 开会', ['已经过去', '明天 09:00']],
  // « repeats the rules cannot express are named, with what can be set instead
  ['#定时 普法 每两周 周三 20:00 全部网格群', ['还不能', '每两周', '每周三 20:00']],
  ['#定时 普法 每隔一周的周三晚上8点 全部网格群', ['还不能', '每隔一周', '每周三 20:00']],
  ['#定时 普法 双周 周五 20:00 全部网格群', ['还不能', '双周']],
  ['#定时 普法 每3天 20:00 全部网格群', ['还不能', '每3天', '每天']],
  ['#定时 普法 每两个月 1号 9点 全部网格群', ['还不能', '每两个月', '每月1号']],
  // « a weekday that does not exist
  ['#定时 普法 每周八 20:00 全部网格群', ['没有“每周八”', '周一到周日']],
  ['#定时 普法 下周八 20:00 全部网格群', ['没有“下周八”']],
  // « 3号 alone: once or every month? Both are offered, spelled out
  ['#定时 普法 3号上午9点 全部网格群', ['只发一次', '12月3日 09:00', '每月3号 09:00']],
  ['#定时 普法 1号 全部网格群', ['1月1日', '每月1号']],
  // « 12.05 alone: a date or a time?
  ['#定时 普法 12.05 全部网格群', ['12月5日', '12:05']],
  // « only once, but a repeating day
  ['#定时 提醒 每周三 20:00 只发一次 管理群 开会', ['只发一次', '每周三 20:00', '明天 20:00']],
  // « one schedule goes to one place
  ['#定时 普法 每周三 20:00 上司村、里腊村', ['一条只能发到一个地方', '上司村、里腊村', '全部网格群']],
  ['#定时 普法 每周三 20:00 上司村 里腊村', ['一条只能发到一个地方']],
  // « a grid needs its village
  ['#定时 普法 每周三 20:00 三组', ['请写上村名', '上司村三组']],
  ['#普法 发送 p012 三组', ['请写上村名']],
  // « one schedule number per command
  ['#定时 删除 3、4', ['一次只能删除一个', '#定时 删除 3', '#定时 删除 4']],
  ['#定时 删除 第3个和第4个', ['#定时 删除 3', '#定时 删除 4']],
];

describe('schedule commands typed the messy way', () => {
  it.each(UNDERSTOOD)('reads %j', (text, expected) => {
    const r = parse(text);
    if (!r?.ok) throw new Error(`${text}: ${r ? r.problems[0]?.message : 'not a broadcast command'}`);
    expect(r.value).toMatchObject(expected);
  });

  it.each(ASKED_BACK)('answers %j in Chinese mentioning %j', (text, words) => {
    const r = parse(text);
    if (!r || r.ok) throw new Error(`${text} should be refused, got ${JSON.stringify(r)}`);
    for (const w of words) expect(r.problems[0]!.message).toContain(w);
  });

  it('keeps a reminder text as written, punctuation and all', () => {
    expect(parse('#定时 提醒 每月5号 9点 管理群：本月信访联席会议，请准时参加。')).toMatchObject({
      ok: true,
      value: { message: '本月信访联席会议，请准时参加。' },
    });
  });

  it.each(['#定时器', '#普法规', '#定时器 每周三 20:00'])('leaves %j to other commands', (text) => expect(parse(text)).toBeNull());
});
