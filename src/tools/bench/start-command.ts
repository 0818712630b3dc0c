import { readFileSync } from 'node:fs';

const PACKAGE = new URL('../../../package.json', import.meta.url);
const ENTRY = 'bin/gridbot.js';
const ASSIGNMENT = /^([A-Z_][A-Z0-9_]*)=(\S*)$/;

/** How `npm start` runs the bot: the environment it sets before `node`, and node's flags. */
export interface StartCommand {
  env: Record<string, string>;
  flags: string[];
}

/**
 * Reads an `npm start` script: `MALLOC_ARENA_MAX=2 node --max-semi-space-size=1 bin/gridbot.js start` →
 * env {MALLOC_ARENA_MAX: '2'}, flags ['--max-semi-space-size=1']. Null when the script is not
 * `[NAME=value …] node [flags] bin/gridbot.js start`, for then the bench could not start the bot the way
 * `npm start` does.
 */
export function startCommandOf(script: string): StartCommand | null {
  const words = script.trim().split(/\s+/);
  const node = words.indexOf('node');
  const entry = words.indexOf(ENTRY);
  if (node < 0 || entry < node || words[entry + 1] !== 'start' || entry + 2 !== words.length) return null;
  const assignments = words.slice(0, node).map((w) => ASSIGNMENT.exec(w));
  const flags = words.slice(node + 1, entry);
  if (assignments.some((a) => !a) || !flags.every((f) => f.startsWith('--'))) return null;
  return { env: Object.fromEntries(assignments.map((a) => [a![1]!, a![2]!])), flags };
}

/** package.json's start script, read, so the bench measures the process `npm start` runs. */
export function startCommand(): StartCommand {
  const script: unknown = JSON.parse(readFileSync(PACKAGE, 'utf8')).scripts?.start;
  const command = typeof script === 'string' ? startCommandOf(script) : null;
  if (!command) throw new Error(`package.json's start script is not "[NAME=value …] node [flags] ${ENTRY} start": ${String(script)}`);
  return command;
}
