import type { LedgerDeps } from './deps.js';
import { and, eq } from 'drizzle-orm';
import { fail, ok, problem, type Result } from '../kernel/result.js';
import type { Db } from '../db/client.js';
import { disputeEvents, disputes, followups } from '../db/schema.js';
import type { Member } from '../db/types.js';
import type { Person } from '../kernel/person.js';
import { may, REFUSAL } from './access.js';
import { memberById } from '../roster/index.js';
import { checkTransition, isOpen } from './transitions.js';
import type { Dispute, Satisfaction, Status } from './types.js';

const refused = <T>(): Result<T> => fail([problem('permission', REFUSAL)]);
const STALE = '这件纠纷刚被别人更新过，请先 #查 看看最新情况再办。';

export interface StatusChange {
  dispute: Dispute;
  actor: Person;
  /** null keeps the status (a progress note). */
  to: Status | null;
  method: string | null;
  note: string | null;
  at: Date;
}

/** Moves a case along pending → in_progress → resolved | escalated (or back, a reopen), recording the event. */
export async function changeStatus(deps: LedgerDeps, c: StatusChange): Promise<Result<Dispute>> {
  const d = c.dispute;
  if (!may(c.actor, d, 'progress')) return refused();
  const to = c.to ?? d.status;
  const move = checkTransition(d.status, to);
  if (!move.ok) return fail(move.problems);
  const resolvedAt = to === 'resolved' ? (d.status === 'resolved' ? d.resolvedAt : c.at) : null;
  const reopened = move.value === 'reopen';
  const note = [c.method ? `方式：${c.method}` : '', c.note ?? ''].filter(Boolean).join('；') || null;
  const updated = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .update(disputes)
      .set({ status: to, method: c.method ?? d.method, resolvedAt, updatedAt: c.at, ...(reopened ? { followupRemindedAt: null } : {}) })
      .where(and(eq(disputes.id, d.id), eq(disputes.status, d.status)))
      .returning();
    if (!row) return null;
    await tx.insert(disputeEvents).values({ disputeId: d.id, at: c.at, actorId: c.actor.id, action: move.value, from: d.status, to, note });
    return row;
  });
  if (!updated) return fail([problem('status', STALE)]);
  deps.log.info({ code: d.code, actorId: c.actor.id, from: d.status, to }, 'dispute status');
  return ok(updated);
}

export type Assignee = { member: Person } | { department: string };

export interface Assignment {
  dispute: Dispute;
  actor: Person;
  assignee: Assignee;
  deadline: Date;
  at: Date;
  /**
   * A resident's 需要调解: the bot hands the case to the grid's worker on the resident's behalf.
   * The requester is recorded as the actor but holds no right to assign (access.ts).
   */
  byRequest?: boolean;
  /** The stored chat message that asks for it: the assignment's idempotency key (unique on its event). */
  messageId?: number;
}

export const assigneeLabel = (a: Assignee): string => ('member' in a ? a.member.name : a.department);

/** Hands a case to a member or a department with a deadline; the caller tells the assignee. */
export async function assignDispute(deps: LedgerDeps, a: Assignment): Promise<Result<Dispute>> {
  const d = a.dispute;
  if (!a.byRequest && !may(a.actor, d, 'assign')) return refused();
  if (!isOpen(d.status)) return fail([problem('status', '这件纠纷已经办结，不用再交办；需要重新办理请先用 #进展 改为化解中。')]);
  const member = 'member' in a.assignee ? a.assignee.member : null;
  const from = await previousAssignee(deps.db, d);
  const updated = await deps.db.transaction(async (tx) => {
    // Handled again after a crash: the message's assignment is there, the case stays as it made it.
    if (await madeBy(tx, a.messageId)) return (await tx.select().from(disputes).where(eq(disputes.id, d.id)))[0]!;
    const [row] = await tx
      .update(disputes)
      .set({
        assigneeId: member?.id ?? null,
        assigneeText: member ? null : assigneeLabel(a.assignee),
        assignedById: a.actor.id,
        assignedAt: a.at,
        deadline: a.deadline,
        updatedAt: a.at,
      })
      .where(eq(disputes.id, d.id))
      .returning();
    await tx.insert(disputeEvents).values({
      disputeId: d.id,
      at: a.at,
      actorId: a.actor.id,
      action: 'assign',
      from,
      to: assigneeLabel(a.assignee),
      note: `时限 ${deps.calendar.formatDate(a.deadline)}`,
      sourceMessageId: a.messageId ?? null,
    });
    return row!;
  });
  deps.log.info({ code: d.code, actorId: a.actor.id, assigneeId: member?.id ?? null }, 'dispute assigned');
  return ok(updated);
}

/** Whether the chat message already made its change to the ledger (its event carries the id). */
async function madeBy(tx: Db, messageId: number | undefined): Promise<boolean> {
  if (messageId === undefined) return false;
  const [row] = await tx.select({ id: disputeEvents.id }).from(disputeEvents).where(eq(disputeEvents.sourceMessageId, messageId));
  return row !== undefined;
}

async function previousAssignee(db: Db, d: Dispute): Promise<string | null> {
  if (d.assigneeText) return d.assigneeText;
  return (await memberById(db, d.assigneeId))?.name ?? null;
}

export interface FollowupInput {
  dispute: Dispute;
  actor: Person;
  satisfaction: Satisfaction;
  note: string | null;
  at: Date;
}

/** Records a follow-up visit (回访) on a resolved case. */
export async function addFollowup(deps: LedgerDeps, f: FollowupInput): Promise<Result<Dispute>> {
  const d = f.dispute;
  if (!may(f.actor, d, 'followup')) return refused();
  if (d.status !== 'resolved') return fail([problem('status', '这件纠纷还没化解，化解后再回访。')]);
  await deps.db.transaction(async (tx) => {
    await tx.insert(followups).values({ disputeId: d.id, at: f.at, actorId: f.actor.id, satisfaction: f.satisfaction, note: f.note });
    await tx.insert(disputeEvents).values({ disputeId: d.id, at: f.at, actorId: f.actor.id, action: 'followup', to: f.satisfaction, note: f.note });
  });
  deps.log.info({ code: d.code, actorId: f.actor.id }, 'dispute followup');
  return ok(d);
}
