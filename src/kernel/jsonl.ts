import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { z } from 'zod';

/**
 * Reads one JSON object a line, answers each with one line, in input order. A line that does not
 * fit `schema` gets `{"id": …, "error": "第N行：…"}` (with `usage` saying what is wanted) and the run
 * goes on. Returns the number of lines answered.
 */
export async function mapJsonLines<T extends { id: string | number }>(
  input: Readable,
  output: Writable,
  schema: z.ZodType<T>,
  usage: string,
  answer: (line: T) => Promise<object> | object,
): Promise<number> {
  let answered = 0;
  let lineNo = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (!raw.trim()) continue;
    const parsed = parseLine(raw, schema, usage);
    const out = parsed.ok ? await answer(parsed.value) : { id: parsed.id ?? null, error: `第${lineNo}行：${parsed.error}` };
    if (parsed.ok) answered++;
    if (!output.write(`${JSON.stringify(out)}\n`)) await new Promise((r) => output.once('drain', r));
  }
  return answered;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; id?: string | number; error: string };

function parseLine<T>(raw: string, schema: z.ZodType<T>, usage: string): Parsed<T> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, error: '不是合法的 JSON' };
  }
  const r = schema.safeParse(json);
  if (r.success) return { ok: true, value: r.data };
  const id = (json as { id?: unknown } | null)?.id;
  return { ok: false, ...(typeof id === 'string' || typeof id === 'number' ? { id } : {}), error: usage };
}
