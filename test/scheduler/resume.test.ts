import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { virtualClock } from '../../src/kernel/clock.js';
import type { Database } from '../../src/db/client.js';
import { fireClaims } from '../../src/db/schema.js';
import { createOutbox } from '../../src/outbox/enqueue.js';
import { createScheduler, type Job } from '../../src/scheduler/runtime.js';
import { testDb } from '../support/db.js';
import { createCalendar } from '../../src/kernel/calendar.js';

const at = (s: string) => new Date(`${s}+08:00`);
const FIRE = at('2026-11-23T09:00:00');

function job(runs: string[]): Job {
  return { key: 'test.once', next: (after) => (after < FIRE ? FIRE : null), run: async (f) => void runs.push(f.toISOString()) };
}

function scheduler(database: Database, now: Date, runs: string[], instanceId: string) {
  const clock = virtualClock(now);
  const config = parseConfig({});
  const deps = { db: database.db, clock, calendar: createCalendar(clock, config.TZ), config, log: pino({ level: 'silent' }), outbox: createOutbox(database.db, clock, 1500) };
  return createScheduler({ ...deps, instanceId, sources: [async () => [job(runs)]], pollMs: 0 });
}

/** What a process killed inside a job leaves behind: its claim, still running. */
const interrupted = (database: Database, by: string) =>
  database.db.insert(fireClaims).values({ jobKey: 'test.once', fireAt: FIRE, status: 'running', claimedBy: by, claimedAt: FIRE });

let open: Database | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

describe('a firing interrupted by a crash', () => {
  it('is run again when the same instance restarts within the grace window', async () => {
    open = await testDb();
    await interrupted(open, 'a');
    const runs: string[] = [];
    const s = scheduler(open, at('2026-11-23T09:05:00'), runs, 'a');
    await s.start();
    s.stop();
    expect(runs).toEqual([FIRE.toISOString()]);
    expect((await open.db.select().from(fireClaims)).map((c) => c.status)).toEqual(['done']);
  });

  it('is recorded as missed when the restart comes after the grace window', async () => {
    open = await testDb();
    await interrupted(open, 'a');
    const runs: string[] = [];
    const s = scheduler(open, at('2026-11-23T12:00:00'), runs, 'a');
    await s.start();
    s.stop();
    expect(runs).toEqual([]);
    expect((await open.db.select().from(fireClaims)).map((c) => c.status)).toEqual(['missed']);
  });

  it('is left alone by another instance (it may still be running there)', async () => {
    open = await testDb();
    await interrupted(open, 'a');
    const runs: string[] = [];
    const s = scheduler(open, at('2026-11-23T09:05:00'), runs, 'b');
    await s.start();
    s.stop();
    expect(runs).toEqual([]);
    expect((await open.db.select().from(fireClaims)).map((c) => [c.status, c.claimedBy])).toEqual([['running', 'a']]);
  });
});
