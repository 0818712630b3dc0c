// The admin capability's face: roster queries, roles, invites, audit, the command table and its routes.
import type { AppDeps } from '../app-deps.js';
import type { Route } from '../kernel/router.js';
import { bindRoute } from './commands/bind.js';
import { claimRoute } from './commands/claim.js';
import { helpRoute } from './commands/help.js';
import { inviteRoute } from './commands/invite.js';
import { memberRoute } from './commands/member.js';
import { rosterUploadRoute } from './commands/roster-upload.js';

/** The admin capability's chat routes: #帮助, #绑定, #成员, #邀请, #认领, and a roster workbook sent privately. */
export function adminRoutes(deps: AppDeps): Route[] {
  return [helpRoute(), bindRoute(deps.db), memberRoute(deps.db), inviteRoute(deps.db, deps.clock, deps.calendar.tz), claimRoute(deps.db), rosterUploadRoute(deps.db)];
}

export { helpText } from './commands/help.js';
export { COMMANDS, commandsFor, type Capability, type CommandEntry } from './commands-table.js';
export { audit, type AuditRecord } from './audit.js';
export { requireAdmin, requirePlace, isInPlace, REFUSE_NOT_ADMIN, type GuardResult, type Place } from './guard.js';
export { adminCommand, done, refused, type AdminCommandSpec, type Outcome, type RunCommand } from './route.js';
export { createInvite, claimInvite, normalizeCode, DEFAULT_INVITE_TTL_HOURS, type InviteOptions, type NewInvite } from './invites.js';
export { bindRoom, type BindTarget } from './commands/bind.js';
export { commandTableMarkdown } from './commands-doc.js';
