#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so `npx gridbot` works right after `npm install`
// with no build step to remember.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli.ts');
await runCli(process.argv);
