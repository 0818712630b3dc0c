import type { AppDeps } from '../../app-deps.js';
import { notifyAdmins } from '../../roster/admin-group.js';
import { nextStep, tally, weekLabel, weekWindow, type CycleSettings } from './cycle.js';
import { loadWeek } from './repo.js';
import type { Calendar } from '../../kernel/calendar.js';

export interface LateReport {
  /** '上司村三组' */
  grid: string;
  gridId: number;
  week: string;
  revision: number;
  households: number;
  disputes: number;
  nil: boolean;
}

/** When the digest of `week` goes out: the first digest time after the week's deadline. */
export function digestAtOf(settings: CycleSettings, week: string, cal: Calendar): Date | null {
  return nextStep(settings.times.digest, weekWindow(settings, week, cal).deadlineAt, cal);
}

/**
 * A report for a week whose digest has gone out: the admin group hears of it at once, with the
 * week's count as it now stands, so the figures read at the meeting can be put right. Counts only,
 * never a dispute's details.
 */
export async function announceLate(deps: AppDeps, settings: CycleSettings, r: LateReport, now: Date): Promise<void> {
  const cal = deps.calendar;
  const digestAt = digestAtOf(settings, r.week, cal);
  if (!digestAt || now < digestAt) return;
  const t = tally(await loadWeek(deps.db, r.week), weekWindow(settings, r.week, cal));
  const label = weekLabel(r.week, cal);
  const found = r.nil ? '本周无矛盾纠纷' : `纠纷${r.disputes}件`;
  const text = `【周报补报】${r.grid}${label}的周报在汇总发出后补报：排查${r.households}户，${found}。${label}现收到 ${t.received}/${t.expected} 个网格。`;
  await notifyAdmins(deps.db, deps.outbox, { purpose: 'report-late', priority: 'reply', text, key: `report-late:${r.week}:grid:${r.gridId}:r${r.revision}` });
  deps.log.info({ week: r.week, gridId: r.gridId }, 'late report announced to admins');
}
