#!/usr/bin/env node
// `npx gridbot` works right after `npm install` with no build step to remember: it runs the
// compiled copy in dist/ (built by npm install's prepare script) while that copy matches the
// sources, and otherwise the TypeScript sources directly through tsx (a developer's edits are
// live at once). GRIDBOT_TSX=1 forces the sources.
import { existsSync, readFileSync } from 'node:fs';
import { DIST, fingerprint, STAMP } from './sources.js';

const current = () => existsSync(DIST + STAMP) && readFileSync(DIST + STAMP, 'utf8') === fingerprint();

let cli;
if (!process.env.GRIDBOT_TSX && current()) {
  cli = await import('../dist/cli.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/cli.ts');
}
await cli.runCli(process.argv);
