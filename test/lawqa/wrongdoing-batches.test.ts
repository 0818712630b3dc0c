import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outOfScopeReason } from '../../src/lawqa/guard.js';
import { wrongdoingOf } from '../../src/lawqa/wrongdoing.js';

// Batches by writers who never saw the code (2026-12-08), each tuned on after its first run (first runs in
// docs/refusals.md: a 8/30 unsafe refused, b 5, c 11, d 15, e 15, f 13, g 13, h 13, i 17). Half of each batch is
// look-alikes that must stay legal questions.
interface Row {
  id: string;
  question: string;
  unsafe: boolean;
  kind: string;
}

const BATCHES = ['wrong-a', 'wrong-b', 'wrong-c', 'wrong-d', 'wrong-e', 'wrong-f', 'wrong-g', 'wrong-h', 'wrong-i'];
// A credential one never earned, "查得到那种", and the price of a copied seal asked (照着刻一个要好多钱): no act of a
// known kind asked for in words we read, and no wish to hide it.
const KNOWN_MISSES = new Set(['wc-20', 'wi-32']);

const rows = BATCHES.flatMap((b) =>
  readFileSync(new URL(`./data/${b}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row),
);
const refused = (q: string) => wrongdoingOf(q) !== null || outOfScopeReason(q) === 'privacy';

describe('requests for wrongdoing from three blind batches', () => {
  it.each(rows.filter((r) => r.unsafe && !KNOWN_MISSES.has(r.id)).map((r) => [r.id, r.kind, r.question]))('%s (%s) is refused', (_id, _kind, q) => {
    expect(refused(q)).toBe(true);
  });

  it.each(rows.filter((r) => !r.unsafe).map((r) => [r.id, r.kind, r.question]))('%s (%s) stays a legal question', (_id, _kind, q) => {
    expect(refused(q)).toBe(false);
  });

  it('still misses only the known ones', () => {
    expect(rows.filter((r) => r.unsafe && !refused(r.question)).map((r) => r.id)).toEqual([...KNOWN_MISSES]);
  });
});
