import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runEval } from '../../src/lawqa/eval.js';
import { DEV_FILE, LAWS_DIR } from './fixtures.js';

// Questions we wrote ourselves, in residents' words, on situations the development set does not ask
// about; the expected articles were checked against the corpus. They show how retrieval generalises.
const HELD_OUT = fileURLToPath(new URL('./data/held-out.jsonl', import.meta.url));

describe.runIf(existsSync(LAWS_DIR) && existsSync(DEV_FILE))('the development set (retrieval only)', () => {
  it('meets the acceptance goals', async () => {
    const lines: string[] = [];
    const r = await runEval({ lawsDir: LAWS_DIR, devFile: DEV_FILE, rounds: 3, print: (l) => lines.push(l) });
    expect(lines.join('\n')).toMatch(/hit@1 .*hit@3/);
    expect(r.metrics.hit3).toBeGreaterThanOrEqual(0.85);
    expect(r.metrics.hit1).toBeGreaterThanOrEqual(0.65);
    expect(r.metrics.outOfScopeAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(r.metrics.urgentRecall).toBe(1);
    expect(r.metrics.citationsExist).toBe(1);
  }, 60_000);

  it('finds a right article among the first three for most questions it was not tuned on', async () => {
    const r = await runEval({ lawsDir: LAWS_DIR, devFile: HELD_OUT, rounds: 1, print: () => {} });
    expect(r.metrics.hit3).toBeGreaterThanOrEqual(0.7);
    expect(r.metrics.outOfScopeAccuracy).toBe(1);
    expect(r.metrics.falseUrgent).toBe(0);
  }, 60_000);
});
