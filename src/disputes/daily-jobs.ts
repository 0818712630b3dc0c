import type { DisputeDeps } from './deps.js';
import { dailyJob } from '../scheduler/daily.js';
import type { JobSource } from '../scheduler/runtime.js';
import { remindFollowups, remindOverdue } from './jobs.js';

/** When the ledger's daily reminders run (local time). */
export const DAILY_TIMES = { overdue: { hour: 9, minute: 0 }, followup: { hour: 10, minute: 0 } } as const;

/** Overdue assignments (disputes.overdue) and follow-up visits due (disputes.followup), once a day. */
export function disputeJobs(deps: DisputeDeps): JobSource {
  const cal = deps.calendar;
  return async () => [
    dailyJob('disputes.overdue', DAILY_TIMES.overdue, cal.tz, () => remindOverdue(deps, deps.clock.now())),
    dailyJob('disputes.followup', DAILY_TIMES.followup, cal.tz, () => remindFollowups(deps, deps.clock.now())),
  ];
}
