import type { StatsReport } from './stats.js';

export interface WeekSubmission {
  week: string;
  expected: number;
  received: number;
  /** Percent, two decimals. */
  rate: number | null;
  households: number;
  /** Names of grids with no report that week ('上司村三组'). */
  missing: string[];
}

/** Report submissions per ISO week: who reported, who did not, households screened. Pure. */
export function weeklySubmissions(weeks: string[], gridNames: { id: number; name: string }[], reports: StatsReport[]): WeekSubmission[] {
  return weeks.map((week) => {
    const those = reports.filter((r) => r.isoWeek === week);
    const reported = new Set(those.map((r) => r.gridId));
    const received = gridNames.filter((g) => reported.has(g.id)).length;
    return {
      week,
      expected: gridNames.length,
      received,
      rate: gridNames.length === 0 ? null : Math.round((received * 10000) / gridNames.length) / 100,
      households: those.reduce((s, r) => s + r.households, 0),
      missing: gridNames.filter((g) => !reported.has(g.id)).map((g) => g.name),
    };
  });
}
