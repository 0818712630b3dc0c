import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import { mapJsonLines } from '../kernel/jsonl.js';
import { dangerLines } from './actions.js';
import { recogniseDanger } from './recognise.js';

const lineSchema = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

/** `{"id","text"}` lines in, `{"id","urgent","kind"}` lines out (kind null when calm). */
export function checkDangerJsonl(input: Readable, output: Writable): Promise<number> {
  return mapJsonLines(input, output, lineSchema, '需要 {"id": …, "text": "…"}', (l) => {
    const r = recogniseDanger(l.text);
    return { id: l.id, urgent: r.urgent, kind: r.kind };
  });
}

/** One message, for a person at the terminal: "紧急（weapon-threat，强）\n请立即拨打110报警！…" or "不紧急". */
export function checkDangerLine(text: string): string {
  const r = recogniseDanger(text);
  if (!r.urgent) return '不紧急';
  return [`紧急（${r.kind}，${r.strength === 'strong' ? '强' : '弱'}）`, ...dangerLines(r)].join('\n');
}
