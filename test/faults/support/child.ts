import { emptyServerDatabase } from '../../../src/db/throwaway.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface Child {
  proc: ChildProcess;
  exited: Promise<{ code: number | null; signal: string | null }>;
  stderr(): string;
}

/** Runs a TypeScript fixture in its own Node process (as `gridbot start` would run), collecting stderr. */
export function runChild(script: string, args: string[]): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  proc.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  return { proc, exited, stderr: () => err };
}

export const logLines = (file: string): string[] => readFileSync(file, 'utf8').split('\n').filter(Boolean);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits (real time) until `cond` holds, or the child exits, or `ms` pass. */
export async function until(cond: () => boolean, child: Child, ms = 60_000): Promise<boolean> {
  let exited = false;
  void child.exited.then(() => (exited = true));
  const end = Date.now() + ms;
  while (!cond()) {
    if (exited || Date.now() > end) return false;
    await sleep(1);
  }
  return true;
}

/** A PGlite data folder, or a fresh database on the server named by DATABASE_URL (dropped by `drop`). */
export async function childDatabase(dir: string): Promise<{ target: string; drop: () => Promise<void> }> {
  const server = process.env.DATABASE_URL;
  if (!server) return { target: join(dir, 'data'), drop: async () => {} };
  const { url, drop } = await emptyServerDatabase(server, 'gridbot_faults');
  return { target: url, drop };
}
