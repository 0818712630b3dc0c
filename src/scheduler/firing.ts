import { describeError } from '../kernel/errors.js';
import type { AppDeps } from '../app-deps.js';
import { isDatabaseUnavailable } from '../db/errors.js';
import { claimFiring, settleFiring, unfinishedFirings } from './claims.js';
import type { Job } from './runtime.js';

export interface FiringDeps extends Pick<AppDeps, 'db' | 'log' | 'config'> {
  instanceId: string;
  /** Called after a job ran. */
  afterRun?(): void;
}

/**
 * Runs one firing of a job at most once across restarts and instances (the fire_claims row is the
 * claim), or records it as missed when it is later than the job allows.
 */
export function createFiring(deps: FiringDeps) {
  const { db, log, instanceId } = deps;
  const graceMs = deps.config.SCHEDULE_GRACE_MINUTES * 60_000;
  /**
   * Firings this process claimed but could not finish or settle (the database went away, or the
   * process before this one was killed): the next attempt claims them back instead of skipping them.
   */
  const interrupted = new Set<string>();
  const firingId = (key: string, at: Date) => `${key}@${at.toISOString()}`;

  const stillDue = (job: Job, fireAt: Date, now: Date) => (job.stillDue ? job.stillDue(fireAt, now) : now.getTime() - fireAt.getTime() <= graceMs);

  /** Records the outcome; when even that fails, the firing counts as interrupted (run again later). */
  async function settle(id: string, job: Job, fireAt: Date, status: 'done' | 'failed', error?: string): Promise<void> {
    interrupted.add(id);
    await settleFiring(db, job.key, fireAt, status, error);
    interrupted.delete(id);
  }

  /** Rejects only when the database is unreachable: the caller tries the same firing again later. */
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
      // An outage is not the job's fault: the claim stays running and the firing is tried again.
      if (isDatabaseUnavailable(err)) throw err;
      log.error({ job: job.key, fireAt, err: describeError(err) }, 'scheduled job failed');
      return settle(id, job, fireAt, 'failed', describeError(err));
    }
    await settle(id, job, fireAt, 'done');
    deps.afterRun?.();
  }

  /** Firings a killed process of this instance left claimed but unfinished: run them now, or record them as missed. */
  async function resumeUnfinished(jobs: readonly Job[], now: Date): Promise<void> {
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

  return { fire, resumeUnfinished };
}
