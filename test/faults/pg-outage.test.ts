/**
 * PostgreSQL stops (pg_ctl stop -m fast) while messages arrive and schedules fire, and starts again
 * after FAULT_PG_OUTAGE_MS (default 8 s to keep the suite short; FAULT_PG_OUTAGE_MS=30000 for the
 * full drill of the hardening issue). Runs where CI's PostgreSQL binaries are (PGBIN, set by
 * .ci/with-postgres.sh), on a server of its own so the shared one stays up for the other files.
 */
import { asc, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { fireClaims, inboundMessages, outbox } from '../../src/db/schema.js';
import { seedWorld } from '../../src/tools/replay/seed.js';
import { createMockWorld } from '../../src/chat/mock/mock-world.js';
import { buildBot, silentLog } from './support/bot.js';
import { sleep } from './support/child.js';
import { wallClock } from './support/clocks.js';
import { captureLog } from './support/logs.js';
import { startCluster, type Cluster } from './support/pg-cluster.js';
import { ADMIN, ADMIN_GROUP, townGrids } from './support/town.js';

const PGBIN = process.env.PGBIN;
const OUTAGE_MS = Number(process.env.FAULT_PG_OUTAGE_MS ?? 8_000);
const at = (s: string) => new Date(`${s}+08:00`);
const FIRE_AT = at('2026-12-02T20:00:00');
const GRIDS = townGrids().slice(0, 3);
const RESIDENTS = ['张大姐', '李大哥', '王老伯', '赵阿姨'];
const PEOPLE = [{ name: ADMIN, role: 'admin' as const }, ...RESIDENTS.map((name) => ({ name, role: 'resident' as const, grid: GRIDS[0]!.label }))];
const ROOMS = [{ topic: ADMIN_GROUP, admin: true, members: [ADMIN] }, ...GRIDS.map((g) => ({ topic: g.topic, grid: g.label, members: RESIDENTS }))];

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

async function waitFor(cond: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond().catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await sleep(100);
  }
}

describe.runIf(PGBIN)('PostgreSQL stopped and started again (needs PGBIN: runs under .ci/with-postgres.sh)', () => {
  it(
    'keeps the bot up; afterwards every message is stored and handled and every due firing ran once',
    async () => {
      const rejections: unknown[] = [];
      const onRejection = (err: unknown) => void rejections.push(err);
      process.on('unhandledRejection', onRejection);
      cleanup.push(() => void process.off('unhandledRejection', onRejection));
      const cluster: Cluster = await startCluster(PGBIN!);
      cleanup.push(() => cluster.destroy());
      const database: Database = await openDatabase({ url: cluster.url });
      await database.migrate();
      cleanup.push(() => database.close());

      const logs = captureLog('info');
      const world = createMockWorld({ log: silentLog() });
      const clock = wallClock(at('2026-12-02T19:58:00'));
      const env = { SEND_INTERVAL_MS: '0', SEND_ROOM_INTERVAL_MS: '0', SEND_JITTER_MS: '0' };
      const app: App = buildBot({ database, clock, transport: world.transport, env, pollMs: 1_000, log: logs.log });
      cleanup.push(
        () => world.stop(),
        () => app.stop(),
      );
      await app.start();
      await seedWorld(database.db, world, PEOPLE, ROOMS, clock.now());
      const say = (from: string, text: string, room?: string) => world.say(from, text, { room, at: clock.now() });
      await say(ADMIN, '#定时 普法 每天 20:00 全部网格群', ADMIN_GROUP);
      await say(ADMIN, '#定时 提醒 每天 20:00 管理群 今晚八点开会', ADMIN_GROUP);

      // Three seconds before the firings; one poll later the scheduler's timer is armed for them.
      clock.jump(at('2026-12-02T19:59:56').getTime() - clock.now().getTime());
      await sleep(1_500);
      const racing = say(RESIDENTS[0]!, '#帮助'); // arrives as the server goes down
      cluster.stop();
      const said: Promise<string>[] = [racing];
      const spacing = OUTAGE_MS / (RESIDENTS.length * 2 + 1);
      for (let i = 0; i < RESIDENTS.length * 2; i++) {
        await sleep(spacing);
        const who = RESIDENTS[i % RESIDENTS.length]!;
        said.push(i < RESIDENTS.length ? say(who, '#帮助') : say(who, '大家晚上好', GRIDS[0]!.topic));
      }
      await sleep(spacing);
      expect(clock.now() > FIRE_AT, 'the firings fell due during the outage').toBe(true);
      cluster.start();
      const ids = await Promise.all(said);

      const { db } = database;
      await waitFor(
        async () => {
          const rows = await db.select().from(inboundMessages);
          return ids.every((id) => rows.some((r) => r.wechatMessageId === id && r.status === 'handled'));
        },
        60_000,
        'every message stored and handled',
      );
      await waitFor(
        async () => {
          const claims = await db.select().from(fireClaims).where(eq(fireClaims.fireAt, FIRE_AT));
          return claims.length === 2 && claims.every((c) => c.status === 'done');
        },
        60_000,
        'both firings done',
      );
      await waitFor(async () => (await db.select().from(outbox)).every((r) => r.status === 'sent'), 60_000, 'the outbox drained');

      const claims = await db.select().from(fireClaims).where(eq(fireClaims.fireAt, FIRE_AT)).orderBy(asc(fireClaims.jobKey));
      expect(claims.map((c) => [c.jobKey, c.status])).toEqual([
        ['schedule:1', 'done'],
        ['schedule:2', 'done'],
      ]);
      const sent = world.sent();
      for (const g of GRIDS)
        expect(
          sent.filter((s) => s.to === g.topic && s.text?.startsWith('【普法')),
          g.topic,
        ).toHaveLength(1);
      expect(sent.filter((s) => s.text === '【提醒】今晚八点开会')).toHaveLength(1);
      // Each resident asked #帮助 once during the outage (the first one twice) and got one answer each time.
      for (const [i, r] of RESIDENTS.entries())
        expect(
          sent.filter((s) => s.to === r),
          r,
        ).toHaveLength(i === 0 ? 2 : 1);

      // It said so in the log, and is still serving.
      const messages = logs.messages();
      expect(messages).toContain('database unavailable: holding inbound messages, will retry');
      expect(messages).toContain('database reachable again: held inbound messages handled');
      expect(messages).toContain('scheduler: tick failed, will retry');
      const before = world.sent().length;
      await say(RESIDENTS[1]!, '#帮助');
      await waitFor(async () => world.sent().length > before, 15_000, 'a reply after the outage');
      expect(rejections).toEqual([]);
    },
    120_000 + OUTAGE_MS,
  );
});
