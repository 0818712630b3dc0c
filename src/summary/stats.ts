import type { Category, Satisfaction, Status } from '../ledger/types.js';
import { CATEGORIES, CATEGORY_LABELS } from '../ledger/vocabulary.js';

/** One dispute as statistics see it. */
export interface StatsDispute {
  category: Category;
  status: Status;
  village: string;
  assigned: boolean;
}

/** A live (latest revision) weekly report. */
export interface StatsReport {
  isoWeek: string;
  gridId: number;
  households: number;
}

export interface StatsInput {
  label: string;
  /** First and last local day, inclusive ('2026-01-01'); null when unbounded. */
  from: string | null;
  to: string | null;
  village: string | null;
  disputes: StatsDispute[];
  followups: Satisfaction[];
  reports: StatsReport[];
  /**
   * ISO weeks of the period whose reports were due by now (deadline passed, week not paused), each
   * with the grids expected to report it. `reports` may hold later ones (households count them).
   */
  weeks: DueWeek[];
}

/** A week whose reports were due and the ids of the grids counted as 应报 (reports/cycle.ts countedGrids). */
export interface DueWeek {
  week: string;
  expected: number[];
}

export interface Count {
  found: number;
  resolved: number;
  resolutionRate: number | null;
}

export interface Stats {
  period: string;
  from: string | null;
  to: string | null;
  village: string | null;
  found: number;
  resolved: number;
  inProgress: number;
  pending: number;
  escalated: number;
  /** Percent with two decimals, as the township computes it: resolved ÷ found (299/324 → 92.28). */
  resolutionRate: number | null;
  byCategory: (Count & { category: Category; label: string })[];
  byVillage: (Count & { village: string })[];
  households: number;
  reports: { expected: number; received: number; rate: number | null };
  assignments: { total: number; resolved: number; rate: number | null };
  followups: { total: number; satisfied: number; basicallySatisfied: number; dissatisfied: number; satisfactionRate: number | null };
}

/** n ÷ d as a percent rounded to two decimals; null when there is nothing to divide by. */
export function percent(n: number, d: number): number | null {
  if (d === 0) return null;
  return Math.round((n * 10000) / d) / 100;
}

/** '92.28%', or '—' when there is no rate. */
export const percentText = (p: number | null): string => (p === null ? '—' : `${p.toFixed(2)}%`);

function count(rows: StatsDispute[]): Count {
  const resolved = rows.filter((r) => r.status === 'resolved').length;
  return { found: rows.length, resolved, resolutionRate: percent(resolved, rows.length) };
}

const byStatus = (rows: StatsDispute[], s: Status): number => rows.filter((r) => r.status === s).length;

/** The township's figures for one period (and village), from already selected rows. Pure. */
export function computeStats(input: StatsInput): Stats {
  const rows = input.disputes;
  const villages = [...new Set(rows.map((r) => r.village))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const assigned = rows.filter((r) => r.assigned);
  const sat = (s: Satisfaction) => input.followups.filter((f) => f === s).length;
  const due = new Set(input.weeks.flatMap((w) => w.expected.map((g) => `${w.week}:${g}`)));
  const received = new Set(input.reports.map((r) => `${r.isoWeek}:${r.gridId}`).filter((k) => due.has(k))).size;
  const expected = due.size;
  return {
    period: input.label,
    from: input.from,
    to: input.to,
    village: input.village,
    ...count(rows),
    inProgress: byStatus(rows, 'in_progress'),
    pending: byStatus(rows, 'pending'),
    escalated: byStatus(rows, 'escalated'),
    byCategory: CATEGORIES.map((c) => ({ category: c, label: CATEGORY_LABELS[c], ...count(rows.filter((r) => r.category === c)) })),
    byVillage: villages.map((v) => ({ village: v, ...count(rows.filter((r) => r.village === v)) })),
    households: input.reports.reduce((sum, r) => sum + r.households, 0),
    reports: { expected, received, rate: percent(received, expected) },
    assignments: { total: assigned.length, resolved: byStatus(assigned, 'resolved'), rate: percent(byStatus(assigned, 'resolved'), assigned.length) },
    followups: {
      total: input.followups.length,
      satisfied: sat('满意'),
      basicallySatisfied: sat('基本满意'),
      dissatisfied: sat('不满意'),
      satisfactionRate: percent(sat('满意') + sat('基本满意'), input.followups.length),
    },
  };
}

/** The chat answer to `#统计`. */
export function statsText(s: Stats): string {
  const cats =
    s.byCategory
      .filter((c) => c.found > 0)
      .map((c) => `${c.label} ${c.found}`)
      .join('，') || '无';
  const lines = [
    `【矛盾纠纷统计】${s.period}${s.village ? ` ${s.village}` : ' 全镇'}`,
    `排查发现 ${s.found} 件：已化解 ${s.resolved}，化解中 ${s.inProgress}，待化解 ${s.pending}，已移交 ${s.escalated}`,
    `化解率 ${percentText(s.resolutionRate)}`,
    `按类型：${cats}`,
  ];
  if (!s.village && s.byVillage.length > 0) {
    lines.push(`按村：${s.byVillage.map((v) => `${v.village} ${v.found}件/化解${v.resolved}`).join('，')}`);
  }
  lines.push(
    `排查户数 ${s.households}；周报应报 ${s.reports.expected} 份，实报 ${s.reports.received} 份，报送率 ${percentText(s.reports.rate)}`,
    `交办 ${s.assignments.total} 件，已化解 ${s.assignments.resolved} 件，化解率 ${percentText(s.assignments.rate)}`,
    `回访 ${s.followups.total} 次：满意 ${s.followups.satisfied}，基本满意 ${s.followups.basicallySatisfied}，不满意 ${s.followups.dissatisfied}，满意率 ${percentText(s.followups.satisfactionRate)}`,
  );
  return lines.join('\n');
}
