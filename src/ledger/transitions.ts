import { fail, ok, problem, type Result } from '../kernel/result.js';
import type { Status } from './types.js';
import { STATUS_LABELS } from './vocabulary.js';

/**
 * Where a case may go from each status. A closed case (resolved or escalated) goes back to
 * in_progress only: that is a reopen. Staying in the same status is a progress note.
 */
export const TRANSITIONS: Record<Status, readonly Status[]> = {
  pending: ['in_progress', 'resolved', 'escalated'],
  in_progress: ['resolved', 'escalated'],
  resolved: ['in_progress'],
  escalated: ['in_progress', 'resolved'],
};

export type Move = 'note' | 'status' | 'reopen';

/** Checks a status change; the message says what is allowed instead. */
export function checkTransition(from: Status, to: Status): Result<Move> {
  if (from === to) return ok('note');
  if (!TRANSITIONS[from].includes(to)) {
    const allowed = TRANSITIONS[from].map((s) => STATUS_LABELS[s]).join('、');
    return fail([problem('status', `这件纠纷现在是“${STATUS_LABELS[from]}”，不能改成“${STATUS_LABELS[to]}”，只能改为：${allowed}`)]);
  }
  return ok(isClosed(from) && !isClosed(to) ? 'reopen' : 'status');
}

export const isClosed = (s: Status): boolean => s === 'resolved' || s === 'escalated';
export const isOpen = (s: Status): boolean => !isClosed(s);
