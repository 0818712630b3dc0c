import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replayScenario } from '../../src/replay/run.js';
import { scenarioSchema } from '../../src/replay/scenario.js';

const dir = new URL('../scenarios/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

describe('replay scenarios in test/scenarios', () => {
  it('has scenarios to play', () => expect(files.length).toBeGreaterThan(0));

  it.each(files)('%s holds every expectation', async (file) => {
    const scenario = scenarioSchema.parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    const result = await replayScenario(scenario);
    expect(result.failure ?? null, result.transcript.join('\n')).toBeNull();
    expect(result.ok).toBe(true);
  });
});
