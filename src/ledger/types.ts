import type { disputeEvents, disputes, followups, reports } from '../db/schema.js';
import type { CaseDraft } from './case.js';

export type { CaseAction, CaseDraft, Category, Risk, Satisfaction, Status } from './case.js';

export type Dispute = typeof disputes.$inferSelect;
export type DisputeEvent = typeof disputeEvents.$inferSelect;
export type Followup = typeof followups.$inferSelect;
export type Report = typeof reports.$inferSelect;

/** One dispute as the ledger records it: exactly the draft read from chat. */
export type DisputeInput = CaseDraft;

/** A half-open span of time [from, to) and the words that named it. */
export interface Period {
  from: Date;
  to: Date;
  label: string;
}
