import { describe, expect, it } from 'vitest';
import { formatLocal } from '../../src/kernel/time.js';
import { parseLeave } from '../../src/reports/leave/leave-parse.js';
import { createCalendar } from '../../src/kernel/calendar.js';
import { realClock } from '../../src/kernel/clock.js';

const TZ = 'Asia/Shanghai';
const CAL = createCalendar(realClock(), TZ);
const NOW = new Date('2026-11-25T10:00:00+08:00'); // 周三

describe('parseLeave (#请假 …)', () => {
  it.each([
    ['至12月10日', '2026-12-11 周五 00:00', '12月10日'],
    ['到12月10号', '2026-12-11 周五 00:00', '12月10日'],
    ['12月10日', '2026-12-11 周五 00:00', '12月10日'],
    ['至十二月十日', '2026-12-11 周五 00:00', '12月10日'],
    ['至２０２６年１２月１０日', '2026-12-11 周五 00:00', '12月10日'],
    ['2026-12-10', '2026-12-11 周五 00:00', '12月10日'],
    ['至12.10', '2026-12-11 周五 00:00', '12月10日'],
    ['3天', '2026-11-28 周六 00:00', '11月27日'],
    ['一周', '2026-12-02 周三 00:00', '12月1日'],
    ['至1月3日', '2027-01-04 周一 00:00', '1月3日'],
    ['到下周日', '2026-12-07 周一 00:00', '12月6日'],
    ['下周日', null, null],
    ['到周五', '2026-11-28 周六 00:00', '11月27日'],
    ['至本周日', '2026-11-30 周一 00:00', '11月29日'],
    ['到下星期三', '2026-12-03 周四 00:00', '12月2日'],
    ['直到下礼拜一', '2026-12-01 周二 00:00', '11月30日'],
    ['到这周六为止', '2026-11-29 周日 00:00', '11月28日'],
    ['到明天', '2026-11-27 周五 00:00', '11月26日'],
    ['今天', null, null],
    ['到上周五', null, null],
    ['至11月20日', null, null],
    ['至2月30日', null, null],
    ['至2028年1月1日', null, null],
    ['', null, null],
  ] as [string, string | null, string | null][])('%s → leave ends %s', (text, until, lastDay) => {
    const r = parseLeave(text, NOW, CAL);
    if (until === null) {
      expect(r.ok).toBe(false);
      return;
    }
    expect(r.ok && r.value.kind === 'until' ? [formatLocal(r.value.until, TZ), r.value.lastDay] : r).toEqual([until, lastDay]);
  });

  it.each(['取消', '销假', ' 取消 '])('reads %s as the end of a leave', (text) => {
    expect(parseLeave(text, NOW, CAL)).toEqual({ ok: true, value: { kind: 'cancel' } });
  });

  it('rolls a date early in the year over to the next year when written in December', () => {
    const r = parseLeave('至1月3日', new Date('2026-12-28T10:00:00+08:00'), CAL);
    expect(r.ok && r.value.kind === 'until' && formatLocal(r.value.until, TZ)).toBe('2027-01-04 周一 00:00');
  });
});
