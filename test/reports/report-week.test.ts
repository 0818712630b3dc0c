import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/reports/cycle/cycle.js';
import { statedWeek, weekOfReport } from '../../src/reports/cycle/report-week.js';
import { createCalendar } from '../../src/kernel/calendar.js';
import { realClock } from '../../src/kernel/clock.js';

const TZ = 'Asia/Shanghai';
const CAL = createCalendar(realClock(), TZ);
const at = (s: string) => new Date(`${s}+08:00`);
const TUESDAY = at('2026-12-08T10:00'); // 2026-W50

describe('the week a report names', () => {
  it.each([
    ['【上司村三组第49周周报】\n网格:上司村三组', '2026-W49'],
    ['【周报】第四十九周 网格:上司村三组 排查户数:60 本周无矛盾纠纷', '2026-W49'],
    ['第 48 周周报 网格:上司村三组', '2026-W48'],
    ['补报上周的周报 网格:上司村三组 排查户数:60', '2026-W49'],
    ['上星期的 网格:里腊村一组 排查户数:60 本周无矛盾纠纷', '2026-W49'],
    ['11月第4周周报 网格:里腊村一组', '2026-W48'],
    ['十二月第一周的周报', '2026-W49'],
    ['【周报】网格:上司村三组 排查户数:60\n1. 类型:邻里;当事人:甲、乙;事由:上周两家因排水吵架', null],
    ['【周报】本周 网格:上司村三组 排查户数:60 本周无矛盾纠纷', null],
    ['第60周', 'unknown'],
    ['13月第1周', 'unknown'],
  ] as [string, string | null][])('%s → %s', (text, week) => {
    expect(statedWeek(text, TUESDAY, CAL)).toBe(week);
  });

  it("reads 第52周 written in early January as last year's", () => {
    expect(statedWeek('第52周周报', at('2027-01-05T10:00'), CAL)).toBe('2026-W52');
  });
});

describe('the week a report is filed under', () => {
  it.each([
    ['no week named, after the digest: this week', '网格:上司村三组', TUESDAY, '2026-W50'],
    ['no week named, Monday before the digest: last week', '网格:上司村三组', at('2026-12-07T08:00'), '2026-W49'],
    ['last week named after the digest', '第49周 网格:上司村三组', TUESDAY, '2026-W49'],
    ['this week named on Monday before the digest', '第50周 网格:上司村三组', at('2026-12-07T08:00'), '2026-W50'],
  ] as [string, string, Date, string][])('%s', (_, text, now, week) => {
    expect(weekOfReport(DEFAULT_SETTINGS, text, now, CAL)).toEqual({ ok: true, value: week });
  });

  it('asks back a week still to come', () => {
    const r = weekOfReport(DEFAULT_SETTINGS, '第51周 网格:上司村三组', TUESDAY, CAL);
    expect(r.ok ? null : r.problems[0]!.message).toContain('这一周还没到');
  });
});
