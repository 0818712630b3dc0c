/** A problem found in user input: which field, and what to tell the user (in Chinese). */
export interface Problem {
  field: string;
  message: string;
  /** 1-based dispute number inside a report, or null when the problem is not about one dispute. */
  dispute?: number | null;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[]; partial?: T };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = <T>(problems: Problem[], partial?: T): Result<T> => (partial === undefined ? { ok: false, problems } : { ok: false, problems, partial });

export const problem = (field: string, message: string, dispute?: number | null): Problem => (dispute === undefined ? { field, message } : { field, message, dispute });
