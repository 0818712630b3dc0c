import type { AppDeps } from '../app-deps.js';
import { cycleJob } from '../reports/cycle/jobs.js';
import { loadSettings } from '../reports/cycle/settings.js';
import { cycleWeek } from '../reports/cycle/steps.js';
import { notifyAdmins } from '../roster/admin-group.js';
import { chiefReachText, unreachableByChief } from '../roster/index.js';
import type { JobSource } from '../scheduler/runtime.js';
import { digestText } from './digest.js';
import { gatherDigest } from './digest-data.js';

/** Monday 08:30: the digest of the week just closed, to the admin group. */
async function runDigest(deps: AppDeps, fireAt: Date): Promise<void> {
  const at = await cycleWeek(deps, 'digest', fireAt);
  if (!at) return;
  const data = await gatherDigest(deps, at.settings, at.week, fireAt);
  await notifyAdmins(deps.db, deps.outbox, { purpose: 'report-digest', priority: 'reply', text: digestText(data), key: `report-digest:${at.week}` });
  await askChiefsToReach(deps, at.week);
  deps.log.info({ week: at.week }, 'weekly digest queued');
}

/** Each chief hears privately which of their staff WeCom cannot push to yet (the centre reads all of them in the digest). */
async function askChiefsToReach(deps: AppDeps, week: string): Promise<void> {
  for (const [chief, names] of await unreachableByChief(deps.db)) {
    await deps.outbox.enqueue({ purpose: 'wecom-reach', priority: 'routine', to: { member: chief }, text: chiefReachText(names), key: `wecom-reach:${week}:member:${chief}` });
  }
}

/** The weekly cycle's last step (report.digest), at the digest time of the cycle's settings. */
export function digestJobs(deps: AppDeps): JobSource {
  return async () => [cycleJob(deps, await loadSettings(deps.db), 'digest', runDigest)];
}
