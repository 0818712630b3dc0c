import { errors } from './messages.js';
import type { ReportDraft, ReportError } from './types.js';

/**
 * More households than this in one grid's week is a slip (an extra digit, the village's total),
 * not a screening: a rural grid has a few dozen to a few hundred households.
 */
export const MAX_GRID_HOUSEHOLDS = 2000;

/**
 * Whether the households a report states can be true, for every way a report arrives (rules,
 * model, confirmation): none screened yet disputes found, or more than a grid holds, is asked back.
 */
export function householdProblems(draft: Pick<ReportDraft, 'households' | 'disputes'>): ReportError[] {
  const n = draft.households;
  if (n === null) return [];
  if (n < 0) return [errors.householdsNegative()];
  if (n === 0 && draft.disputes.length > 0) return [errors.householdsZeroWithDisputes(draft.disputes.length)];
  if (n > MAX_GRID_HOUSEHOLDS) return [errors.householdsImplausible(n, MAX_GRID_HOUSEHOLDS)];
  return [];
}
