import { asc, eq, like } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { realClock } from '../../src/kernel/clock.js';
import type { Database } from '../../src/db/client.js';
import { fireClaims, outbox } from '../../src/db/schema.js';
import { seedWorld } from '../../src/tools/replay/seed.js';
import { createOutbox } from '../../src/outbox/enqueue.js';
import { createScheduler, type Job } from '../../src/scheduler/runtime.js';
import { createMockWorld, type MockWorld } from '../../src/chat/mock/mock-world.js';
import { testDb } from '../support/db.js';
import { sleep } from './support/child.js';
import { buildBot, silentLog } from './support/bot.js';
import { wallClock, type WallClock } from './support/clocks.js';
import { ADMIN, ADMIN_GROUP, townGrids } from './support/town.js';
import { createCalendar } from '../../src/kernel/calendar.js';

const at = (s: string) => new Date(`${s}+08:00`);
const HOUR = 3_600_000;
const GRIDS = townGrids().slice(0, 3);
const PEOPLE = [{ name: ADMIN, role: 'admin' as const }];
const ROOMS = [{ topic: ADMIN_GROUP, admin: true, members: [ADMIN] }, ...GRIDS.map((g) => ({ topic: g.topic, grid: g.label, members: [] }))];
/** How often the bot re-reads its schedules (60 s in production; short here so the test is quick). */
const POLL_MS = 200;

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

async function waitFor<T>(probe: () => Promise<T | null | undefined>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error('waitFor: timed out');
    await sleep(20);
  }
}

interface Bot {
  app: App;
  world: MockWorld;
  clock: WallClock;
  database: Database;
}

/** The bot on real timers with a wall clock that can jump, a weekly post set for Wednesday 20:00. */
async function botWithWeeklyPost(start: Date): Promise<Bot> {
  const database = await testDb();
  const world = createMockWorld({ log: silentLog() });
  const clock = wallClock(start);
  const env = { SEND_INTERVAL_MS: '0', SEND_ROOM_INTERVAL_MS: '0', SEND_JITTER_MS: '0' };
  const app = buildBot({ database, clock, transport: world.transport, env, pollMs: POLL_MS });
  cleanup.push(
    () => database.close(),
    () => world.stop(),
    () => app.stop(),
  );
  await app.start({ runSender: false });
  await seedWorld(database.db, world, PEOPLE, ROOMS, start);
  await world.say(ADMIN, '#定时 普法 每周三 20:00 全部网格群', { room: ADMIN_GROUP, at: clock.now() });
  return { app, world, clock, database };
}

const scheduleClaims = (database: Database) => database.db.select().from(fireClaims).where(like(fireClaims.jobKey, 'schedule:%')).orderBy(asc(fireClaims.fireAt));
const claimAt = (database: Database, fireAt: Date) => async () => (await scheduleClaims(database)).find((c) => c.fireAt.getTime() === fireAt.getTime() && c.status !== 'running');
const posts = (world: MockWorld) => world.sent().filter((s) => s.text?.startsWith('【普法'));

describe('the machine sleeps and the clock jumps forward', () => {
  it('a firing slept through by more than the grace window is recorded as missed; the next one runs on time', async () => {
    const { app, world, clock, database } = await botWithWeeklyPost(at('2026-12-02T19:00:00'));
    // Asleep for a day: the timer armed for 20:00 still waits its hour of real time.
    clock.jump(24 * HOUR);
    const missed = await waitFor(claimAt(database, at('2026-12-02T20:00:00')));
    expect(missed.status).toBe('missed');
    await app.sender.drainDue();
    expect(posts(world)).toEqual([]);
    expect(await database.db.select().from(outbox).where(eq(outbox.purpose, 'post'))).toEqual([]);

    // Awake the next Wednesday, a moment before 20:00: that firing runs, once.
    clock.jump(at('2026-12-09T19:59:59.500').getTime() - clock.now().getTime());
    const next = await waitFor(claimAt(database, at('2026-12-09T20:00:00')));
    expect(next.status).toBe('done');
    await app.sender.drainDue();
    for (const g of GRIDS)
      expect(
        posts(world).filter((s) => s.to === g.topic),
        g.topic,
      ).toHaveLength(1);
    expect(await scheduleClaims(database)).toHaveLength(2);
  });

  it('a firing slept through by less than the grace window runs once on waking', async () => {
    const { app, world, clock, database } = await botWithWeeklyPost(at('2026-12-02T19:00:00'));
    clock.jump(2 * HOUR); // 21:00: one hour late, inside the two-hour grace window
    expect((await waitFor(claimAt(database, at('2026-12-02T20:00:00')))).status).toBe('done');
    await app.sender.drainDue();
    await sleep(3 * POLL_MS); // later polls and ticks must not run it again
    await app.sender.drainDue();
    expect(posts(world)).toHaveLength(GRIDS.length);
    expect(await scheduleClaims(database)).toHaveLength(1);
  });
});

describe('node-schedule fires late (the event loop or the machine was stalled)', () => {
  it("applies each job's own lateness rule to the real clock's late timer", async () => {
    const database = await testDb();
    cleanup.push(() => database.close());
    const clock = realClock();
    const config = parseConfig({ SCHEDULE_GRACE_MINUTES: '0' });
    const runs: string[] = [];
    const fireAt = new Date(Date.now() + 400);
    const job = (key: string, toleranceMs: number): Job => ({
      key,
      next: (after) => (after < fireAt ? fireAt : null),
      run: async () => void runs.push(key),
      stillDue: (f, now) => now.getTime() - f.getTime() <= toleranceMs,
    });
    const deps = { db: database.db, clock, calendar: createCalendar(clock, config.TZ), config, log: silentLog(), outbox: createOutbox(database.db, clock, 1500) };
    const scheduler = createScheduler({ ...deps, instanceId: 'late', sources: [async () => [job('strict', 300), job('lenient', 10_000)]], pollMs: 0 });
    await scheduler.start();
    // Stall the event loop past the fire time: node-schedule's timer can only fire afterwards, late.
    const until = fireAt.getTime() + 1_500;
    while (Date.now() < until) {
      /* busy: a stalled process */
    }
    const claims = await waitFor(async () => {
      const rows = await database.db.select().from(fireClaims).orderBy(asc(fireClaims.jobKey));
      return rows.length === 2 && rows.every((r) => r.status !== 'running') ? rows : null;
    });
    scheduler.stop();
    expect(claims.map((c) => [c.jobKey, c.status])).toEqual([
      ['lenient', 'done'],
      ['strict', 'missed'],
    ]);
    expect(runs).toEqual(['lenient']);
  });
});
