// Statistics, the ledger export and the Monday digest: what the township reads about its disputes.
import { adminCommand } from '../admin/index.js';
import type { AppDeps } from '../app-deps.js';
import { commandRoute, type Route } from '../kernel/router.js';
import { handleStats, runLedger } from './handle.js';

/** `#统计` (chiefs and admins) and the admin command `#台账 导出`. */
export function summaryRoutes(deps: AppDeps): Route[] {
  return [
    // Two-character command words take what is typed right after them (`#统计本月`).
    commandRoute(['统计'], (ctx, cmd) => handleStats(deps, ctx, cmd)),
    adminCommand(deps.db, { names: ['台账'], place: 'admin-place', adminOnly: true }, (ctx, cmd) => runLedger(deps, ctx, cmd)),
  ];
}

export { computeStats, statsText, percent, percentText, type Stats, type StatsInput } from './stats.js';
export { loadStatsInput, weeksOf, type Scope } from './stats-query.js';
export { scopeFromOptions, scopeFromWords, type ScopeOptions } from './scope.js';
export { parsePeriod, PERIOD_WORDS, type PeriodSpec } from './period.js';
export { statsJson, exportLedger } from './cli.js';
export { ledgerWorkbook, LEDGER_HEADERS, type LedgerBook } from './export.js';
export { weeklySubmissions, type WeekSubmission } from './weekly.js';
export { digestJobs } from './digest-job.js';
