import type { AppDeps } from '../app-deps.js';
import type { Timer } from '../core/clock.js';
import { claimFiring, lastFiring, schedulerEpoch, settleFiring } from './claims.js';

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
}

/** At most this many late firings per job are looked at (a week of daily jobs after a long outage). */
const MAX_CATCH_UP = 50;

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const graceMs = deps.config.SCHEDULE_GRACE_MINUTES * 60_000;
  let jobs: Job[] = [];
  let cursor = deps.clock.now();
  let timer: Timer | null = null;
  let poller: Timer | null = null;
  let stopped = false;
  let epoch = cursor;

  const stillDue = (job: Job, fireAt: Date, now: Date) =>
    job.stillDue ? job.stillDue(fireAt, now) : now.getTime() - fireAt.getTime() <= graceMs;

  async function fire(job: Job, fireAt: Date, now: Date): Promise<void> {
    if (!stillDue(job, fireAt, now)) {
      if (await claimFiring(deps.db, job.key, fireAt, 'missed', deps.instanceId, now)) {
        deps.log.warn({ job: job.key, fireAt }, 'firing missed');
      }
      return;
    }
    if (!(await claimFiring(deps.db, job.key, fireAt, 'running', deps.instanceId, now))) return;
    try {
      await job.run(fireAt);
      await settleFiring(deps.db, job.key, fireAt, 'done');
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      deps.log.error({ job: job.key, fireAt, err: error }, 'scheduled job failed');
      await settleFiring(deps.db, job.key, fireAt, 'failed', error);
    }
  }

  /** Runs (or records as missed) every firing of `job` in (from, now]. */
  async function catchUp(job: Job, from: Date, now: Date): Promise<void> {
    let after = from;
    for (let i = 0; i < MAX_CATCH_UP; i++) {
      const at = job.next(after);
      if (!at || at.getTime() > now.getTime()) return;
      await fire(job, at, now);
      after = at;
    }
  }

  async function tick(): Promise<void> {
    if (stopped) return;
    const now = deps.clock.now();
    const from = cursor;
    cursor = now;
    for (const job of jobs) await catchUp(job, from, now);
    arm();
  }

  function arm(): void {
    timer?.cancel();
    if (stopped) return;
    const times = jobs.map((j) => j.next(cursor)?.getTime()).filter((t): t is number => t !== undefined);
    if (times.length) timer = deps.clock.at(new Date(Math.min(...times)), tick);
  }

  async function loadJobs(): Promise<void> {
    jobs = (await Promise.all(deps.sources.map((s) => s()))).flat();
  }

  return {
    async start() {
      const now = deps.clock.now();
      epoch = await schedulerEpoch(deps.db, now);
      await loadJobs();
      for (const job of jobs) {
        const last = await lastFiring(deps.db, job.key);
        const from = [epoch, last, job.since].filter((d): d is Date => d instanceof Date).reduce((a, b) => (a > b ? a : b));
        await catchUp(job, from, now);
      }
      cursor = now;
      arm();
      if (deps.pollMs > 0) {
        const poll = async () => {
          await this.reload();
          if (!stopped) poller = deps.clock.at(new Date(deps.clock.now().getTime() + deps.pollMs), poll);
        };
        poller = deps.clock.at(new Date(now.getTime() + deps.pollMs), poll);
      }
    },
    async reload() {
      await loadJobs();
      arm();
    },
    stop() {
      stopped = true;
      timer?.cancel();
      poller?.cancel();
    },
  };
}
