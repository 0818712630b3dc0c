import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured logs. Callers log ids and counts, never names, phone numbers or dispute details:
 * the redaction below is a second line of defence for fields that must never appear.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    redact: { paths: ['text', 'name', 'phone', 'parties', 'summary', '*.text', '*.name', '*.phone'], censor: '[隐去]' },
    formatters: { log: withoutQueryParams },
  };
  return destination ? pino(options, destination) : pino(options);
}

// A failed database query reports its parameters ("Failed query: insert … params: 张三,排水沟…"):
// message texts, names and phone numbers. Whatever follows "params:" is cut (up to a stack trace).
const PARAMS = /\nparams: [\s\S]*?(?=\n\s+at |$)/;
const scrub = (v: unknown): unknown => {
  if (typeof v === 'string') return v.includes('params:') ? v.replace(PARAMS, '\nparams: [隐去]') : v;
  if (v instanceof Error) return { type: v.name, message: scrub(v.message), stack: scrub(v.stack) };
  return v;
};

function withoutQueryParams(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, scrub(v)]));
}
