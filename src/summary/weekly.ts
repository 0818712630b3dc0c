import type { DueWeek, StatsReport } from './stats.js';

export interface WeekSubmission {
  week: string;
  expected: number;
  received: number;
  /** Percent, two decimals. */
  rate: number | null;
  households: number;
  /** Names of expected grids with no report that week ('上司村三组'). */
  missing: string[];
}

/** Report submissions per due ISO week: who reported, who did not, households screened. Pure. */
export function weeklySubmissions(weeks: DueWeek[], gridNames: { id: number; name: string }[], reports: StatsReport[]): WeekSubmission[] {
  return weeks.map(({ week, expected }) => {
    const those = reports.filter((r) => r.isoWeek === week);
    const reported = new Set(those.map((r) => r.gridId));
    const asked = new Set(expected);
    const received = expected.filter((id) => reported.has(id)).length;
    return {
      week,
      expected: expected.length,
      received,
      rate: expected.length === 0 ? null : Math.round((received * 10000) / expected.length) / 100,
      households: those.reduce((s, r) => s + r.households, 0),
      missing: gridNames.filter((g) => asked.has(g.id) && !reported.has(g.id)).map((g) => g.name),
    };
  });
}
