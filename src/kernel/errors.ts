/**
 * Every error the product raises on purpose, so a handler can tell them apart by a code it knows.
 * (The spellings are kept as the tests and logs have them.)
 */
export type ErrorCode =
  // The operator's input to the command line.
  | 'bad_option'
  | 'BAD_MIRROR'
  | 'BAD_FLOOR'
  | 'BAD_DATE'
  // Start-up and the data folder.
  | 'DB_START'
  | 'DB_LOCKED'
  | 'DATA_DIR_UNWRITABLE'
  | 'BOT_RUNNING'
  | 'BOT_UNREACHABLE'
  // Backups.
  | 'BACKUP_INVALID'
  | 'RESTORE_NOT_EMPTY'
  // Shipped data that does not read.
  | 'broadcast.seed'
  | 'lawqa.knowledge'
  // The ledger.
  | 'dispute_message_one_case'
  | 'dispute_grid_unknown'
  // Outside systems.
  | 'llm_failed'
  | 'wechat_send'
  | 'wecom_webhook'
  | `wecom_${string}`;

/** An error with a stable code and the place it came from; `message` is safe to show to an operator. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

/** Wraps a failure of an outside system (chat, model, database) so logs say where it came from. */
export const wrapError = (code: ErrorCode, what: string, cause: unknown): AppError =>
  new AppError(code, `${what}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });

/** Any failure as one short line for a log or a stored note (at most 200 characters). */
export function describeError(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
