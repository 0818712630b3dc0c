import { describe, expect, it } from 'vitest';
import type { DeliveryCount } from '../../src/broadcast/repo-log.js';
import { periodRange, renderStats, summarize } from '../../src/broadcast/stats.js';

const at = (s: string) => new Date(`${s}+08:00`);

describe('periodRange', () => {
  it.each([
    ['month', '2026-12-31T23:59:00', '2026-12-01T00:00:00', '2027-01-01T00:00:00', '2026年12月'],
    ['month', '2026-02-01T00:00:00', '2026-02-01T00:00:00', '2026-03-01T00:00:00', '2026年2月'],
    ['year', '2026-07-15T12:00:00', '2026-01-01T00:00:00', '2027-01-01T00:00:00', '2026年'],
  ] as const)('%s of %s is [%s, %s) “%s” in local time', (period, now, from, to, label) => {
    expect(periodRange(period, at(now))).toEqual({ from: at(from), to: at(to), label });
  });
});

describe('summarize and renderStats', () => {
  const counts: DeliveryCount[] = [
    { village: '上司村', grid: '一组', theme: 'land', roomId: 1, result: 'sent', n: 2 },
    { village: '上司村', grid: '二组', theme: 'family', roomId: 2, result: 'sent', n: 1 },
    { village: '上司村', grid: '二组', theme: 'land', roomId: 2, result: 'failed', n: 1 },
    { village: '里腊村', grid: '一组', theme: 'land', roomId: 3, result: 'queued', n: 1 },
    { village: null, grid: null, theme: 'petition', roomId: 9, result: 'sent', n: 1 },
  ];

  it('adds up posts and distinct groups per village and per theme', () => {
    const s = summarize(counts);
    expect(s).toMatchObject({ posts: 6, groups: 4, sent: 4, failed: 1, queued: 1 });
    expect(s.villages).toEqual([
      { village: '上司村', posts: 4, groups: 2 },
      { village: '里腊村', posts: 1, groups: 1 },
      { village: null, posts: 1, groups: 1 },
    ]);
    expect(s.themes[0]).toEqual({ theme: 'land', posts: 4, groups: 3 });
  });

  it('renders lines the centre can copy, with the year’s activities', () => {
    const text = renderStats({ period: periodRange('month', at('2026-12-02T09:00:00')), summary: summarize(counts), year: { label: '2026年', scheduled: 3, manual: 1 } });
    expect(text.split('\n')).toEqual(
      expect.arrayContaining([
        '普法统计（2026年12月）',
        '推送 6 次，覆盖 4 个群（已发出 4，失败 1，待发 1）',
        '· 上司村：4 次，2 个群',
        '· 管理群等：1 次，1 个群',
        '· 山林土地：4 次，3 个群',
        '2026年普法活动：共 4 次（定时 3 次，手动 1 次）',
      ]),
    );
  });

  it('shows per grid what the bot posted, what workers forwarded by hand and what is not forwarded yet', () => {
    const hand: DeliveryCount[] = [
      ...counts,
      { village: '翁台村', grid: '五组', theme: 'land', roomId: 4, result: 'forwarded', n: 2 },
      { village: '翁台村', grid: '五组', theme: 'family', roomId: 4, result: 'to_forward', n: 1 },
      { village: '翁台村', grid: '二组', theme: 'land', roomId: 5, result: 'to_forward', n: 1 },
    ];
    const text = renderStats({ period: periodRange('month', at('2026-12-02T09:00:00')), summary: summarize(hand), year: { label: '2026年', scheduled: 2, manual: 0 } });
    const lines = text.split('\n');
    expect(lines.slice(lines.indexOf('按网格：') + 1, -1)).toEqual([
      '· 里腊村一组：机器人发 1',
      '· 上司村二组：机器人发 1，发送失败 1',
      '· 上司村一组：机器人发 2',
      '· 翁台村二组：人工转发 0，还没转发 1',
      '· 翁台村五组：人工转发 2，还没转发 1',
    ]);
    expect(text).toContain('人工转发的群：已转发 2，还没转发 2');
  });

  it('says so when nothing was posted in the period', () => {
    const text = renderStats({ period: periodRange('month', at('2026-12-02T09:00:00')), summary: summarize([]), year: { label: '2026年', scheduled: 0, manual: 0 } });
    expect(text).toBe('普法统计（2026年12月）：还没有推送记录。\n2026年普法活动：共 0 次（定时 0 次，手动 0 次）');
  });
});
