import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/gridbot.js', import.meta.url));

export interface StartupBench {
  /** From spawning `gridbot start` to its 'gridbot ready' log line. */
  readyMs: number;
  /** VmRSS after idling `idleMs` once ready; null where /proc is missing. */
  idleRssMb: number | null;
  /** Baselines: `node -e ""` from spawn to exit, and a bare node's resident memory. */
  nodeMs: number;
  nodeRssMb: number;
}

async function vmRssMb(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
  const kb = status ? /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] : undefined;
  return kb ? Number(kb) / 1024 : null;
}

/** Runs `node args`, resolving with its stdout and the wall time to exit. */
function runNode(args: string[]): Promise<{ out: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', () => resolve({ out, ms: performance.now() - t0 }));
  });
}

/** Spawns the bot and resolves once it logs 'gridbot ready' (rejects on exit or timeout first). */
function startBot(dir: string, timeoutMs: number) {
  const t0 = performance.now();
  // A clean environment: the mock puppet, PGlite in a fresh DATA_DIR, nothing from the caller's .env.
  const env = { WECHATY_PUPPET: 'wechaty-puppet-mock', DATA_DIR: join(dir, 'data'), HOME: dir, TZ: 'Asia/Shanghai', LOG_LEVEL: 'info' };
  const child = spawn(process.execPath, [BIN, 'start'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const ready = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no 'gridbot ready' within ${timeoutMs} ms: ${tail.slice(-400)}`)), timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      tail = (tail + d.toString()).slice(-4000);
      if (tail.includes('"msg":"gridbot ready"')) {
        clearTimeout(timer);
        resolve(performance.now() - t0);
      }
    });
    child.stderr.on('data', (d: Buffer) => (tail = (tail + d.toString()).slice(-4000)));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`gridbot start exited (${code}) before ready: ${tail.slice(-400)}`));
    });
  });
  return { child, ready };
}

function stop(child: ReturnType<typeof spawn>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Cold start of the real bot (mock puppet, embedded PGlite) and its resident memory when idle. */
export async function benchStartup(options: { idleMs: number; timeoutMs?: number }): Promise<StartupBench> {
  const node = await runNode(['-e', '']);
  const bare = await runNode(['-e', 'process.stdout.write(String(process.memoryUsage().rss))']);
  const dir = await mkdtemp(join(tmpdir(), 'gridbot-bench-'));
  const bot = startBot(dir, options.timeoutMs ?? 60_000);
  try {
    const readyMs = await bot.ready;
    await new Promise((r) => setTimeout(r, options.idleMs));
    const idleRssMb = await vmRssMb(bot.child.pid!);
    return { readyMs, idleRssMb, nodeMs: node.ms, nodeRssMb: Number(bare.out) / 1048576 };
  } finally {
    await stop(bot.child);
    await rm(dir, { recursive: true, force: true });
  }
}
