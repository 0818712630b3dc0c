import { problem, type Problem } from '../../kernel/result.js';
import { nextFireTimes, type Rule } from '../../scheduler/rules.js';
import type { Calendar } from '../../kernel/calendar.js';

/**
 * When the weekly cycle's steps fire and which ISO week each firing is about (pure, Asia/Shanghai
 * by default). Who is reminded, chased or missing is in cycle.ts.
 */
export type Step = 'remind' | 'chase' | 'deadline' | 'digest';
export const STEPS: readonly Step[] = ['remind', 'chase', 'deadline', 'digest'];

/** A time in the week: ISO weekday (1 = Monday) and wall-clock time. */
export interface WeeklyTime {
  weekday: number;
  hour: number;
  minute: number;
}

export interface CycleSettings {
  times: Record<Step, WeeklyTime>;
  /** ISO weeks ('2026-W52') in which no reports are collected (holidays). */
  paused: string[];
}

export const DEFAULT_SETTINGS: CycleSettings = {
  times: {
    remind: { weekday: 5, hour: 9, minute: 0 },
    chase: { weekday: 6, hour: 18, minute: 0 },
    deadline: { weekday: 7, hour: 20, minute: 0 },
    digest: { weekday: 1, hour: 8, minute: 30 },
  },
  paused: [],
};

/** How admins name the steps in `#周报 时间 提醒 周五 09:00`. */
export const STEP_WORDS: Record<Step, readonly string[]> = {
  remind: ['提醒'],
  chase: ['催报', '催交'],
  deadline: ['截止'],
  digest: ['周报汇总', '汇总', '周汇总'],
};

export const stepRule = (t: WeeklyTime): Rule => ({ kind: 'weekly', weekdays: [t.weekday], time: { hour: t.hour, minute: t.minute } });

/** The step's next firing strictly after `after`. */
export const nextStep = (t: WeeklyTime, after: Date, cal: Calendar): Date | null => nextFireTimes(stepRule(t), after, 1, cal.tz)[0] ?? null;

/** The instant of `t` inside ISO week `week`. */
export function stepAt(t: WeeklyTime, week: string, cal: Calendar): Date {
  const p = cal.local(cal.startOfIsoWeek(week));
  return cal.fromLocal({ year: p.year, month: p.month, day: p.day + t.weekday - 1, hour: t.hour, minute: t.minute });
}

/** The ISO week that closed last at `at`: the week of the latest deadline at or before it. */
export function closedWeek(settings: CycleSettings, at: Date, cal: Calendar): string {
  const week = cal.isoWeek(at).key;
  if (stepAt(settings.times.deadline, week, cal) <= at) return week;
  return cal.isoWeek(cal.addDays(at, -7)).key;
}

/** Which week a firing is about: its own week, except the digest, which reports on the week just closed. */
export function weekOfFiring(settings: CycleSettings, step: Step, fireAt: Date, cal: Calendar): string {
  return step === 'digest' ? closedWeek(settings, fireAt, cal) : cal.isoWeek(fireAt).key;
}

/**
 * The week a report received at `now` counts for: the week the next digest reports on, so a late
 * report sent on Monday morning before the review meeting still counts for the week before.
 */
export function reportWeekFor(settings: CycleSettings, now: Date, cal: Calendar): string {
  const digest = nextStep(settings.times.digest, now, cal);
  return digest ? closedWeek(settings, digest, cal) : cal.isoWeek(now).key;
}

export interface Window {
  week: string;
  remindAt: Date;
  chaseAt: Date;
  deadlineAt: Date;
}

export function weekWindow(settings: CycleSettings, week: string, cal: Calendar): Window {
  const at = (s: Step) => stepAt(settings.times[s], week, cal);
  return { week, remindAt: at('remind'), chaseAt: at('chase'), deadlineAt: at('deadline') };
}

const minuteOfWeek = (t: WeeklyTime): number => ((t.weekday - 1) * 24 + t.hour) * 60 + t.minute;

/** Reminder, chase and deadline must come in that order within the ISO week. */
export function checkOrder(times: Record<Step, WeeklyTime>): Problem | null {
  const [r, c, d] = [times.remind, times.chase, times.deadline].map(minuteOfWeek) as [number, number, number];
  if (r < c && c < d) return null;
  return problem('time', '提醒、催报、截止要按这个先后顺序，且在同一周内（周一到周日）。');
}

export const isPaused = (settings: CycleSettings, week: string): boolean => settings.paused.includes(week);

/** '第48周（11月23日至11月29日）'; the ledger sheet writes the span with a dash (`between` '—'). */
export function weekLabel(week: string, cal: Calendar, between = '至'): string {
  const monday = cal.startOfIsoWeek(week);
  const md = (d: Date) => {
    const p = cal.local(d);
    return `${p.month}月${p.day}日`;
  };
  return `第${Number(week.slice(-2))}周（${md(monday)}${between}${md(cal.addDays(monday, 6))}）`;
}
