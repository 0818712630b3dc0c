// The dispute ledger's face: other capabilities and the app import from here only.
import { adminCommand } from '../admin/index.js';
import type { AppDeps } from '../app-deps.js';
import { commandRoute, type Route } from '../kernel/router.js';
import { handleFollowup, handleMine, handleProgress, handleShow } from './handle.js';
import { handleAssign } from './handle-assign.js';
import { handleStats, runLedger } from '../summary/handle.js';
import { startsWithCode } from '../ledger/codes.js';

/** The chat commands of the ledger: #进展 #交办 #回访 #查 #我的 #统计, and the admin command #台账 导出. */
export function disputeRoutes(deps: AppDeps): Route[] {
  return [
    // Two-character command words take what is typed right after them (`#进展7号 …`, `#统计本月`);
    // 查 only a case number (`#查7号`), so that `#查询` stays another command.
    commandRoute(['进展'], (ctx, cmd) => handleProgress(deps, ctx, cmd)),
    commandRoute(['交办'], (ctx, cmd) => handleAssign(deps, ctx, cmd)),
    commandRoute(['回访'], (ctx, cmd) => handleFollowup(deps, ctx, cmd)),
    commandRoute(['查', '查看'], (ctx, cmd) => handleShow(deps, ctx, cmd), startsWithCode),
    commandRoute(['我的'], (ctx) => handleMine(deps, ctx)),
    commandRoute(['统计'], (ctx, cmd) => handleStats(deps, ctx, cmd)),
    adminCommand(deps.db, { names: ['台账'], place: 'admin-place', adminOnly: true }, (ctx, cmd) => runLedger(deps, ctx, cmd)),
  ];
}

export { recordDisputes, recordReport, type RecordDisputesInput, type RecordReportInput, type RecordedReport } from '../ledger/record.js';
export { changeStatus, assignDispute, addFollowup, type StatusChange, type Assignment, type Assignee, type FollowupInput } from '../ledger/changes.js';
export { announceRisks, riskAlertText } from '../ledger/alerts.js';
export { overdueAssignments, remindOverdue, followupsDue, remindFollowups, openRiskCases, type CaseRow } from './jobs.js';
export { computeStats, statsText, percent, percentText, type Stats, type StatsInput } from '../summary/stats.js';
export { loadStatsInput, weeksOf, type Scope } from '../summary/stats-query.js';
export { scopeFromOptions, scopeFromWords, type ScopeOptions } from '../summary/scope.js';
export { parsePeriod, PERIOD_WORDS, type PeriodSpec } from '../summary/period.js';
export { statsJson, exportLedger } from '../summary/cli.js';
export { ledgerWorkbook, LEDGER_HEADERS, type LedgerBook } from '../summary/export.js';
export { weeklySubmissions, type WeekSubmission } from '../summary/weekly.js';
export { anonymiseExpired, retentionCutoff, ANONYMISED } from '../ledger/anonymise.js';
export { findDispute } from '../ledger/repo.js';
export { findCode, formatCode } from '../ledger/codes.js';
export { may, type Action } from '../ledger/access.js';
export { caseLine } from './render.js';
export { groupSummary } from '../ledger/group-text.js';
export { CATEGORY_LABELS, STATUS_LABELS, RISK_LABELS } from '../ledger/vocabulary.js';
export type { Category, Status, Risk, Satisfaction, Dispute, DisputeEvent, DisputeInput, Followup, Report } from '../ledger/types.js';
