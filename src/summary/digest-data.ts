import { unreachableOnWecom } from '../roster/index.js';
import type { AppDeps } from '../app-deps.js';
import { addDays, startOfIsoWeek } from '../kernel/time.js';
import { followupsDue, openRiskCases, overdueAssignments } from '../disputes/index.js';
import { computeStats, loadStatsInput } from './index.js';
import { countFailedSince } from '../inbound/store.js';
import { urgentCountBetween } from '../lawqa/index.js';
import { isPaused, tally, weekLabel, weekWindow, type CycleSettings } from '../reports/cycle/cycle.js';
import type { DigestData } from './digest.js';
import { householdsOf, loadWeek, missedFirings } from '../reports/cycle/repo.js';

/** Gathers the digest for `week`, as of `now`; problems since a week before `fireAt` are counted. */
export async function gatherDigest(deps: AppDeps, settings: CycleSettings, week: string, fireAt: Date): Promise<DigestData> {
  const { db, config } = deps;
  const tz = config.TZ;
  const now = deps.clock.now();
  const from = startOfIsoWeek(week, tz);
  const to = addDays(from, 7, tz);
  const since = addDays(fireAt, -7, tz);
  const records = await loadWeek(db, week);
  const input = await loadStatsInput(db, { label: weekLabel(week, tz), from, to, village: null, week }, now, tz);
  return {
    weekLabel: weekLabel(week, tz),
    paused: isPaused(settings, week),
    tally: tally(records, weekWindow(settings, week, tz)),
    households: await householdsOf(db, week),
    week: computeStats(input),
    risks: await openRiskCases(db),
    overdue: await overdueAssignments(db, now),
    followupsDue: await followupsDue(db, now, config.FOLLOWUP_DAYS, tz),
    failedMessages: await countFailedSince(db, since),
    dangerAlarms: await urgentCountBetween(db, since, fireAt),
    missedFirings: await missedFirings(db, since, fireAt),
    unreachable: await unreachableOnWecom(db),
    now,
    tz,
  };
}
