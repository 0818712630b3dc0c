// The dispute ledger's face: the cases, their codes and words, how they are written and changed,
// who may do what with them, and the centre's risk alert. Everything above it imports from here.
export { recordDisputes, registerCases, type RecordDisputesInput } from './record.js';
export { changeStatus, assignDispute, addFollowup, type StatusChange, type Assignment, type Assignee, type FollowupInput } from './changes.js';
export { announceRisks, riskAlertText } from './alerts.js';
export { anonymiseExpired, retentionCutoff, ANONYMISED } from './anonymise.js';
export { findDispute } from './repo.js';
export { findCode, formatCode } from './codes.js';
export { may, type Action } from './access.js';
export { groupSummary } from './group-text.js';
export { caseListLine } from './line.js';
export { CATEGORY_LABELS, STATUS_LABELS, RISK_LABELS } from './vocabulary.js';
export type { Category, Status, Risk, Satisfaction, Dispute, DisputeEvent, DisputeInput, Followup, Report } from './types.js';
