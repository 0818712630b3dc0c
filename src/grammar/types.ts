/** What the weekly-report parser reads; the shapes are the contract of `gridbot parse-report --jsonl`. */

import type { CaseDraft } from '../ledger/case.js';

export type { Category, Risk, Status } from '../ledger/case.js';

/** One dispute as the grammar reads it: the ledger's draft of a case. */
export type DisputeDraft = CaseDraft;

export interface ReportDraft {
  grid: string | null;
  households: number | null;
  nil: boolean;
  disputes: DisputeDraft[];
}

/** One thing to fix, said in plain Chinese with the expected form. */
export interface ReportError {
  /** 1-based dispute number, or null when the problem is about the whole message. */
  dispute: number | null;
  field: string;
  message: string;
}

export interface ParsedReport {
  ok: boolean;
  report: ReportDraft;
  errors: ReportError[];
  /** 'spoken' when read from plain words (no keys): the receipt then shows what was understood. */
  form?: 'keyed' | 'spoken';
}

export interface ParsedDispute {
  ok: boolean;
  dispute: DisputeDraft;
  errors: ReportError[];
}

export interface ParseOptions {
  /** The message is a private reply to the weekly reminder, so it needs no 【周报】 header. */
  replyToReminder?: boolean;
  /** The roster's grid names (上司村三组 …), read first in a report said in plain words. */
  knownGrids?: readonly string[];
}
