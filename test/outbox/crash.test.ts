import { emptyServerDatabase } from '../../src/db/throwaway.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MESSAGES, isReply } from './fixtures/crash-plan.js';

const CHILD = fileURLToPath(new URL('./fixtures/drain-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function child(
  target: string,
  log: string,
  mode: 'first' | 'second',
): { proc: ChildProcess; exited: Promise<{ code: number | null; signal: string | null }>; stdout: () => string } {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, target, log, mode], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    proc.on('exit', (code, signal) => {
      if (code) process.stderr.write(`drain-child ${mode} failed:\n${err}\n`);
      resolve({ code, signal });
    }),
  );
  return { proc, exited, stdout: () => out };
}

/** A data folder for PGlite, or a fresh database on the server named by DATABASE_URL. */
async function freshTarget(dir: string): Promise<{ target: string; drop: () => Promise<void> }> {
  const server = process.env.DATABASE_URL;
  if (!server) return { target: join(dir, 'data'), drop: async () => {} };
  const { url, drop } = await emptyServerDatabase(server, 'gridbot_crash');
  return { target: url, drop };
}

const lines = (log: string) => readFileSync(log, 'utf8').split('\n').filter(Boolean);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('crash in the middle of draining', () => {
  it('a sender killed with SIGKILL mid-drain and restarted sends nothing twice and loses nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gridbot-crash-'));
    const log = join(dir, 'sends.log');
    writeFileSync(log, '');
    const { target, drop } = await freshTarget(dir);
    try {
      // A random moment: after a random number of started sends, plus a random few milliseconds.
      const killAfter = 5 + Math.floor(Math.random() * 35);
      const delay = Math.random() * 30;
      const first = child(target, log, 'first');
      let finished = false;
      void first.exited.then(() => (finished = true));
      while (!finished && lines(log).filter((l) => l.startsWith('start ')).length < killAfter) await sleep(1);
      await sleep(delay);
      first.proc.kill('SIGKILL');
      expect((await first.exited).signal, 'the first sender was killed, not finished').toBe('SIGKILL');
      const atKill = lines(log);
      expect(atKill.filter((l) => l.startsWith('done ')).length).toBeLessThan(MESSAGES);

      const second = child(target, log, 'second');
      expect((await second.exited).code).toBe(0);
      const result = /^RESULT (.*)$/m.exec(second.stdout());
      const rows = JSON.parse(result![1]!) as { text: string; status: string; purpose: string }[];
      checkExactlyOnce(lines(log), rows, `killed after ${killAfter} starts + ${delay.toFixed(1)} ms`);
    } finally {
      await drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

function checkExactlyOnce(log: string[], rows: { text: string; status: string }[], when: string): void {
  const count = (prefix: string, text: string) => log.filter((l) => l === `${prefix} ${text}`).length;
  const alerts = log.filter((l) => l.startsWith('alert ')).map((l) => JSON.parse(l.slice(6)) as { text: string });
  expect(rows, when).toHaveLength(MESSAGES);
  let interrupted = 0;
  for (let i = 0; i < MESSAGES; i++) {
    const text = `m${i}`;
    const row = rows.find((r) => r.text === text)!;
    const [starts, dones] = [count('start', text), count('done', text)];
    if (starts === 1 && dones === 1 && row.status === 'sent') continue;
    // The one send the kill interrupted.
    interrupted++;
    if (isReply(i)) {
      // A reply is resent: delivered at least once, at most once more than its interrupted try.
      expect(row.status, `${text} ${when}`).toBe('sent');
      expect(starts, `${text} ${when}`).toBe(2);
      expect(dones, `${text} ${when}`).toBeGreaterThanOrEqual(1);
    } else {
      // A routine post is never resent: it is listed to the admins as uncertain (the kill may have
      // come after it was marked sending but before the transport was even called).
      expect(row.status, `${text} ${when}`).toBe('uncertain');
      expect(starts, `${text} ${when}`).toBeLessThanOrEqual(1);
      expect(dones, `${text} ${when}`).toBeLessThanOrEqual(1);
      expect(alerts.map((a) => a.text).join('\n')).toContain(`群 #${i + 1}`);
    }
  }
  expect(interrupted, when).toBeLessThanOrEqual(1);
  expect(alerts.length, when).toBe(rows.filter((r) => r.status === 'uncertain').length);
  if (alerts.length) expect(alerts[0]!.text).toMatch(/^以下 1 条消息在发送时程序中断，不确定是否已发出，请人工核对：/);
}
