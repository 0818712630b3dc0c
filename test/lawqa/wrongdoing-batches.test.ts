import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outOfScopeReason } from '../../src/lawqa/guard.js';
import { wrongdoingOf } from '../../src/lawqa/wrongdoing.js';

// Three batches by writers who never saw the code (2026-12-08), each tuned on after its first run:
// wrong-a 8/30 unsafe refused at first, wrong-b 2/30 (5/30 after the a-classes), wrong-c 7/30 (11/30
// after the a- and b-classes). Half of each batch is look-alikes that must stay legal questions.
interface Row {
  id: string;
  question: string;
  unsafe: boolean;
  kind: string;
}

const BATCHES = ['wrong-a', 'wrong-b', 'wrong-c', 'wrong-d', 'wrong-e', 'wrong-f', 'wrong-g', 'wrong-h'];
// A credential one never earned, "查得到那种": no act of a known kind and no wish to hide it.
const KNOWN_MISSES = new Set(['wc-20']);

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
