import { readFileSync } from 'node:fs';

const PACKAGE = new URL('../../../package.json', import.meta.url);
const ENTRY = 'bin/gridbot.js';

/**
 * The node flags of an `npm start` script: `node --max-semi-space-size=1 bin/gridbot.js start` →
 * ['--max-semi-space-size=1']. Null when the script is not `node [flags] bin/gridbot.js start`, for
 * then the bench could not start the bot the way `npm start` does.
 */
export function nodeFlagsOf(script: string): string[] | null {
  const words = script.trim().split(/\s+/);
  const entry = words.indexOf(ENTRY);
  if (words[0] !== 'node' || entry < 0 || words[entry + 1] !== 'start' || entry + 2 !== words.length) return null;
  const flags = words.slice(1, entry);
  return flags.every((f) => f.startsWith('--')) ? flags : null;
}

/** The flags `npm start` gives node, read from package.json, so the bench measures the process npm start runs. */
export function startNodeFlags(): string[] {
  const script: unknown = JSON.parse(readFileSync(PACKAGE, 'utf8')).scripts?.start;
  const flags = typeof script === 'string' ? nodeFlagsOf(script) : null;
  if (!flags) throw new Error(`package.json's start script is not "node [flags] ${ENTRY} start": ${String(script)}`);
  return flags;
}
