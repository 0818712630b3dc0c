import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import { mapJsonLines } from '../kernel/jsonl.js';
import type { Citation } from './knowledge.js';
import type { Answer } from './answer.js';

const lineSchema = z.object({ id: z.union([z.string(), z.number()]), question: z.string() });

/** One output line of `gridbot ask --jsonl`; citations best first, `sub` only for 第X条之Y. */
export interface JsonlAnswer {
  id: string | number;
  answer: string;
  citations: Citation[];
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
export function askJsonl(input: Readable, output: Writable, ask: (question: string) => Promise<Answer>): Promise<number> {
  return mapJsonLines(input, output, lineSchema, '需要 {"id": …, "question": "…"}', async (l) => toJsonl(l.id, await ask(l.question)));
}
