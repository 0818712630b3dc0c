import type { AppDeps } from '../../app-deps.js';
import { formatDate } from '../../kernel/time.js';
import { remindFollowups, remindOverdue } from '../../disputes/index.js';
import { nextFireTimes, type HM } from '../../scheduler/rules.js';
import type { Job, JobSource } from '../../scheduler/runtime.js';
import { nextStep, weekOfFiring, weekWindow, type CycleSettings, type Step } from './cycle.js';
import { loadSettings } from './settings.js';
import { runChase, runDeadline, runDigest, runRemind } from './steps.js';

/** When the daily ledger jobs run (local time). */
export const DAILY_TIMES = { overdue: { hour: 9, minute: 0 }, followup: { hour: 10, minute: 0 } } as const;

const HOUR = 3_600_000;

/**
 * How late a firing may still run. A reminder or chase missed while the bot was down is still sent
 * until the week's deadline; the escalation until the digest; the digest within a day.
 */
function stillDue(settings: CycleSettings, step: Step, tz: string) {
  return (fireAt: Date, now: Date): boolean => {
    if (step === 'digest') return now.getTime() - fireAt.getTime() < 24 * HOUR;
    if (step === 'deadline') {
      const digest = nextStep(settings.times.digest, fireAt, tz);
      return digest === null || now < digest;
    }
    const week = weekOfFiring(settings, step, fireAt, tz);
    return now < weekWindow(settings, week, tz).deadlineAt;
  };
}

const RUNS: Record<Step, (deps: AppDeps, fireAt: Date) => Promise<void>> = {
  remind: runRemind, chase: runChase, deadline: runDeadline, digest: runDigest,
};

function weeklyJob(deps: AppDeps, settings: CycleSettings, step: Step): Job {
  const tz = deps.config.TZ;
  return {
    key: `report.${step}`,
    next: (after) => nextStep(settings.times[step], after, tz),
    run: (fireAt) => RUNS[step](deps, fireAt),
    stillDue: stillDue(settings, step, tz),
  };
}

/** A daily job; a late firing still runs the same local day. */
function dailyJob(key: string, time: HM, tz: string, run: () => Promise<unknown>): Job {
  return {
    key,
    next: (after) => nextFireTimes({ kind: 'daily', time }, after, 1, tz)[0] ?? null,
    run: async () => void (await run()),
    stillDue: (fireAt, now) => formatDate(fireAt, tz) === formatDate(now, tz),
  };
}

/**
 * The weekly cycle (report.remind, report.chase, report.deadline, report.digest) and the ledger's
 * daily reminders (disputes.overdue, disputes.followup). Times are read from the settings each
 * time the scheduler loads its sources, so `#周报 时间` takes effect after a reload.
 */
export function reportJobs(deps: AppDeps): JobSource {
  const tz = deps.config.TZ;
  return async () => {
    const settings = await loadSettings(deps.db);
    return [
      ...(['remind', 'chase', 'deadline', 'digest'] as const).map((s) => weeklyJob(deps, settings, s)),
      dailyJob('disputes.overdue', DAILY_TIMES.overdue, tz, () => remindOverdue(deps, deps.clock.now())),
      dailyJob('disputes.followup', DAILY_TIMES.followup, tz, () => remindFollowups(deps, deps.clock.now())),
    ];
  };
}
