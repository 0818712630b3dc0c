import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PRIORITY } from '../../src/db/schema.js';
import { targetById } from '../../src/outbox/messages.js';
import { FIRE_AT, START } from './fixtures/crash-plan.js';
import { childDatabase, logLines, runChild, sleep, until, type Child } from './support/child.js';
import { sendKey } from './support/recording-transport.js';
import { fakeIds, GRID_COUNT, WORKER_COUNT } from './support/town.js';

const CHILD = fileURLToPath(new URL('./fixtures/bot-child.ts', import.meta.url));

interface Row {
  id: number;
  purpose: string;
  priority: number;
  targetKind: 'room' | 'member';
  targetId: number;
  text: string | null;
  status: string;
}
interface Result {
  outbox: Row[];
  rooms: { id: number; topic: string }[];
  members: { id: number; alias: string | null }[];
}

/** Where a kill lands: a delay after `ready` (inside the fan-out), or after the n-th started send plus a few ms. */
type KillPoint = { afterReadyMs: number } | { afterStarts: number; extraMs: number };

const random = (n: number) => Math.floor(Math.random() * n);
const starts = (log: string) => logLines(log).filter((l) => l.startsWith('start ')).length;
const readies = (log: string) => logLines(log).filter((l) => l.startsWith('ready ')).length;

/** The latest virtual time the killed process reached, so the next one starts later, as a restart would. */
function lastVirtualTime(log: string): Date {
  const times = logLines(log)
    .filter((l) => l.startsWith('at '))
    .map((l) => Date.parse(l.slice(3)));
  return new Date(Math.max(FIRE_AT.getTime(), ...times));
}

async function killAt(child: Child, log: string, point: KillPoint): Promise<boolean> {
  const ready = readies(log) + 1;
  if (!(await until(() => readies(log) >= ready, child))) return false;
  if ('afterReadyMs' in point) await sleep(point.afterReadyMs);
  else {
    const target = starts(log) + point.afterStarts;
    if (!(await until(() => starts(log) >= target, child))) return false;
    await sleep(point.extraMs);
  }
  child.proc.kill('SIGKILL');
  return (await child.exited).signal === 'SIGKILL';
}

describe('SIGKILL while a 115-group post and 30 reminders drain', () => {
  it('after restarts every message is sent exactly once, or listed to the admins as uncertain', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gridbot-faults-'));
    const log = join(dir, 'sends.log');
    writeFileSync(log, '');
    const { target, drop } = await childDatabase(dir);
    // Sometimes inside the fan-out (before any send), else mid-drain; each restart costs a process
    // start (seconds), so one kill by default and FAULT_KILLS=n for a longer soak.
    const kills = Number(process.env.FAULT_KILLS ?? 1);
    const points: KillPoint[] = Array.from({ length: kills }, () =>
      Math.random() < 0.3 ? { afterReadyMs: random(400) } : { afterStarts: 1 + random(Math.floor(120 / kills)), extraMs: random(8) },
    );
    const when = JSON.stringify(points);
    try {
      let startAt = START;
      let killed = 0;
      for (const point of points) {
        const child = runChild(CHILD, [target, log, startAt.toISOString()]);
        if (await killAt(child, log, point)) killed++;
        else expect((await child.exited).code, `${when}\n${child.stderr()}`).toBe(0);
        startAt = new Date(lastVirtualTime(log).getTime() + 5 * 60_000);
      }
      const last = runChild(CHILD, [target, log, startAt.toISOString()]);
      expect((await last.exited).code, last.stderr()).toBe(0);
      const lines = logLines(log);
      const result = JSON.parse(
        lines
          .filter((l) => l.startsWith('result '))
          .at(-1)!
          .slice(7),
      ) as Result;
      checkExactlyOnce(lines, result, killed, when);
    } finally {
      await drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

function checkExactlyOnce(lines: string[], result: Result, kills: number, when: string): void {
  const topic = new Map(result.rooms.map((r) => [r.id, r.topic]));
  const alias = new Map(result.members.map((m) => [m.id, m.alias]));
  const keyOf = (r: Row) => sendKey(r.targetKind === 'room' ? fakeIds.room(topic.get(r.targetId)!) : fakeIds.contact(alias.get(r.targetId)!), r.text ?? '');
  const count = (prefix: string) => {
    const n = new Map<string, number>();
    for (const l of lines) if (l.startsWith(prefix)) n.set(l.slice(prefix.length), (n.get(l.slice(prefix.length)) ?? 0) + 1);
    return n;
  };
  const [started, done] = [count('start '), count('done ')];
  const rows = result.outbox;

  // Nothing lost in the fan-out, whatever the kills interrupted.
  expect(
    rows.filter((r) => r.purpose === 'post'),
    when,
  ).toHaveLength(GRID_COUNT);
  expect(
    rows.filter((r) => r.purpose === 'report-remind'),
    when,
  ).toHaveLength(WORKER_COUNT);
  expect(
    rows.filter((r) => !['sent', 'uncertain'].includes(r.status)),
    when,
  ).toEqual([]);
  // Nothing went out that the outbox does not hold.
  const keys = new Set(rows.map(keyOf));
  expect(
    [...started.keys()].filter((k) => !keys.has(k)),
    when,
  ).toEqual([]);

  const alerts = rows
    .filter((r) => r.purpose === 'sender-alert' && r.status === 'sent')
    .map((r) => r.text ?? '')
    .join('\n');
  let interrupted = 0;
  for (const row of rows) {
    const [s, d] = [started.get(keyOf(row)) ?? 0, done.get(keyOf(row)) ?? 0];
    const what = `${row.purpose} #${row.id} (${row.status}, ${s} starts, ${d} done) ${when}`;
    if (row.status === 'sent' && s === 1 && d === 1) continue;
    interrupted++;
    if (row.priority <= PRIORITY.reply) {
      // Alerts and replies interrupted mid-send are sent again: at least once, one extra try per kill.
      expect(row.status, what).toBe('sent');
      expect(d, what).toBeGreaterThanOrEqual(1);
      expect(s, what).toBeLessThanOrEqual(1 + kills);
    } else {
      // Routine messages are never resent: the admins are told which ones may not have gone out.
      expect(row.status, what).toBe('uncertain');
      expect(s, what).toBeLessThanOrEqual(1);
      expect(alerts, what).toContain(targetById({ kind: row.targetKind, id: row.targetId }));
    }
  }
  expect(interrupted, when).toBeLessThanOrEqual(kills);
}
