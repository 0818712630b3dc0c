import { describe, expect, it } from 'vitest';
import { computeStats } from '../../src/summary/index.js';
import { type Dispute } from '../../src/ledger/index.js';
import { digestText, type DigestData } from '../../src/summary/digest.js';
import { groupReceipt } from '../../src/reports/replies.js';
import { createCalendar } from '../../src/kernel/calendar.js';
import { realClock } from '../../src/kernel/clock.js';

// Only the fields a receipt could leak; the rest of a stored dispute does not matter here.
const dispute = (): Dispute =>
  ({ code: 'SS-2026-0001', category: 'neighbor', status: 'pending', risks: [], summary: '排水沟堵塞引发争吵', parties: ['张某某', '李某某'] }) as unknown as Dispute;

describe('groupReceipt', () => {
  it('tells the group of a nil report without promising dispute details or codes', () => {
    const text = groupReceipt({ grid: '上司村三组', households: 70, nil: true, disputes: [] });
    expect(text).toContain('收到上司村三组周报（排查70户，本周无矛盾纠纷）');
    expect(text).not.toMatch(/纠纷详情|编号/);
  });

  it('tells the group how many disputes, never what they are', () => {
    const text = groupReceipt({ grid: '上司村三组', households: 72, nil: false, disputes: [dispute()] });
    expect(text).toContain('纠纷1件');
    expect(text).toContain('私聊');
    expect(text).not.toMatch(/排水沟|张某某|SS-2026/);
  });
});

const emptyStats = computeStats({ label: '第50周', from: null, to: null, village: null, disputes: [], followups: [], reports: [], weeks: [] });

const digest = (over: Partial<DigestData>): DigestData => ({
  weekLabel: '第50周（12月7日至12月13日）',
  paused: false,
  tally: { received: 2, expected: 3, missing: [], onLeave: [], uncovered: [] },
  households: 133,
  week: emptyStats,
  risks: [],
  overdue: [],
  followupsDue: [],
  failedMessages: 0,
  dangerAlarms: 0,
  missedFirings: [],
  now: new Date('2026-12-14T08:30:00+08:00'),
  cal: createCalendar(realClock(), 'Asia/Shanghai'),
  ...over,
});

describe('digestText', () => {
  it('numbers the sections of a paused week as of any other week, households included', () => {
    const lines = digestText(digest({ paused: true, households: 40 })).split('\n');
    const heads = lines.filter((l) => /^[一二三四五六七]、/.test(l)).map((l) => l[0]);
    expect(heads).toEqual(['一', '二', '三', '四', '五', '六', '七']);
    expect(lines).toContain('一、周报：这一周暂停收周报（节假日）。');
    expect(lines).toContain('二、排查户数：40 户');
  });

  it('numbers the sections of an ordinary week the same way', () => {
    const heads = digestText(digest({}))
      .split('\n')
      .filter((l) => /^[一二三四五六七]、/.test(l))
      .map((l) => l[0]);
    expect(heads).toEqual(['一', '二', '三', '四', '五', '六', '七']);
  });
});
