import { formatDate } from '../kernel/time.js';
import { nextFireTimes, type HM } from './rules.js';
import type { Job } from './runtime.js';

/** A job at one local time each day; a firing missed while the bot was down still runs the same local day. */
export function dailyJob(key: string, time: HM, tz: string, run: () => Promise<unknown>): Job {
  return {
    key,
    next: (after) => nextFireTimes({ kind: 'daily', time }, after, 1, tz)[0] ?? null,
    run: async () => void (await run()),
    stillDue: (fireAt, now) => formatDate(fireAt, tz) === formatDate(now, tz),
  };
}
