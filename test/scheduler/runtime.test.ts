import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { virtualClock, type VirtualClock } from '../../src/kernel/clock.js';
import type { Database } from '../../src/db/client.js';
import { fireClaims } from '../../src/db/schema.js';
import { createOutbox } from '../../src/outbox/enqueue.js';
import { nextFireTimes, type Rule } from '../../src/scheduler/rules.js';
import { createScheduler, type Job } from '../../src/scheduler/runtime.js';
import { testDb } from '../support/db.js';
import { createCalendar } from '../../src/kernel/calendar.js';

const silent = pino({ level: 'silent' });
const daily9: Rule = { kind: 'daily', time: { hour: 9, minute: 0 } };
const at = (s: string) => new Date(`${s}+08:00`);

function job(runs: string[], key = 'test.daily'): Job {
  return {
    key,
    next: (after) => nextFireTimes(daily9, after, 1)[0] ?? null,
    run: async (fireAt) => void runs.push(fireAt.toISOString()),
  };
}

function scheduler(database: Database, clock: VirtualClock, jobs: Job[], instanceId = 'a') {
  const config = parseConfig({ SCHEDULE_GRACE_MINUTES: '120' });
  const deps = { db: database.db, clock, calendar: createCalendar(clock, config.TZ), config, log: silent, outbox: createOutbox(database.db, clock, 1500) };
  return createScheduler({ ...deps, instanceId, sources: [async () => jobs], pollMs: 0 });
}

let open: Database | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

describe('scheduler', () => {
  it('fires each job at its times, once, in virtual time', async () => {
    open = await testDb();
    const clock = virtualClock(at('2026-11-23T08:00:00'));
    const runs: string[] = [];
    const s = scheduler(open, clock, [job(runs)]);
    await s.start();
    await clock.advanceTo(at('2026-11-25T12:00:00'));
    expect(runs).toEqual([at('2026-11-23T09:00:00'), at('2026-11-24T09:00:00'), at('2026-11-25T09:00:00')].map((d) => d.toISOString()));
    s.stop();
  });

  it('after a restart runs a firing missed inside the grace window once, and records one outside it as missed', async () => {
    open = await testDb();
    const runs: string[] = [];
    const first = scheduler(open, virtualClock(at('2026-11-23T08:00:00')), [job(runs)]);
    await first.start(); // records the installation time
    first.stop();
    // Down from 08:00 to 10:30: 09:00 is 90 minutes late, inside the 2-hour grace window.
    const second = scheduler(open, virtualClock(at('2026-11-23T10:30:00')), [job(runs)]);
    await second.start();
    second.stop();
    expect(runs).toEqual([at('2026-11-23T09:00:00').toISOString()]);
    // Down again until the next day 12:00: 24th 09:00 is three hours late, outside the window.
    const third = scheduler(open, virtualClock(at('2026-11-24T12:00:00')), [job(runs)]);
    await third.start();
    third.stop();
    expect(runs).toHaveLength(1);
    const claims = await open.db.select().from(fireClaims).orderBy(fireClaims.fireAt);
    expect(claims.map((c) => c.status)).toEqual(['done', 'missed']);
  });

  it('when the clock jumps a day forward (machine asleep) applies the grace rule to every firing on the way', async () => {
    open = await testDb();
    const clock = virtualClock(at('2026-11-23T08:00:00'));
    const runs: string[] = [];
    const s = scheduler(open, clock, [job(runs)]);
    await s.start();
    await clock.advanceTo(at('2026-11-24T10:00:00'));
    expect(runs).toEqual([at('2026-11-23T09:00:00').toISOString(), at('2026-11-24T09:00:00').toISOString()]);
    s.stop();
  });

  it('two instances sharing one database fire each time once', async () => {
    open = await testDb();
    const clockA = virtualClock(at('2026-11-23T08:00:00'));
    const clockB = virtualClock(at('2026-11-23T08:00:00'));
    const runs: string[] = [];
    const a = scheduler(open, clockA, [job(runs)], 'a');
    const b = scheduler(open, clockB, [job(runs)], 'b');
    await a.start();
    await b.start();
    await Promise.all([clockA.advanceTo(at('2026-11-24T09:30:00')), clockB.advanceTo(at('2026-11-24T09:30:00'))]);
    expect(runs).toHaveLength(2);
    a.stop();
    b.stop();
  });
});
