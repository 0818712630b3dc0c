import type { AppDeps } from '../app-deps.js';
import type { Timer } from '../kernel/clock.js';
import { rootCauseText } from '../db/errors.js';
import { lastFiring, schedulerEpoch } from './claims.js';
import { createFiring } from './firing.js';

/** Something that fires at computed times: a weekly-cycle step or an admin's schedule. */
export interface Job {
  key: string;
  /** The first fire time strictly after `after`, or null when it will never fire again. */
  next(after: Date): Date | null;
  run(fireAt: Date): Promise<void>;
  /** Whether a firing that is late (the bot was down or asleep) is still worth running now. */
  stillDue?(fireAt: Date, now: Date): boolean;
  /** Firings before this are not owed (e.g. the schedule's creation time). */
  since?: Date;
}

export type JobSource = () => Promise<Job[]>;

export interface Scheduler {
  start(): Promise<void>;
  /** Re-reads the job sources (after an admin changed a schedule) and re-arms. */
  reload(): Promise<void>;
  stop(): void;
}

interface SchedulerDeps extends AppDeps {
  instanceId: string;
  sources: JobSource[];
  /** Re-read sources this often so that changes made by another instance are seen; 0 = never. */
  pollMs: number;
  /** Called after a job ran: the app wakes its sender, so what the job queued goes out now. */
  afterRun?(): void;
}

/** At most this many late firings per job are looked at (a week of daily jobs after a long outage). */
const MAX_CATCH_UP = 50;
/** A tick that failed (the database was unreachable) is tried again this much later. */
export const TICK_RETRY_MS = 10_000;

const latest = (a: Date, b: Date | undefined): Date => (b && b > a ? b : a);

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const { db, log } = deps;
  const { fire, resumeUnfinished } = createFiring(deps);
  let jobs: Job[] = [];
  let cursor = deps.clock.now();
  let timer: Timer | null = null;
  let poller: Timer | null = null;
  let stopped = false;
  /** Ticks run one after another: a timer and a reload must not catch up the same interval twice at once. */
  let ticking: Promise<void> = Promise.resolve();

  /**
   * Runs (or records as missed) every firing of `job` in (from, now]. Never one before its `since`:
   * a schedule resumed after its fire time owes nothing from the pause, even on the tick after.
   */
  async function catchUp(job: Job, from: Date, now: Date): Promise<void> {
    let after = latest(from, job.since);
    for (let i = 0; i < MAX_CATCH_UP; i++) {
      const at = job.next(after);
      if (!at || at.getTime() > now.getTime()) return;
      await fire(job, at, now);
      after = at;
    }
  }

  /** Never rejects: a failure (the database is down) is logged and the same interval tried again later. */
  async function tick(): Promise<void> {
    if (stopped) return;
    const now = deps.clock.now();
    const from = cursor;
    cursor = now;
    try {
      for (const job of jobs) await catchUp(job, from, now);
      arm();
    } catch (err) {
      cursor = from;
      log.warn({ err: rootCauseText(err), retryInMs: TICK_RETRY_MS }, 'scheduler: tick failed, will retry');
      timer?.cancel();
      if (!stopped) timer = deps.clock.at(new Date(deps.clock.now().getTime() + TICK_RETRY_MS), queueTick);
    }
  }
  const queueTick = (): Promise<void> => (ticking = ticking.then(tick));

  function arm(): void {
    timer?.cancel();
    if (stopped) return;
    const times = jobs.map((j) => j.next(latest(cursor, j.since))?.getTime()).filter((t): t is number => t !== undefined);
    if (times.length) timer = deps.clock.at(new Date(Math.min(...times)), queueTick);
  }

  async function loadJobs(): Promise<void> {
    jobs = (await Promise.all(deps.sources.map((s) => s()))).flat();
  }

  async function reload(): Promise<void> {
    await loadJobs();
    arm();
  }

  /** Re-reads the schedules now and then; a failed read (database down) keeps the jobs known so far. */
  function poll(): void {
    poller = deps.clock.at(new Date(deps.clock.now().getTime() + deps.pollMs), async () => {
      await reload().catch((err: unknown) => log.warn({ err: rootCauseText(err) }, 'scheduler: reload failed, will retry'));
      if (!stopped) poll();
    });
  }

  return {
    async start() {
      const now = deps.clock.now();
      const epoch = await schedulerEpoch(db, now);
      await loadJobs();
      await resumeUnfinished(jobs, now);
      for (const job of jobs) {
        const last = await lastFiring(db, job.key);
        const from = [epoch, last, job.since].filter((d): d is Date => d instanceof Date).reduce((a, b) => (a > b ? a : b));
        await catchUp(job, from, now);
      }
      cursor = now;
      arm();
      if (deps.pollMs > 0) poll();
    },
    reload,
    stop() {
      stopped = true;
      timer?.cancel();
      poller?.cancel();
    },
  };
}
