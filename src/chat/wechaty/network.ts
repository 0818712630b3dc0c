/** What both puppet gates share: telling "cannot reach the server" apart, and waiting longer each time. */

/** Waits that grow: 5 s, 10 s, 20 s … up to 5 min; reset once the server answers again. */
export function createBackoff(initialMs = 5_000, maxMs = 300_000) {
  let current = initialMs;
  return {
    next(): number {
      const wait = current;
      current = Math.min(current * 2, maxMs);
      return wait;
    },
    reset(): void {
      current = initialMs;
    },
  };
}
export type Backoff = ReturnType<typeof createBackoff>;

const NETWORK_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNABORTED', 'ERR_NETWORK']);

/** True for failures that mean "cannot reach the server" (DNS, refused, timed out), not a server's answer. */
export function isNetworkError(err: unknown): boolean {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | null | undefined;
  return NETWORK_CODES.has(String(e?.code)) || NETWORK_CODES.has(String(e?.cause?.code));
}

/** The error code behind a network failure, for the log line's fields. */
export const networkCode = (err: unknown): string | undefined => {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | null | undefined;
  const code = e?.code ?? e?.cause?.code;
  return code === undefined ? undefined : String(code);
};

/** Ends every "cannot reach" line: what still works, and that nobody needs to restart anything. */
export const KEEPS_RUNNING = '数据库、定时任务和发送队列照常运行，程序会自动重试（间隔逐步加长到 5 分钟）。';
