import type { AppDeps } from '../../app-deps.js';
import type { Job, JobSource } from '../../scheduler/runtime.js';
import { nextStep, weekOfFiring, weekWindow, type CycleSettings, type Step } from './cycle.js';
import { loadSettings } from './settings.js';
import { runChase, runDeadline, runRemind } from './steps.js';
import type { Calendar } from '../../kernel/calendar.js';

const HOUR = 3_600_000;

/**
 * How late a firing may still run. A reminder or chase missed while the bot was down is still sent
 * until the week's deadline; the escalation until the digest; the digest within a day.
 */
function stillDue(settings: CycleSettings, step: Step, cal: Calendar) {
  return (fireAt: Date, now: Date): boolean => {
    if (step === 'digest') return now.getTime() - fireAt.getTime() < 24 * HOUR;
    if (step === 'deadline') {
      const digest = nextStep(settings.times.digest, fireAt, cal);
      return digest === null || now < digest;
    }
    const week = weekOfFiring(settings, step, fireAt, cal);
    return now < weekWindow(settings, week, cal).deadlineAt;
  };
}

/** One step of the weekly cycle as a job (`report.<step>`), at the time the settings give it. */
export function cycleJob(deps: AppDeps, settings: CycleSettings, step: Step, run: (deps: AppDeps, fireAt: Date) => Promise<void>): Job {
  const cal = deps.calendar;
  return {
    key: `report.${step}`,
    next: (after) => nextStep(settings.times[step], after, cal),
    run: (fireAt) => run(deps, fireAt),
    stillDue: stillDue(settings, step, cal),
  };
}

const RUNS = { remind: runRemind, chase: runChase, deadline: runDeadline } as const;

/**
 * The weekly cycle up to the deadline (report.remind, report.chase, report.deadline); the Monday
 * digest is summary's. Times are read from the settings each time the scheduler loads its
 * sources, so `#周报 时间` takes effect after a reload.
 */
export function reportJobs(deps: AppDeps): JobSource {
  return async () => {
    const settings = await loadSettings(deps.db);
    return (['remind', 'chase', 'deadline'] as const).map((s) => cycleJob(deps, settings, s, RUNS[s]));
  };
}
