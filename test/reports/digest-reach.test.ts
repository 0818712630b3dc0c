import { describe, expect, it } from 'vitest';
import { computeStats } from '../../src/summary/index.js';
import { digestText, type DigestData } from '../../src/summary/digest.js';
import { createCalendar } from '../../src/kernel/calendar.js';
import { realClock } from '../../src/kernel/clock.js';

const stats = computeStats({ label: '第50周', from: null, to: null, village: null, disputes: [], followups: [], reports: [], weeks: [] });
const digest = (unreachable: string[]): DigestData => ({
  weekLabel: '第50周（12月7日至12月13日）',
  paused: false,
  tally: { received: 2, expected: 3, missing: [], onLeave: [], uncovered: [] },
  households: 133,
  week: stats,
  risks: [],
  overdue: [],
  followupsDue: [],
  failedMessages: 0,
  dangerAlarms: 0,
  missedFirings: [],
  unreachable,
  now: new Date('2026-12-14T08:30:00+08:00'),
  cal: createCalendar(realClock(), 'Asia/Shanghai'),
});

describe('digest: staff WeCom cannot push to', () => {
  it('lists them last, with what the chief or the centre should ask them to do', () => {
    const last = digestText(digest(['张网格', '刘网格']))
      .split('\n')
      .at(-1);
    expect(last).toBe('九、企业微信还推送不到（没给机器人发过消息）：张网格、刘网格。请网格长或综治中心提醒他们私聊机器人发一句 #帮助。');
  });
  it('adds nothing when everyone can be reached', () => {
    expect(digestText(digest([]))).not.toContain('九、');
  });
});

describe('digest: 普法 per grid', () => {
  it('numbers on after the unreachable staff, or takes 九 when everyone can be reached', () => {
    const posts = [
      { grid: '上司村三组', bot: 0, failed: 0, forwarded: 1, toForward: 1 },
      { grid: '里腊村一组', bot: 2, failed: 0, forwarded: 0, toForward: 0 },
    ];
    const line = '本周普法（按网格）：上司村三组：人工转发 1，还没转发 1；里腊村一组：机器人发 2';
    expect(
      digestText({ ...digest(['张网格']), posts })
        .split('\n')
        .at(-1),
    ).toBe(`十、${line}`);
    expect(
      digestText({ ...digest([]), posts })
        .split('\n')
        .at(-1),
    ).toBe(`九、${line}`);
  });
});
