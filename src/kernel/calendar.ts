import type { Clock } from './clock.js';
import { dayEnd, dayStart, endOfDayAfter } from './day-span.js';
import { addDays, formatDate, formatLocal, fromLocal, isoWeek, localParts, startOfIsoWeek, type IsoWeek, type LocalInput, type LocalParts } from './time.js';

type LocalDay = { year: number; month: number; day: number };

/**
 * The clock read in the township's time zone: every local-date question domain code asks.
 * Built once by the composition root, so no domain signature carries a zone string.
 */
export interface Calendar {
  /** The IANA zone ('Asia/Shanghai'), for the lower layers that still take one. */
  readonly tz: string;
  now(): Date;
  /** The wall-clock reading of `d`. */
  local(d: Date): LocalParts;
  /** The instant the wall clock reads `parts` (overflowing fields are normalised). */
  fromLocal(parts: LocalInput): Date;
  isoWeek(d: Date): IsoWeek;
  /** Monday 00:00 local of a week key ('2026-W48') or of the week holding an instant. */
  startOfIsoWeek(week: string | Date): Date;
  /** The same wall-clock time `n` local days later. */
  addDays(d: Date, n: number): Date;
  /** '2026-12-02' */
  formatDate(d: Date): string;
  /** '2026-12-02 周三 20:00' */
  formatLocal(d: Date): string;
  /** The instant a local day starts. */
  dayStart(d: LocalDay): Date;
  /** The instant after a local day ends (the next day's start). */
  dayEnd(d: LocalDay): Date;
  /** 23:59:59 local on the day `days` after `d`'s day. */
  endOfDayAfter(d: Date, days: number): Date;
}

/** A calendar over `clock` in zone `tz`; `tz` is assumed valid (config checks it at start-up). */
export function createCalendar(clock: Pick<Clock, 'now'>, tz: string): Calendar {
  return {
    tz,
    now: () => clock.now(),
    local: (d) => localParts(d, tz),
    fromLocal: (parts) => fromLocal(parts, tz),
    isoWeek: (d) => isoWeek(d, tz),
    startOfIsoWeek: (week) => startOfIsoWeek(week, tz),
    addDays: (d, n) => addDays(d, n, tz),
    formatDate: (d) => formatDate(d, tz),
    formatLocal: (d) => formatLocal(d, tz),
    dayStart: (d) => dayStart(d, tz),
    dayEnd: (d) => dayEnd(d, tz),
    endOfDayAfter: (d, days) => endOfDayAfter(d, days, tz),
  };
}
