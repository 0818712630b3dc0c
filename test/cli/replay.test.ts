import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The scenarios themselves are played in test/replay/scenarios.test.ts; this is the command a
// developer types, its exit code and what it prints.
const BIN = fileURLToPath(new URL('../../bin/gridbot.js', import.meta.url));
const SCENARIO = fileURLToPath(new URL('../scenarios/help-by-role.json', import.meta.url));
const replay = (...args: string[]) => spawnSync(process.execPath, [BIN, 'replay', ...args], { env: { ...process.env, DATABASE_URL: '' }, encoding: 'utf8' });

describe('gridbot replay', () => {
  it('exits 0 when every expectation holds, and 1 naming the step that did not', () => {
    const passed = replay('--quiet', SCENARIO);
    expect(passed.stdout).toContain('✓ help-by-role.json');
    expect(passed.status).toBe(0);

    const scenario = JSON.parse(readFileSync(SCENARIO, 'utf8'));
    scenario.steps[1] = { expect: { to: '综治中心工作群', contains: ['这句话机器人不会说'] } };
    const broken = join(mkdtempSync(join(tmpdir(), 'gridbot-replay-')), 'broken.json');
    writeFileSync(broken, JSON.stringify(scenario));
    const failed = replay('--quiet', SCENARIO, broken);
    expect(failed.stdout).toContain('1 passed, 1 failed');
    expect(failed.stdout + failed.stderr).toContain('这句话机器人不会说');
    expect(failed.status).toBe(1);
  });
});
