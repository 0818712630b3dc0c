import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { rssFloorProgram, WECOM_FLOOR } from './rss-floor.js';
import { startCommand } from './start-command.js';

const BIN = fileURLToPath(new URL('../../../bin/gridbot.js', import.meta.url));

export interface StartRun {
  /** From spawning `gridbot start` to its 'gridbot ready' log line. */
  readyMs: number;
  /** VmRSS after idling once ready; null where /proc is missing. */
  idleRssMb: number | null;
}

export interface StartupBench {
  /** PGlite in a fresh DATA_DIR (initdb and migrations included). */
  cold: StartRun;
  /** The same DATA_DIR started again. */
  restart: StartRun;
  /** On a PostgreSQL database, when one was given. */
  postgres: StartRun | null;
  /** Baselines: `node -e ""` from spawn to exit, and a bare node's resident memory. */
  nodeMs: number;
  nodeRssMb: number;
  /** Idle memory of PGlite + jieba + Wechaty + the mock puppet alone (rss-floor.ts); null when it failed. */
  floorRssMb: number | null;
  /** WeCom alone (no Wechaty loaded), PGlite in a fresh DATA_DIR, its server unreachable (it keeps retrying). */
  wecom: StartRun;
  /** PGlite + jieba + the WeCom SDK alone. */
  wecomFloorRssMb: number | null;
  /** The same floor program under the environment and node flags `npm start` gives the bot. */
  wecomFloorFlaggedRssMb: number | null;
  /** That environment and those flags, as package.json's start script writes them (`MALLOC_ARENA_MAX=2 --v8-pool-size=1`). */
  nodeFlags: string[];
}

/** WeCom configured, no puppet: the SDK dials a closed local port and retries with back-off while idle. */
const WECOM_ONLY = { WECHATY_PUPPET: '', WECOM_BOT_ID: 'bench', WECOM_BOT_SECRET: 'bench', WECOM_WS_URL: 'ws://127.0.0.1:9' };

const mbOf = (out: string) => (Number(out) > 0 ? Number(out) / 1048576 : null);

async function vmRssMb(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
  const kb = status ? /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] : undefined;
  return kb ? Number(kb) / 1024 : null;
}

/** Runs `node args`, resolving with its stdout and the wall time to exit. */
function runNode(args: string[], env: Record<string, string> = {}): Promise<{ out: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', () => resolve({ out, ms: performance.now() - t0 }));
  });
}

/** Spawns the bot and resolves once it logs 'gridbot ready' (rejects on exit or timeout first). */
function startBot(dir: string, extraEnv: Record<string, string>, timeoutMs: number) {
  const t0 = performance.now();
  // A clean environment: the mock puppet, PGlite in DATA_DIR unless a database is given, nothing
  // from the caller's .env, and an empty temp folder, so that nothing cached on this machine (the
  // migrated PGlite template tests and replays keep there) shortens a first start.
  // Node's environment and flags as `npm start` gives them: the measured process is the one a township runs.
  const start = startCommand();
  const env = {
    WECHATY_PUPPET: 'wechaty-puppet-mock',
    DATA_DIR: join(dir, 'data'),
    HOME: dir,
    TMPDIR: join(dir, 'tmp'),
    TZ: 'Asia/Shanghai',
    LOG_LEVEL: 'info',
    ...start.env,
    ...extraEnv,
  };
  const child = spawn(process.execPath, [...start.flags, BIN, 'start'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
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

/** Starts the bot in `dir`, waits until ready, idles, reads its memory, stops it. */
async function startIdleStop(dir: string, env: Record<string, string>, idleMs: number, timeoutMs: number): Promise<StartRun> {
  const bot = startBot(dir, env, timeoutMs);
  try {
    const readyMs = await bot.ready;
    await new Promise((r) => setTimeout(r, idleMs));
    return { readyMs, idleRssMb: await vmRssMb(bot.child.pid!) };
  } finally {
    await stop(bot.child);
  }
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

/**
 * Cold start of the real bot (mock puppet, PGlite in a fresh DATA_DIR), a restart on the same
 * DATA_DIR, and with `postgresUrl` a start on that database; each with its memory when idle.
 */
export async function benchStartup(options: { idleMs: number; timeoutMs?: number; postgresUrl?: string }): Promise<StartupBench> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const node = await runNode(['-e', '']);
  const bare = await runNode(['-e', 'process.stdout.write(String(process.memoryUsage().rss))']);
  const dir = await mkdtemp(join(tmpdir(), 'gridbot-bench-'));
  await mkdir(join(dir, 'tmp'));
  try {
    const cold = await startIdleStop(dir, {}, options.idleMs, timeoutMs);
    const restart = await startIdleStop(dir, {}, options.idleMs, timeoutMs);
    const postgres = options.postgresUrl ? await startIdleStop(dir, { DATABASE_URL: options.postgresUrl }, options.idleMs, timeoutMs) : null;
    // On the database the bot just left, idling as long as the bot did.
    const floor = await runNode(['--input-type=module', '-e', rssFloorProgram(join(dir, 'data', 'pglite'), options.idleMs)]);
    return { cold, restart, postgres, nodeMs: node.ms, nodeRssMb: mbOf(bare.out) ?? 0, floorRssMb: mbOf(floor.out), ...(await benchWecomStartup(dir, options.idleMs, timeoutMs)) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A WeCom-only bot in a fresh DATA_DIR under `dir`, then its floor on the database it left: once
 * under plain node (the issue's floor) and once under `npm start`'s environment and node flags, so that what the
 * flags save is not counted as gridbot's own saving.
 */
export async function benchWecomStartup(dir: string, idleMs: number, timeoutMs = 120_000) {
  const wecomDir = join(dir, 'wecom');
  await mkdir(join(wecomDir, 'tmp'), { recursive: true });
  const wecom = await startIdleStop(wecomDir, WECOM_ONLY, idleMs, timeoutMs);
  const program = rssFloorProgram(join(wecomDir, 'data', 'pglite'), idleMs, WECOM_FLOOR);
  const plain = await runNode(['--input-type=module', '-e', program]);
  const start = startCommand();
  const flagged = await runNode([...start.flags, '--input-type=module', '-e', program], start.env);
  const nodeFlags = [...Object.entries(start.env).map(([k, v]) => `${k}=${v}`), ...start.flags];
  return { wecom, wecomFloorRssMb: mbOf(plain.out), wecomFloorFlaggedRssMb: mbOf(flagged.out), nodeFlags };
}
