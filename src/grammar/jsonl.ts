import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { errors } from './messages.js';
import { parseReport as defaultParser, type ReportParser } from './parse.js';
import type { ParsedReport } from './types.js';

type Id = string | number | null;

/**
 * `gridbot parse-report --jsonl`: reads lines {"id","text"} and writes one line per input line,
 * keys in the order id, ok, report, errors. A line that is not such an object gets an error on
 * the field "input" (a blank line too: one output per input line) and the run goes on.
 */
export async function parseReportJsonl(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, parse: ReportParser = defaultParser): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    const out = `${JSON.stringify(parseLine(line, parse))}\n`;
    if (!output.write(out)) await once(output, 'drain');
  }
}

function parseLine(line: string, parse: ReportParser): { id: Id } & ParsedReport {
  let value: unknown;
  try {
    value = JSON.parse(line.replace(/^\uFEFF/, ''));
  } catch {
    return malformed(null);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return malformed(null);
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : null;
  if (typeof record.text !== 'string') return malformed(id);
  const { ok, report, errors: found } = parse(record.text);
  return { id, ok, report, errors: found };
}

function malformed(id: Id): { id: Id } & ParsedReport {
  return {
    id,
    ok: false,
    report: { grid: null, households: null, nil: false, disputes: [] },
    errors: [errors.badInput()],
  };
}
