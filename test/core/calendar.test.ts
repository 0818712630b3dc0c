import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/kernel/calendar.js';
import { virtualClock } from '../../src/kernel/clock.js';

// A Monday evening in Shanghai is still Monday morning in UTC, and Sunday night in UTC is Monday in Shanghai.
const SUNDAY_NIGHT_UTC = new Date('2026-11-29T20:00:00Z');

describe('the calendar reads its clock in its own zone', () => {
  const clock = virtualClock(SUNDAY_NIGHT_UTC);
  const shanghai = createCalendar(clock, 'Asia/Shanghai');
  const utc = createCalendar(clock, 'UTC');

  it('tells the time of the clock it was built on, and follows it', async () => {
    expect(shanghai.now()).toEqual(SUNDAY_NIGHT_UTC);
    await clock.advanceTo(new Date('2026-11-30T01:00:00Z'));
    expect(shanghai.formatLocal(shanghai.now())).toBe('2026-11-30 周一 09:00');
  });

  it.each([
    ['Asia/Shanghai', shanghai, '2026-11-30', '2026-11-30 周一 04:00', '2026-W49', 1],
    ['UTC', utc, '2026-11-29', '2026-11-29 周日 20:00', '2026-W48', 7],
  ] as const)('in %s the same instant has its own date, week and weekday', (tz, cal, date, local, week, weekday) => {
    expect(cal.tz).toBe(tz);
    expect(cal.formatDate(SUNDAY_NIGHT_UTC)).toBe(date);
    expect(cal.formatLocal(SUNDAY_NIGHT_UTC)).toBe(local);
    expect(cal.isoWeek(SUNDAY_NIGHT_UTC).key).toBe(week);
    expect(cal.local(SUNDAY_NIGHT_UTC).weekday).toBe(weekday);
  });

  it('places local days and weeks in its zone', () => {
    expect(shanghai.fromLocal({ year: 2026, month: 12, day: 1, hour: 8 }).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(shanghai.startOfIsoWeek('2026-W49').toISOString()).toBe('2026-11-29T16:00:00.000Z');
    expect(utc.startOfIsoWeek(SUNDAY_NIGHT_UTC).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(shanghai.dayStart({ year: 2026, month: 12, day: 1 }).toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(shanghai.dayEnd({ year: 2026, month: 12, day: 31 }).toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it('counts days and deadlines on the local calendar', () => {
    expect(shanghai.formatLocal(shanghai.addDays(SUNDAY_NIGHT_UTC, 3))).toBe('2026-12-03 周四 04:00');
    expect(shanghai.formatLocal(shanghai.endOfDayAfter(SUNDAY_NIGHT_UTC, 3))).toBe('2026-12-03 周四 23:59');
    expect(utc.formatLocal(utc.endOfDayAfter(SUNDAY_NIGHT_UTC, 3))).toBe('2026-12-02 周三 23:59');
  });
});
