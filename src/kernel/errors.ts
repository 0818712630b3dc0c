/** An error with a stable code and the place it came from; `message` is safe to show to an operator. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

/** Wraps a failure of an outside system (chat, model, database) so logs say where it came from. */
export const wrapError = (code: string, what: string, cause: unknown): AppError =>
  new AppError(code, `${what}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
