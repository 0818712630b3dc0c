import type { disputeEvents, disputes, followups, reports } from '../db/schema.js';
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
 * One dispute as the report parser produces it (the parser's DisputeDraft fits: a missing category
 * is recorded as 'other').
 */
export interface DisputeInput {
  category: Category | null;
  parties: string[];
  summary: string;
  status: Status;
  risks: Risk[];
  method: string | null;
}

/** A half-open span of time [from, to) and the words that named it. */
export interface Period {
  from: Date;
  to: Date;
  label: string;
}
