import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultLawsSource } from '../../src/lawqa/index.js';
import { replayScenario } from '../../src/tools/replay/run.js';
import { scenarioSchema } from '../../src/tools/replay/scenario.js';

const dir = new URL('../scenarios/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
// Legal answers cite imported statutes, which the repository does not ship: the lawqa-* scenarios
// play where the statute corpus is (CI has ../shared/data/laws) and are skipped, visibly, elsewhere.
const needsLaws = (f: string) => f.startsWith('lawqa-');

async function holds(file: string): Promise<void> {
  const scenario = scenarioSchema.parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
  const result = await replayScenario(scenario);
  expect(result.failure ?? null, result.transcript.join('\n')).toBeNull();
  expect(result.ok).toBe(true);
}

describe('replay scenarios in test/scenarios', () => {
  it('has scenarios to play', () => expect(files.length).toBeGreaterThan(0));

  it.each(files.filter((f) => !needsLaws(f)))('%s holds every expectation', holds);
});

describe.runIf(defaultLawsSource())('replay scenarios that need the statute corpus', () => {
  it.each(files.filter(needsLaws))('%s holds every expectation', holds);
});
