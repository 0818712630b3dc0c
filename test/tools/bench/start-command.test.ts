import { describe, expect, it } from 'vitest';
import { nodeFlagsOf, startNodeFlags } from '../../../src/tools/bench/start-command.js';

describe('the node flags of npm start', () => {
  it.each([
    ['node bin/gridbot.js start', []],
    ['node --max-semi-space-size=1 bin/gridbot.js start', ['--max-semi-space-size=1']],
    ['  node --a=1   --b bin/gridbot.js start ', ['--a=1', '--b']],
  ])('reads %j', (script, flags) => {
    expect(nodeFlagsOf(script)).toEqual(flags);
  });

  it.each(['tsx src/main.ts', 'node bin/gridbot.js sandbox', 'node bin/gridbot.js start --verbose', 'node -r x bin/gridbot.js start', 'FOO=1 node bin/gridbot.js start'])(
    'refuses %j: the bench could not start the bot that way',
    (script) => {
      expect(nodeFlagsOf(script)).toBeNull();
    },
  );

  it("reads this package's own start script, which keeps the memory flags", () => {
    expect(startNodeFlags()).toEqual(expect.arrayContaining(['--max-semi-space-size=1', '--v8-pool-size=1']));
  });
});
