import { LEVEL_WORDS, LOG_WORDS } from './log-words.js';

export type LogFormat = 'auto' | 'json' | 'text';

/** Readable lines on a terminal; JSON lines (for files, journald, jq) otherwise or when asked. */
export const logAsText = (format: LogFormat, isTTY: boolean | undefined): boolean => format === 'text' || (format === 'auto' && !!isTTY);

const shown = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/**
 * One pino JSON line as the console shows it: "12-07 09:15:03 警告 连不上数据库…（event=db_unreachable）",
 * local time in `tz`, the level and message in words, the remaining fields after.
 */
export function textLine(json: string, tz: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.trimEnd(); // not ours: shown as it came
  }
  const { level, time, msg, ...fields } = entry;
  const when = new Intl.DateTimeFormat('zh-CN', {
    timeZone: tz,
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  })
    .format(new Date(Number(time)))
    .replace(/\//g, '-');
  const text = typeof msg === 'string' ? (LOG_WORDS[msg] ?? msg) : '';
  const rest = Object.entries(fields)
    .map(([k, v]) => `${k}=${shown(v)}`)
    .join('，');
  return `${when} ${LEVEL_WORDS[Number(level)] ?? shown(level)} ${text}${rest ? `（${rest}）` : ''}`;
}

/** A pino destination writing `textLine`s to `out` (the terminal). */
export function textDestination(tz: string, out: NodeJS.WritableStream = process.stdout): { write(line: string): void } {
  return { write: (line) => void out.write(`${textLine(line, tz)}\n`) };
}
