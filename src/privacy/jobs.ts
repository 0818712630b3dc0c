import type { AppDeps } from '../app-deps.js';
import { formatDate } from '../kernel/time.js';
import { nextFireTimes, type HM } from '../scheduler/rules.js';
import type { JobSource } from '../scheduler/runtime.js';
import { purgePersonalData } from './purge.js';

/** Night time, when nobody is reporting or asking. */
export const PURGE_TIME: HM = { hour: 3, minute: 30 };

/** The daily retention purge (privacy.purge); a firing missed while the bot was down runs the same day. */
export function privacyJobs(deps: AppDeps): JobSource {
  const tz = deps.calendar.tz;
  return async () => [
    {
      key: 'privacy.purge',
      next: (after) => nextFireTimes({ kind: 'daily', time: PURGE_TIME }, after, 1, tz)[0] ?? null,
      run: async () => void (await purgePersonalData(deps, { now: deps.clock.now() })),
      stillDue: (fireAt, now) => formatDate(fireAt, tz) === formatDate(now, tz),
    },
  ];
}
