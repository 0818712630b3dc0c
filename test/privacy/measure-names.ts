import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { maskPersonal } from '../../src/kernel/mask.js';
import { findPersonNames } from '../../src/kernel/person-names.js';
import { placed, TUNE_ORDINARY, TUNE_TEMPLATES } from './name-sentences.js';
import { HELD_OUT_ORDINARY, HELD_OUT_TEMPLATES } from './name-sentences-held-out.js';
import { ROUND2_ORDINARY, ROUND2_TEMPLATES } from './name-sentences-round2.js';
import { ROUND3_ORDINARY, ROUND3_TEMPLATES } from './name-sentences-round3.js';

/*
 * Measures the name finder (not a test): `npx tsx test/privacy/measure-names.ts [seed] [tune|round2|round3|held-out]`.
 * Recall: share of generated names that do not survive masking; exact: the masked text is the
 * template with a label and nothing else changed; over-masking: ordinary sentences changed at all.
 */
const seed = Number(process.argv[2] ?? 1);
const set = process.argv[3] ?? 'tune';
const SETS: Record<string, { templates: readonly string[]; ordinary: readonly string[] }> = {
  tune: { templates: TUNE_TEMPLATES, ordinary: TUNE_ORDINARY },
  round2: { templates: ROUND2_TEMPLATES, ordinary: ROUND2_ORDINARY },
  round3: { templates: ROUND3_TEMPLATES, ordinary: ROUND3_ORDINARY },
  'held-out': { templates: HELD_OUT_TEMPLATES, ordinary: HELD_OUT_ORDINARY },
};
const { templates, ordinary } = SETS[set] ?? SETS.tune!;

const cases = fc.sample(placed(templates), { numRuns: 3000, seed });
let hidden = 0;
let exact = 0;
const missed = new Map<string, number>();
for (const c of cases) {
  const out = maskPersonal(c.text).text;
  if (c.names.every((n) => !out.includes(n))) hidden++;
  else missed.set(c.template, (missed.get(c.template) ?? 0) + 1);
  if (out === c.masked) exact++;
  else if (process.argv.includes('--inexact') && c.names.every((n) => !out.includes(n))) console.log('inexact:', c.text, '→', out);
}
const changed = ordinary.filter((s) => maskPersonal(s).text !== s);
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
console.log(`${set} seed ${seed}: recall ${pct(hidden, cases.length)}, exact ${pct(exact, cases.length)} of ${cases.length}`);
console.log(
  `over-masking: ${changed.length}/${ordinary.length} ordinary sentences changed`,
  changed.map((s) => maskPersonal(s).text),
);
if (process.argv.includes('--missed')) console.log([...missed].sort((a, b) => b[1] - a[1]).slice(0, 40));

// Real questions from the dev data: every "name" found in them, to read by eye (most name nobody).
if (process.argv.includes('--real')) {
  const dir = '../shared/data';
  const texts = ['stard-dev.jsonl', 'legal-qa-dev.jsonl', 'danger-dev.jsonl'].flatMap((f) =>
    readFileSync(`${dir}/${f}`, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { question?: string; text?: string })
      .map((r) => r.question ?? r.text ?? ''),
  );
  const found = texts.flatMap((t) => findPersonNames(t));
  console.log(`real dev questions: ${texts.length}, names found ${found.length}:`, found.join(' '));
}
