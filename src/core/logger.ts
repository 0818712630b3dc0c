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
  };
  return destination ? pino(options, destination) : pino(options);
}
