import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/gridbot.js', import.meta.url));
const run = (env: Record<string, string>) => execFileSync(process.execPath, [BIN, '--help'], { env: { ...process.env, ...env }, encoding: 'utf8' }).trim();

describe('bin/gridbot.js', () => {
  // npm install builds dist/; a developer's edits make it stale and the sources run instead.
  it('answers the same from the TypeScript sources (tsx) as from whatever copy is current', () => {
    const fromSources = run({ GRIDBOT_TSX: '1' });
    expect(fromSources).toContain('网格化管理微信助手');
    expect(run({})).toBe(fromSources);
  });
});
