import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/gridbot.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `gridbot` command in `cwd` (no .env there) with `stdin` piped in, on embedded
 * PGlite in `dataDir` and without any LLM, whatever the caller's environment says.
 */
export function runGridbot(args: string[], options: { cwd: string; dataDir: string; stdin: string; env?: Record<string, string> }): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: options.dataDir, LOG_LEVEL: 'warn', ...options.env };
  for (const key of ['DATABASE_URL', 'OPENAI_API_KEY', 'OPENAI_BASE_URL']) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin);
  });
}

export interface RunningBot {
  /** Resolves with the first output line matching, or rejects after `ms` with everything printed so far. */
  waitFor(pattern: RegExp, ms?: number): Promise<string>;
  output(): { stdout: string; stderr: string };
  /** The exit code, once the process has ended. */
  exited: Promise<number | null>;
  /** Sends the signal and resolves with the exit code once the process has ended (killed after 20 s). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** `gridbot start` (the real bot) as a long-running process, with the same environment rules as runGridbot. */
export function startGridbot(options: { cwd: string; dataDir: string; env?: Record<string, string> }): RunningBot {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: options.dataDir, LOG_LEVEL: 'info', ...options.env };
  for (const key of ['DATABASE_URL', 'OPENAI_API_KEY', 'OPENAI_BASE_URL', 'WECHATY_PUPPET', 'WECHATY_PUPPET_SERVICE_TOKEN', 'WECHATY_PUPPET_SERVICE_ENDPOINT']) {
    if (!options.env?.[key]) delete env[key];
  }
  const child = spawn(process.execPath, [BIN, 'start'], { cwd: options.cwd, env });
  let stdout = '';
  let stderr = '';
  let closed = false;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => ((closed = true), resolve(code), changed())));
  child.stdout.on('data', (d: Buffer) => ((stdout += d.toString('utf8')), changed()));
  child.stderr.on('data', (d: Buffer) => ((stderr += d.toString('utf8')), changed()));
  return {
    waitFor(pattern, ms = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const line = stdout.split('\n').find((l) => pattern.test(l));
          if (line) return void (done(), resolve(line));
          if (closed) fail('the bot exited');
        };
        const fail = (why: string) => (done(), reject(new Error(`no line matching ${pattern}: ${why}\n${stdout}\n${stderr}`)));
        const timer = setTimeout(() => fail(`not within ${ms} ms`), ms);
        const done = () => (clearTimeout(timer), listeners.delete(check));
        listeners.add(check);
        check();
      });
    },
    output: () => ({ stdout, stderr }),
    exited,
    async stop(signal = 'SIGTERM') {
      child.kill(signal);
      // A bot that does not stop within 20 s is killed, so a failing test never leaves one running.
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
