import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import type { Answer } from './answer.js';

const lineSchema = z.object({ id: z.union([z.string(), z.number()]), question: z.string() });

/** One output line of `gridbot ask --jsonl`; citations best first, `sub` only for 第X条之Y. */
export interface JsonlAnswer {
  id: string | number;
  answer: string;
  citations: { law: string; article: number; sub?: number }[];
  outOfScope: boolean;
  urgent: boolean;
  mode: 'retrieval' | 'llm';
}

export const toJsonl = (id: string | number, a: Answer): JsonlAnswer => ({
  id,
  answer: a.answer,
  citations: a.citations.map((c) => (c.sub ? { law: c.law, article: c.article, sub: c.sub } : { law: c.law, article: c.article })),
  outOfScope: a.outOfScope,
  urgent: a.urgent,
  mode: a.mode,
});

/**
 * Reads `{"id","question"}` lines and writes one answer line each, in input order.
 * A line that is not such an object gets `{"id": …, "error": "…"}` and the run goes on.
 * Returns the number of questions answered.
 */
export async function askJsonl(input: Readable, output: Writable, ask: (question: string) => Promise<Answer>): Promise<number> {
  let answered = 0;
  let lineNo = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (!raw.trim()) continue;
    const parsed = parseLine(raw);
    const out = parsed.ok ? toJsonl(parsed.id, await ask(parsed.question)) : { id: parsed.id ?? null, error: `第${lineNo}行：${parsed.error}` };
    if (parsed.ok) answered++;
    if (!output.write(`${JSON.stringify(out)}\n`)) await new Promise((r) => output.once('drain', r));
  }
  return answered;
}

type Parsed = { ok: true; id: string | number; question: string } | { ok: false; id?: string | number; error: string };

function parseLine(raw: string): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, error: '不是合法的 JSON' };
  }
  const r = lineSchema.safeParse(json);
  if (r.success) return { ok: true, id: r.data.id, question: r.data.question };
  const id = (json as { id?: unknown } | null)?.id;
  return { ok: false, ...(typeof id === 'string' || typeof id === 'number' ? { id } : {}), error: '需要 {"id": …, "question": "…"}' };
}
