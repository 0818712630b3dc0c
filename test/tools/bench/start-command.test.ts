import { describe, expect, it } from 'vitest';
import { startCommand, startCommandOf } from '../../../src/tools/bench/start-command.js';

describe('how npm start runs the bot', () => {
  it.each([
    ['node bin/gridbot.js start', {}, []],
    ['node --max-semi-space-size=1 bin/gridbot.js start', {}, ['--max-semi-space-size=1']],
    ['  node --a=1   --b bin/gridbot.js start ', {}, ['--a=1', '--b']],
    ['MALLOC_ARENA_MAX=2 node --v8-pool-size=1 bin/gridbot.js start', { MALLOC_ARENA_MAX: '2' }, ['--v8-pool-size=1']],
    ['A=1 B_2= node bin/gridbot.js start', { A: '1', B_2: '' }, []],
  ])('reads %j', (script, env, flags) => {
    expect(startCommandOf(script)).toEqual({ env, flags });
  });

  it.each([
    'tsx src/main.ts',
    'node bin/gridbot.js sandbox',
    'node bin/gridbot.js start --verbose',
    'node -r x bin/gridbot.js start',
    'cd x && node bin/gridbot.js start',
    'bin/gridbot.js start node',
  ])('refuses %j: the bench could not start the bot that way', (script) => {
    expect(startCommandOf(script)).toBeNull();
  });

  it("reads this package's own start script, which keeps the memory settings", () => {
    const { env, flags } = startCommand();
    expect(env).toEqual({ MALLOC_ARENA_MAX: '2' });
    expect(flags).toEqual(expect.arrayContaining(['--max-semi-space-size=1', '--v8-pool-size=1']));
  });
});
