import { createLogger, type Logger } from '../../../src/kernel/logger.js';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A real logger whose lines are kept in memory for the test to read. */
export function captureLog(level = 'info'): { log: Logger; lines: LogLine[]; messages(): string[] } {
  const lines: LogLine[] = [];
  const log = createLogger(level, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
  return { log, lines, messages: () => lines.map((l) => l.msg) };
}

/** pino's numeric levels. */
export const LEVEL = { warn: 40, error: 50 } as const;
