/**
 * What a dispute case is, in words the whole product shares: the database schema, the report
 * grammar and the ledger's commands all import these, so a new category or status is added once.
 */
export type Category = 'family' | 'neighbor' | 'land' | 'economic' | 'other';
export type Status = 'pending' | 'in_progress' | 'resolved' | 'escalated';
export type Risk = 'homicide' | 'mass_incident' | 'petition' | 'other';
export type Satisfaction = '满意' | '基本满意' | '不满意';
export type CaseAction = 'create' | 'status' | 'reopen' | 'note' | 'assign' | 'followup' | 'correct' | 'void' | 'anonymise';

/** One case as read from chat (a report's dispute, `#纠纷`, 需要调解); a missing category is recorded as 'other'. */
export interface CaseDraft {
  category: Category | null;
  parties: string[];
  summary: string;
  status: Status;
  risks: Risk[];
  method: string | null;
}
