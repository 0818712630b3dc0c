import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCases, scoreCase } from '../../src/reports/eval.js';

// Our own batches after the rules were fixed on them (docs/reports.md gives each one's first,
// untouched run): they must stay read. Probe 6 keeps two arguable risks the rules read otherwise;
// probe 9 one tree 要砍 (the tree said before) that the danger recogniser reads as a threat to cut someone;
// probe 12 one remedy done in words no table holds (祝某已经找人抽了); probe 15 two matters a keyed or
// story word takes from the neighbours (大车天天过路 reads as a right of way, 要他砍树 as a felling);
// probe 17 one maiming promised (打断谁的腿), which probe 13 (p13-10) labels no risk: the two disagree.
const batches: [file: string, known: string[]][] = [
  ['phone-blind-3.jsonl', []],
  ['phone-blind-4.jsonl', []],
  ['phone-blind-5.jsonl', []],
  ['phone-probe-4.jsonl', []],
  ['phone-probe-5.jsonl', []],
  ['phone-probe-6.jsonl', ['pr03', 'pr08']],
  ['phone-probe-7.jsonl', []],
  ['phone-probe-8.jsonl', []],
  ['phone-blind-d.jsonl', []],
  ['phone-probe-9.jsonl', ['p9-14']],
  ['phone-probe-10.jsonl', []],
  ['phone-probe-11.jsonl', []],
  ['phone-probe-12.jsonl', ['p12-11']],
  ['phone-probe-13.jsonl', []],
  ['phone-probe-14.jsonl', []],
  ['phone-probe-15.jsonl', ['p15-04', 'p15-22']],
  ['phone-probe-16.jsonl', []],
  ['phone-probe-17.jsonl', ['p17-10']],
  ['phone-probe-18.jsonl', []],
  ['phone-blind-f.jsonl', []],
  ['phone-blind-g.jsonl', []],
  ['phone-blind-h.jsonl', []],
  ['phone-blind-j.jsonl', []],
  ['phone-blind-k.jsonl', []],
  ['phone-blind-l.jsonl', []],
];

describe.each(batches)('batch %s', (file, known) => {
  const cases = readCases(fileURLToPath(new URL(`./data/${file}`, import.meta.url)));
  it('is read right but for its known misses', () => {
    expect(cases.filter((c) => !scoreCase(c)).map((c) => c.id)).toEqual(known);
  });
});
