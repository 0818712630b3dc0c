import type { AppDeps } from '../app-deps.js';
import { cycleJob } from '../reports/cycle/jobs.js';
import { loadSettings } from '../reports/cycle/settings.js';
import { cycleWeek } from '../reports/cycle/steps.js';
import { notifyAdmins } from '../roster/admin-group.js';
import type { JobSource } from '../scheduler/runtime.js';
import { digestText } from './digest.js';
import { gatherDigest } from './digest-data.js';

/** Monday 08:30: the digest of the week just closed, to the admin group. */
async function runDigest(deps: AppDeps, fireAt: Date): Promise<void> {
  const at = await cycleWeek(deps, 'digest', fireAt);
  if (!at) return;
  const data = await gatherDigest(deps, at.settings, at.week, fireAt);
  await notifyAdmins(deps.db, deps.outbox, { purpose: 'report-digest', priority: 'reply', text: digestText(data), key: `report-digest:${at.week}` });
  deps.log.info({ week: at.week }, 'weekly digest queued');
}

/** The weekly cycle's last step (report.digest), at the digest time of the cycle's settings. */
export function digestJobs(deps: AppDeps): JobSource {
  return async () => [cycleJob(deps, await loadSettings(deps.db), 'digest', runDigest)];
}
