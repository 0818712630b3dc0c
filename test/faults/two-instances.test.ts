import { eq, like } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { virtualClock } from '../../src/kernel/clock.js';
import type { Database } from '../../src/db/client.js';
import { botState, fireClaims, inboundMessages, members, outbox, rooms } from '../../src/db/schema.js';
import { seedWorld } from '../../src/tools/replay/seed.js';
import { createMockWorld, type MockWorld } from '../../src/chat/mock/mock-world.js';
import { testDb } from '../support/db.js';
import { buildBot, driveTogether, silentLog } from './support/bot.js';
import { sharedTransport } from './support/shared-transport.js';
import { ADMIN, GRID_COUNT, townPeople, townRooms, WORKER_COUNT, workerName } from './support/town.js';

const at = (s: string) => new Date(`${s}+08:00`);
const START = at('2026-12-02T19:50:00');
const RESIDENTS = Array.from({ length: 12 }, (_, i) => `村民${i + 1}`);

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

/** Multiset of "recipient|text": what the outbox holds against what the account actually sent. */
async function expectSentOnceEach(database: Database, world: MockWorld): Promise<void> {
  const { db } = database;
  const topic = new Map((await db.select().from(rooms)).map((r) => [r.id, r.topic]));
  const name = new Map((await db.select().from(members)).map((m) => [m.id, m.name]));
  const rows = await db.select().from(outbox);
  expect(rows.filter((r) => r.status !== 'sent')).toEqual([]);
  const expected = rows.map((r) => `${r.targetKind === 'room' ? topic.get(r.targetId) : name.get(r.targetId)}|${r.text}`).sort();
  const actual = world
    .sent()
    .map((s) => `${s.to}|${s.text}`)
    .sort();
  expect(actual).toEqual(expected);
}

describe('two bot instances on one database and one WeChat account', () => {
  it('fire each schedule once, handle each message once, send each outbox row once', async () => {
    const database = await testDb();
    const world = createMockWorld({ log: silentLog() });
    cleanup.push(
      () => database.close(),
      () => world.stop(),
    );
    const transports = sharedTransport(world.transport, 2);
    const clocks = [virtualClock(START), virtualClock(START)];
    const apps: App[] = ['a', 'b'].map((id, i) => buildBot({ database, clock: clocks[i]!, transport: transports[i]!, instanceId: `gridbot-${id}@host` }));
    for (const app of apps) cleanup.push(() => app.stop());
    for (const app of apps) await app.start({ runSender: false });
    await seedWorld(database.db, world, [...townPeople(), ...RESIDENTS.map((name) => ({ name, role: 'resident' as const }))], townRooms(), START);

    for (const text of ['#周报 时间 提醒 周三 20:00', '#定时 普法 每周三 20:00 全部网格群']) await world.say(ADMIN, text, { at: START });
    // The instance that handled a command re-reads its schedules; the other one learns at its next poll.
    for (const app of apps) await app.scheduler.reload();

    // Residents ask while both instances fire and drain; every message reaches both instances.
    const asking = Promise.all(RESIDENTS.map((r, i) => world.say(r, i % 2 ? '#帮助' : '你好', { at: START })));
    await Promise.all([asking, driveTogether(apps, clocks, at('2026-12-02T20:00:30'))]);
    await driveTogether(apps, clocks, at('2026-12-02T23:00:00'));

    const { db } = database;
    const claims = await db
      .select()
      .from(fireClaims)
      .where(eq(fireClaims.fireAt, at('2026-12-02T20:00:00')));
    expect(claims.map((c) => `${c.jobKey}:${c.status}`).sort()).toEqual(['report.remind:done', 'schedule:1:done']);

    const inbound = await db.select().from(inboundMessages);
    expect(inbound).toHaveLength(2 + RESIDENTS.length);
    expect(inbound.filter((m) => m.status !== 'handled')).toEqual([]);
    for (const r of RESIDENTS)
      expect(
        world.sent().filter((s) => s.to === r),
        r,
      ).toHaveLength(1);

    const rows = await db.select().from(outbox);
    expect(rows.filter((r) => r.purpose === 'post')).toHaveLength(GRID_COUNT);
    expect(rows.filter((r) => r.purpose === 'report-remind')).toHaveLength(WORKER_COUNT);
    expect(world.sent().filter((s) => s.to === workerName(0) && s.text?.includes('周报'))).toHaveLength(1);
    await expectSentOnceEach(database, world);
    // Both instances really took part in sending (each left its claim record behind).
    const senders = await db.select().from(botState).where(like(botState.key, 'sender.claim.%'));
    expect(senders.map((s) => s.key).sort()).toEqual(['sender.claim.gridbot-a@host', 'sender.claim.gridbot-b@host']);
  }, 120_000);
});
