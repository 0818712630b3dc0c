import { describe, expect, it } from 'vitest';
import { formatLocal } from '../../src/kernel/time.js';
import { adminEscalationText } from '../../src/reports/cycle/cycle-text.js';
import {
  byVillage,
  checkOrder,
  chiefsToCover,
  closedWeek,
  coveredGrids,
  DEFAULT_SETTINGS,
  excused,
  missingGrids,
  nextStep,
  recipients,
  reportWeekFor,
  stepAt,
  tally,
  weekLabel,
  weekOfFiring,
  weekWindow,
  type CycleGrid,
  type CycleWorker,
  type WeekRecords,
} from '../../src/reports/cycle/cycle.js';
import { createCalendar } from '../../src/kernel/calendar.js';
import { realClock } from '../../src/kernel/clock.js';

const TZ = 'Asia/Shanghai';
const CAL = createCalendar(realClock(), TZ);
const S = DEFAULT_SETTINGS;
const at = (s: string) => new Date(`${s}+08:00`);
const fmt = (d: Date | null) => (d ? formatLocal(d, TZ) : null);

describe('step times (defaults: 周五 09:00, 周六 18:00, 周日 20:00, 周一 08:30)', () => {
  it.each([
    ['remind', '2026-11-25T10:00', '2026-11-27 周五 09:00'],
    ['remind', '2026-11-27T09:00', '2026-12-04 周五 09:00'],
    ['chase', '2026-11-27T09:00', '2026-11-28 周六 18:00'],
    ['deadline', '2026-11-28T18:00', '2026-11-29 周日 20:00'],
    ['digest', '2026-11-29T20:00', '2026-11-30 周一 08:30'],
  ] as const)('next %s after %s is %s', (step, after, expected) => {
    expect(fmt(nextStep(S.times[step], at(after), CAL))).toBe(expected);
  });

  it('places a step inside a given ISO week, also across a year end', () => {
    expect(fmt(stepAt(S.times.deadline, '2026-W48', CAL))).toBe('2026-11-29 周日 20:00');
    expect(fmt(stepAt(S.times.remind, '2026-W53', CAL))).toBe('2027-01-01 周五 09:00');
    expect(fmt(stepAt(S.times.digest, '2027-W01', CAL))).toBe('2027-01-04 周一 08:30');
  });
});

describe('which week a firing or a report belongs to', () => {
  it.each([
    ['remind', '2026-11-27T09:00', '2026-W48'],
    ['deadline', '2026-11-29T20:00', '2026-W48'],
    ['digest', '2026-11-30T08:30', '2026-W48'],
    ['digest', '2027-01-04T08:30', '2026-W53'],
  ] as const)('%s at %s is about %s', (step, fire, week) => {
    expect(weekOfFiring(S, step, at(fire), CAL)).toBe(week);
  });

  it.each([
    ['2026-11-24T10:00', '2026-W48', 'early in the week'],
    ['2026-11-29T19:59', '2026-W48', 'just before the deadline'],
    ['2026-11-29T22:00', '2026-W48', 'late, after the deadline'],
    ['2026-11-30T07:00', '2026-W48', 'late, Monday before the digest'],
    ['2026-11-30T09:00', '2026-W49', 'after the digest'],
  ])('a report at %s counts for %s (%s)', (when, week) => {
    expect(reportWeekFor(S, at(when), CAL)).toBe(week);
  });

  it('follows a digest moved into the same week as the deadline', () => {
    const settings = { ...S, times: { ...S.times, digest: { weekday: 7, hour: 21, minute: 0 } } };
    expect(reportWeekFor(settings, at('2026-11-29T20:30'), CAL)).toBe('2026-W48');
    expect(reportWeekFor(settings, at('2026-11-29T21:30'), CAL)).toBe('2026-W49');
    expect(closedWeek(settings, at('2026-11-29T21:00'), CAL)).toBe('2026-W48');
  });

  it('names a week in plain Chinese', () => {
    expect(weekLabel('2026-W48', CAL)).toBe('第48周（11月23日至11月29日）');
  });
});

describe('checkOrder', () => {
  it('accepts the defaults and refuses a chase after the deadline', () => {
    expect(checkOrder(S.times)).toBeNull();
    expect(checkOrder({ ...S.times, chase: { weekday: 7, hour: 21, minute: 0 } })?.field).toBe('time');
    expect(checkOrder({ ...S.times, remind: { weekday: 6, hour: 19, minute: 0 } })).not.toBeNull();
  });
});

const grid = (gridId: number, name: string, village: string, villageId: number, chiefId: number | null = null, since = at('2026-11-01T00:00')): CycleGrid => ({
  gridId,
  grid: name,
  village,
  villageId,
  chiefId,
  since,
});
const worker = (id: number, gridId: number, extra: Partial<CycleWorker> = {}): CycleWorker => ({
  id,
  name: `网格员${id}`,
  gridId,
  wechatId: `wx${id}`,
  onLeaveUntil: null,
  onLeaveFrom: null,
  ...extra,
});

const WEEK = weekWindow(S, '2026-W48', CAL);
const GRIDS = [
  grid(1, '一组', '上司村', 1, 100),
  grid(2, '二组', '上司村', 1, 100),
  grid(3, '三组', '上司村', 1, 101),
  grid(4, '一组', '里腊村', 2, 102),
  grid(5, '二组', '里腊村', 2, null),
];
const records = (workers: CycleWorker[], reported: number[] = []): WeekRecords => ({ grids: GRIDS, workers, reported: new Set(reported) });

describe('leave', () => {
  it.each([
    [null, false, 'no leave'],
    ['2026-11-27T00:00', false, 'leave ended before Friday'],
    ['2026-11-27T09:00', false, 'leave ends exactly at the reminder'],
    ['2026-11-28T00:00', true, 'on leave through Friday'],
    ['2026-12-10T00:00', true, 'long leave'],
  ] as [string | null, boolean, string][])('leave until %s: excused %s (%s)', (until, expected) => {
    expect(excused(worker(1, 1, { onLeaveUntil: until ? at(until) : null }), WEEK)).toBe(expected);
  });
});

describe('a leave recorded later', () => {
  it.each([
    ['2026-11-26T10:00', true, 'recorded before the reminder'],
    ['2026-11-28T08:00', true, 'recorded midweek, after the reminder'],
    ['2026-11-29T21:00', false, 'recorded after the deadline: the week was already missed'],
    ['2026-12-03T10:00', false, 'recorded the week after'],
  ] as [string, boolean, string][])('from %s: excused %s (%s)', (from, expected) => {
    expect(excused(worker(1, 1, { onLeaveUntil: at('2026-12-20T00:00'), onLeaveFrom: at(from) }), WEEK)).toBe(expected);
  });
});

describe('a grid counts from the first reminder after it was created', () => {
  const late = grid(6, '三组', '里腊村', 2, 102, at('2026-11-28T10:00'));
  const early = grid(7, '四组', '里腊村', 2, 102, at('2026-11-27T08:00'));
  const r: WeekRecords = { grids: [late, early], workers: [worker(1, 6), worker(2, 7)], reported: new Set() };

  it('is neither reminded, chased nor missing in a week whose reminder went out before it existed', () => {
    expect(recipients(r, WEEK).map((x) => x.grid.gridId)).toEqual([7]);
    expect(missingGrids(r, WEEK).map((g) => g.gridId)).toEqual([7]);
    expect(tally(r, WEEK).expected).toBe(1);
  });

  it('is expected the week after', () => {
    expect(tally(r, weekWindow(S, '2026-W49', CAL)).expected).toBe(2);
  });

  it('still counts a report it sent anyway', () => {
    expect(tally({ ...r, reported: new Set([6]) }, WEEK)).toMatchObject({ received: 1, expected: 2 });
  });
});

describe('who is reminded, chased and missing', () => {
  const onLeave = { onLeaveUntil: at('2026-12-10T00:00') };
  const workers = [worker(1, 1), worker(2, 2, { wechatId: null }), worker(3, 3, onLeave), worker(4, 4), worker(5, 4, onLeave), worker(6, 5)];

  it('reaches every worker not on leave, by @ in the group when the bot does not know their account', () => {
    const r = recipients(records(workers), WEEK);
    expect(r.map((x) => [x.worker.id, x.via])).toEqual([
      [1, 'private'],
      [2, 'mention'],
      [4, 'private'],
      [6, 'private'],
    ]);
  });

  it('leaves out grids that have reported', () => {
    expect(recipients(records(workers, [1, 4]), WEEK).map((x) => x.worker.id)).toEqual([2, 6]);
  });

  it('lists missing grids without the grid whose only worker is on leave', () => {
    expect(missingGrids(records(workers, [2]), WEEK).map((g) => g.gridId)).toEqual([1, 4, 5]);
  });

  it('asks the chief to cover a grid whose workers are all on leave, until it reports', () => {
    expect(coveredGrids(records(workers), WEEK).map((g) => g.gridId)).toEqual([3]);
    expect([...chiefsToCover(records(workers), WEEK)]).toEqual([[101, [GRIDS[2]]]]);
    expect(chiefsToCover(records(workers, [3]), WEEK).size).toBe(0);
  });

  it('counts n/N: a covered grid that reports anyway counts as expected and received', () => {
    const t = tally(records(workers, [1, 3]), WEEK);
    expect([t.received, t.expected]).toEqual([2, 5]);
    expect(t.missing.map((g) => g.gridId)).toEqual([2, 4, 5]);
    expect(t.onLeave.map((x) => x.worker.id)).toEqual([3, 5]);
    const none = tally(records(workers), WEEK);
    expect([none.received, none.expected]).toEqual([0, 4]);
  });

  it('does not expect a grid that has no worker at all', () => {
    expect(missingGrids(records([worker(1, 1)]), WEEK).map((g) => g.gridId)).toEqual([1]);
  });

  it('groups grids by village in roster order', () => {
    expect(byVillage([GRIDS[3]!, GRIDS[1]!, GRIDS[0]!]).map(([v, gs]) => [v, gs.map((g) => g.grid)])).toEqual([
      ['上司村', ['一组', '二组']],
      ['里腊村', ['一组']],
    ]);
  });
});

describe('a grid on leave with no chief', () => {
  const onLeave = { onLeaveUntil: at('2026-12-10T00:00') };
  const workers = [worker(1, 1), worker(2, 2), worker(3, 3), worker(4, 4), worker(6, 5, onLeave)];

  it('is not missing, but is named as covered by nobody until it reports', () => {
    const t = tally(records(workers, [1, 2, 3, 4]), WEEK);
    expect(t.missing).toEqual([]);
    expect(t.uncovered.map((g) => g.gridId)).toEqual([5]);
    expect(tally(records(workers, [1, 2, 3, 4, 5]), WEEK).uncovered).toEqual([]);
  });

  it('is in the deadline notice to the admin group, whether or not others are missing', () => {
    const all = adminEscalationText(tally(records(workers, [1, 2, 3, 4]), WEEK), '第48周');
    expect(all).toContain('请假无人代报：里腊村二组');
    const some = adminEscalationText(tally(records(workers, [1, 2]), WEEK), '第48周');
    expect(some).toContain('未报 2 个');
    expect(some).toContain('请假无人代报：里腊村二组');
  });
});
