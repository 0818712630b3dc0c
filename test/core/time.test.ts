import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, formatDate, formatLocal, fromLocal, isoWeek, isValidTimeZone, localParts, startOfIsoWeek } from '../../src/kernel/time.js';

const at = (iso: string) => new Date(iso);

describe('localParts', () => {
  it.each([
    ['2026-12-02T12:00:00Z', { year: 2026, month: 12, day: 2, hour: 20, minute: 0, second: 0, weekday: 3 }],
    ['2026-12-31T16:30:05Z', { year: 2027, month: 1, day: 1, hour: 0, minute: 30, second: 5, weekday: 5 }],
    ['2026-03-01T15:59:59Z', { year: 2026, month: 3, day: 1, hour: 23, minute: 59, second: 59, weekday: 7 }],
    ['2024-02-28T16:00:00Z', { year: 2024, month: 2, day: 29, hour: 0, minute: 0, second: 0, weekday: 4 }],
  ])('reads %s in Shanghai', (iso, parts) => expect(localParts(at(iso), 'Asia/Shanghai')).toEqual(parts));

  it('reads midnight as hour 0, not 24', () => {
    expect(localParts(at('2026-06-30T16:00:00Z'), 'Asia/Shanghai').hour).toBe(0);
  });

  it('honours another zone', () => {
    expect(localParts(at('2026-12-02T12:00:00Z'), 'UTC')).toMatchObject({ day: 2, hour: 12, weekday: 3 });
  });
});

describe('fromLocal', () => {
  it.each([
    [{ year: 2026, month: 12, day: 2, hour: 20, minute: 0 }, '2026-12-02T12:00:00.000Z'],
    [{ year: 2026, month: 1, day: 1 }, '2025-12-31T16:00:00.000Z'],
    [{ year: 2026, month: 1, day: 32, hour: 9 }, '2026-02-01T01:00:00.000Z'],
    [{ year: 2026, month: 2, day: 29, hour: 9 }, '2026-03-01T01:00:00.000Z'],
    [{ year: 2026, month: 13, day: 1 }, '2026-12-31T16:00:00.000Z'],
    [{ year: 2026, month: 5, day: 0, hour: 8 }, '2026-04-30T00:00:00.000Z'],
  ])('places %j', (parts, iso) => expect(fromLocal(parts, 'Asia/Shanghai').toISOString()).toBe(iso));

  it('round-trips with localParts', () => {
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 7_777_777) {
      const p = localParts(new Date(ms), 'Asia/Shanghai');
      expect(fromLocal(p, 'Asia/Shanghai').getTime()).toBe(Math.floor(ms / 1000) * 1000);
    }
  });

  it('handles a zone with daylight saving', () => {
    const d = fromLocal({ year: 2026, month: 7, day: 1, hour: 9 }, 'Europe/Berlin');
    expect(d.toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(fromLocal({ year: 2026, month: 1, day: 1, hour: 9 }, 'Europe/Berlin').toISOString()).toBe('2026-01-01T08:00:00.000Z');
  });
});

describe('formatting', () => {
  it.each([
    ['2026-12-02T12:00:00Z', '2026-12-02 周三 20:00', '2026-12-02'],
    ['2026-12-06T01:05:00Z', '2026-12-06 周日 09:05', '2026-12-06'],
    ['2026-12-31T16:00:00Z', '2027-01-01 周五 00:00', '2027-01-01'],
  ])('writes %s as %s', (iso, local, date) => {
    expect(formatLocal(at(iso), 'Asia/Shanghai')).toBe(local);
    expect(formatDate(at(iso), 'Asia/Shanghai')).toBe(date);
  });
});

describe('isoWeek', () => {
  it.each([
    ['2026-12-31T04:00:00Z', 2026, 53], // Thursday: 2026 has 53 weeks
    ['2027-01-01T04:00:00Z', 2026, 53], // Friday belongs to the week of 31 Dec
    ['2027-01-04T04:00:00Z', 2027, 1],
    ['2020-12-31T04:00:00Z', 2020, 53],
    ['2021-01-03T04:00:00Z', 2020, 53], // Sunday of that week
    ['2024-12-30T04:00:00Z', 2025, 1], // Monday counted in next year
    ['2026-11-23T04:00:00Z', 2026, 48],
    ['2026-01-01T04:00:00Z', 2026, 1],
    ['2025-12-28T04:00:00Z', 2025, 52],
  ])('puts %s in %i week %i', (iso, year, week) => {
    expect(isoWeek(at(iso), 'Asia/Shanghai')).toEqual({ year, week, key: `${year}-W${String(week).padStart(2, '0')}` });
  });

  it('uses the local date, not the UTC date', () => {
    // Monday 2027-01-04 00:30 in Shanghai is still Sunday in UTC.
    expect(isoWeek(at('2027-01-03T16:30:00Z'), 'Asia/Shanghai').key).toBe('2027-W01');
    expect(isoWeek(at('2027-01-03T16:30:00Z'), 'UTC').key).toBe('2026-W53');
  });
});

describe('startOfIsoWeek', () => {
  it.each([
    ['2026-W48', '2026-11-23 周一 00:00'],
    ['2026-W01', '2025-12-29 周一 00:00'],
    ['2020-W53', '2020-12-28 周一 00:00'],
    ['2027-W01', '2027-01-04 周一 00:00'],
  ])('starts %s on %s', (key, local) => expect(formatLocal(startOfIsoWeek(key, 'Asia/Shanghai'), 'Asia/Shanghai')).toBe(local));

  it('finds the Monday of a date', () => {
    expect(formatLocal(startOfIsoWeek(at('2026-12-06T15:00:00Z'), 'Asia/Shanghai'), 'Asia/Shanghai')).toBe('2026-11-30 周一 00:00');
    expect(formatLocal(startOfIsoWeek(at('2026-11-30T00:00:00Z'), 'Asia/Shanghai'), 'Asia/Shanghai')).toBe('2026-11-30 周一 00:00');
  });

  it('agrees with isoWeek', () => {
    for (let ms = Date.UTC(2019, 0, 1); ms < Date.UTC(2029, 0, 1); ms += 5 * 86_400_000 + 3_600_000) {
      const w = isoWeek(new Date(ms), 'Asia/Shanghai');
      expect(startOfIsoWeek(w.key, 'Asia/Shanghai').getTime()).toBe(startOfIsoWeek(new Date(ms), 'Asia/Shanghai').getTime());
    }
  });

  it('rejects a malformed key', () => expect(() => startOfIsoWeek('2026-48', 'Asia/Shanghai')).toThrow(RangeError));
});

describe('addDays and calendar', () => {
  it('keeps the wall-clock time across month and year ends', () => {
    expect(formatLocal(addDays(at('2026-12-31T12:00:00Z'), 1, 'Asia/Shanghai'), 'Asia/Shanghai')).toBe('2027-01-01 周五 20:00');
    expect(formatLocal(addDays(at('2026-03-01T01:00:00Z'), -1, 'Asia/Shanghai'), 'Asia/Shanghai')).toBe('2026-02-28 周六 09:00');
  });

  it('keeps local time across a DST change', () => {
    const before = fromLocal({ year: 2026, month: 3, day: 28, hour: 9 }, 'Europe/Berlin');
    expect(localParts(addDays(before, 1, 'Europe/Berlin'), 'Europe/Berlin').hour).toBe(9);
  });

  it('knows month lengths', () => {
    expect([daysInMonth(2026, 2), daysInMonth(2028, 2), daysInMonth(2026, 4), daysInMonth(2026, 12)]).toEqual([28, 29, 30, 31]);
  });

  it('validates zones', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Mars/Base')).toBe(false);
  });
});

describe('localParts against Intl', () => {
  // localParts reads a cached offset per quarter hour; Intl is the reference it must always agree with.
  const ZONES = ['Asia/Shanghai', 'UTC', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu'];
  const reference = (d: Date, tz: string) => {
    const out: Record<string, string> = {};
    const f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    for (const p of f.formatToParts(d)) out[p.type] = p.value;
    return { year: +out.year!, month: +out.month!, day: +out.day!, hour: +out.hour!, minute: +out.minute!, second: +out.second! };
  };

  it('agrees on any instant 1990–2100 in zones with and without daylight saving', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.constantFrom(...ZONES), (ms, tz) => {
        const { weekday, ...parts } = localParts(new Date(ms), tz);
        expect(parts).toEqual(reference(new Date(ms), tz));
        expect(weekday).toBe(((new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay() + 6) % 7) + 1);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees right around daylight-saving changes', () => {
    // New York springs forward 2026-03-08 07:00 UTC; Lord Howe moves by half an hour on 2026-04-04 15:00 UTC.
    for (const [tz, at] of [
      ['America/New_York', Date.UTC(2026, 2, 8, 7)],
      ['Australia/Lord_Howe', Date.UTC(2026, 3, 4, 15)],
    ] as const) {
      for (const delta of [-60_001, -1000, -1, 0, 1, 999, 60_000]) {
        const { weekday: _w, ...parts } = localParts(new Date(at + delta), tz);
        expect(parts).toEqual(reference(new Date(at + delta), tz));
      }
    }
  });
});
