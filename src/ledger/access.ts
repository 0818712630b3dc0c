import type { Person } from '../kernel/person.js';
import type { Dispute } from './types.js';

/** What someone wants to do with a case. */
export type Action = 'view' | 'progress' | 'assign' | 'followup';

type Place = Pick<Dispute, 'gridId' | 'villageId' | 'reporterId' | 'assigneeId'>;

/** A chief covers their own grid, or the whole village when they hold no grid (as chiefOfGrid reads it). */
export function chiefCovers(member: Person, place: Pick<Dispute, 'gridId' | 'villageId'>): boolean {
  if (member.role !== 'chief') return false;
  if (member.gridId !== null) return member.gridId === place.gridId;
  return member.villageId !== null && member.villageId === place.villageId;
}

/** Roles that may hold a case at all; the ledger commands are documented for these (admin/commands-table.ts). */
export const CASE_ROLES: ReadonlySet<string> = new Set(['admin', 'chief', 'worker', 'mediator']);

/**
 * Who may do what: admins everything; the reporter, the grid's workers and its chief everything on
 * that grid's cases; an assignee everything but re-assigning; nobody else anything. A resident or
 * household head never acts on a case, even one they asked mediation for or were named on, and a
 * member demoted to resident loses the cases they reported.
 */
export function may(member: Person, d: Place, action: Action): boolean {
  if (!member.active || !CASE_ROLES.has(member.role)) return false;
  if (member.role === 'admin') return true;
  if (d.reporterId === member.id) return true;
  if (member.role === 'worker' && member.gridId !== null && member.gridId === d.gridId) return true;
  if (chiefCovers(member, d)) return true;
  return d.assigneeId === member.id && action !== 'assign';
}

export const REFUSAL = '抱歉，您没有查看或办理这件纠纷的权限。如有疑问请联系镇综治中心。';
