/**
 * Failures that mean "the database cannot be reached right now" (server stopped or restarting,
 * connection dropped), as opposed to a bad query or a bug. Work that fails with one of these is
 * retried later instead of being recorded as failed: nothing is wrong with the work itself.
 */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // postgres-js's own codes for a connection that closed or never opened.
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
]);
// SQLSTATE: class 08 is "connection exception"; 57P01-57P03 are server shutdown and start-up.
const SQLSTATE = /^(08...|57P0[123])$/;

/** True when `err` (or any error in its cause chain) says the database is unreachable. */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) return true;
  }
  return false;
}

/** What actually went wrong, short: "connect ECONNREFUSED 127.0.0.1:5432" rather than the whole failed query. */
export function rootCauseText(err: unknown): string {
  let e = err;
  for (let depth = 0; depth < 8 && e instanceof Error && e.cause !== undefined; depth++) e = e.cause;
  return (e instanceof Error ? e.message : String(e)).slice(0, 200);
}
