import type { disputeEvents, disputes, followups, reports } from '../db/schema.js';
import type { DisputeDraft } from '../grammar/types.js';
import type {
  DisputeCategory, DisputeRisk, DisputeStatus, Satisfaction,
} from '../db/schema/disputes.js';

export type Category = DisputeCategory;
export type Status = DisputeStatus;
export type Risk = DisputeRisk;
export type { Satisfaction };

export type Dispute = typeof disputes.$inferSelect;
export type DisputeEvent = typeof disputeEvents.$inferSelect;
export type Followup = typeof followups.$inferSelect;
export type Report = typeof reports.$inferSelect;

/**
 * One dispute as the report parser produces it: the ledger records exactly the parser's draft
 * (a missing category is recorded as 'other').
 */
export type DisputeInput = DisputeDraft;

/** A half-open span of time [from, to) and the words that named it. */
export interface Period {
  from: Date;
  to: Date;
  label: string;
}
