import type { AppDeps } from '../app-deps.js';
import type { Timer } from '../core/clock.js';
import { isDatabaseUnavailable, rootCauseText } from '../db/errors.js';
import { claimFiring, lastFiring, schedulerEpoch, settleFiring, unfinishedFirings } from './claims.js';

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

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 200);

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const graceMs = deps.config.SCHEDULE_GRACE_MINUTES * 60_000;
  const { db, log, instanceId } = deps;
  let jobs: Job[] = [];
  let cursor = deps.clock.now();
  let timer: Timer | null = null;
  let poller: Timer | null = null;
  let stopped = false;
  let epoch = cursor;
  /** Ticks run one after another: a timer and a reload must not catch up the same interval twice at once. */
  let ticking: Promise<void> = Promise.resolve();
  /**
   * Firings this process claimed but could not finish or settle (the database went away, or the
   * process before this one was killed): the next attempt claims them back instead of skipping them.
   */
  const interrupted = new Set<string>();
  const firingId = (key: string, at: Date) => `${key}@${at.toISOString()}`;

  const stillDue = (job: Job, fireAt: Date, now: Date) =>
    job.stillDue ? job.stillDue(fireAt, now) : now.getTime() - fireAt.getTime() <= graceMs;

  /** Records the outcome; when even that fails, the firing counts as interrupted (run again later). */
  async function settle(id: string, job: Job, fireAt: Date, status: 'done' | 'failed', error?: string): Promise<void> {
    interrupted.add(id);
    await settleFiring(db, job.key, fireAt, status, error);
    interrupted.delete(id);
  }

  async function fire(job: Job, fireAt: Date, now: Date): Promise<void> {
    const id = firingId(job.key, fireAt);
    const reclaim = interrupted.has(id);
    if (!stillDue(job, fireAt, now)) {
      if (await claimFiring(db, job.key, fireAt, 'missed', instanceId, now, reclaim)) log.warn({ job: job.key, fireAt }, 'firing missed');
      interrupted.delete(id);
      return;
    }
    if (!(await claimFiring(db, job.key, fireAt, 'running', instanceId, now, reclaim))) return;
    interrupted.add(id);
    try {
      await job.run(fireAt);
    } catch (err) {
      // An outage is not the job's fault: leave the claim running and let the tick retry it.
      if (isDatabaseUnavailable(err)) throw err;
      log.error({ job: job.key, fireAt, err: errorText(err) }, 'scheduled job failed');
      return settle(id, job, fireAt, 'failed', errorText(err));
    }
    await settle(id, job, fireAt, 'done');
    deps.afterRun?.();
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

  /** Firings a killed process left claimed but unfinished: run them now, or record them as missed. */
  async function resumeUnfinished(now: Date): Promise<void> {
    for (const f of await unfinishedFirings(db, instanceId)) {
      const job = jobs.find((j) => j.key === f.jobKey);
      if (!job) {
        await settleFiring(db, f.jobKey, f.fireAt, 'failed', 'interrupted; the job no longer exists');
        continue;
      }
      log.warn({ job: job.key, fireAt: f.fireAt }, 'resuming a firing interrupted by a crash');
      interrupted.add(firingId(job.key, f.fireAt));
      await fire(job, f.fireAt, now);
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
    const times = jobs.map((j) => j.next(cursor)?.getTime()).filter((t): t is number => t !== undefined);
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
      epoch = await schedulerEpoch(db, now);
      await loadJobs();
      await resumeUnfinished(now);
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
