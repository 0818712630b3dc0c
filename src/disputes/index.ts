import type { DisputeDeps } from './deps.js';
// The ledger's chat commands and daily reminders: other capabilities and the app import from here only.
import { commandRoute, type Route } from '../kernel/router.js';
import { handleFollowup, handleMine, handleProgress, handleShow } from './handle.js';
import { handleAssign } from './handle-assign.js';
import { registerDispute } from './daily.js';
import { startsWithCode } from '../ledger/codes.js';

/** The chat commands of the ledger: #纠纷 #进展 #交办 #回访 #查 #我的. */
export function disputeRoutes(deps: DisputeDeps): Route[] {
  return [
    // `#纠纷 类型:… 事由:…`: one dispute, any day.
    commandRoute(['纠纷'], (ctx) => registerDispute(deps, ctx)),
    // Two-character command words take what is typed right after them (`#进展7号 …`);
    // 查 only a case number (`#查7号`), so that `#查询` stays another command.
    commandRoute(['进展'], (ctx, cmd) => handleProgress(deps, ctx, cmd)),
    commandRoute(['交办'], (ctx, cmd) => handleAssign(deps, ctx, cmd)),
    commandRoute(['回访'], (ctx, cmd) => handleFollowup(deps, ctx, cmd)),
    commandRoute(['查', '查看'], (ctx, cmd) => handleShow(deps, ctx, cmd), startsWithCode),
    commandRoute(['我的'], (ctx) => handleMine(deps, ctx)),
  ];
}

export { overdueAssignments, remindOverdue, followupsDue, remindFollowups, openRiskCases, type CaseRow } from './jobs.js';
export { caseLine } from './render.js';
export { disputeJobs, DAILY_TIMES } from './daily-jobs.js';
