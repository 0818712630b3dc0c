import { unreachableOnWecom } from '../roster/index.js';
import { postStatusBetween } from '../broadcast/index.js';
import type { AppDeps } from '../app-deps.js';
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
  const cal = deps.calendar;
  const now = deps.clock.now();
  const from = cal.startOfIsoWeek(week);
  const to = cal.addDays(from, 7);
  const since = cal.addDays(fireAt, -7);
  const records = await loadWeek(db, week);
  const input = await loadStatsInput(db, { label: weekLabel(week, cal), from, to, village: null, week }, now, cal);
  return {
    weekLabel: weekLabel(week, cal),
    paused: isPaused(settings, week),
    tally: tally(records, weekWindow(settings, week, cal)),
    households: await householdsOf(db, week),
    week: computeStats(input),
    risks: await openRiskCases(db),
    overdue: await overdueAssignments(db, now),
    followupsDue: await followupsDue(db, now, config.FOLLOWUP_DAYS, cal),
    failedMessages: await countFailedSince(db, since),
    dangerAlarms: await urgentCountBetween(db, since, fireAt),
    missedFirings: await missedFirings(db, since, fireAt),
    unreachable: await unreachableOnWecom(db),
    posts: await postStatusBetween(db, from, to),
    now,
    cal,
  };
}
