import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { virtualClock } from '../../src/kernel/clock.js';
import type { MessageContext, Route } from '../../src/kernel/router.js';
import type { InboundMessage } from '../../src/chat/port.js';
import type { Database } from '../../src/db/client.js';
import { inboundMessages, members, outbox } from '../../src/db/schema.js';
import { createPipeline } from '../../src/inbound/pipeline.js';
import { createOutbox } from '../../src/outbox/enqueue.js';
import { createHarness, type Harness } from '../../src/tools/replay/harness.js';
import { testDb } from '../support/db.js';
import { silentLog } from './support/bot.js';
import { createCalendar } from '../../src/kernel/calendar.js';

const START = new Date('2026-12-02T10:00:00+08:00');
const FLOODER = '刷屏的人';
const PEOPLE = [
  { name: '王书记', role: 'admin' as const },
  { name: FLOODER, role: 'resident' as const },
  { name: '张大姐', role: 'resident' as const },
];
const ROOMS = [{ topic: '综治中心工作群', admin: true, members: ['王书记'] }];
const NOTICE = /发消息太快/;
const LIMIT = 20;

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

async function harness(): Promise<{ h: Harness; database: Database }> {
  const database = await testDb();
  const h = await createHarness({ start: START, database, env: { FLOOD_PER_MINUTE: String(LIMIT) } });
  cleanup.push(
    () => database.close(),
    () => h.close(),
  );
  await h.seed(PEOPLE, ROOMS);
  return { h, database };
}

const rowsFrom = async (database: Database, name: string) => {
  const [m] = await database.db.select().from(members).where(eq(members.name, name));
  return database.db.select().from(inboundMessages).where(eq(inboundMessages.senderWechatId, m!.wechatId!));
};

describe('a flood from one sender', () => {
  it('500 messages in a minute: the burst is served, the rest stored as throttled with one notice, nobody else waits', async () => {
    const { h, database } = await harness();
    let settled = 0;
    const flood: Promise<string>[] = [];
    const others: { at: number; done: Promise<number> }[] = [];
    for (let i = 0; i < 500; i++) {
      await h.clock.advanceTo(new Date(START.getTime() + i * 110));
      flood.push(h.world.say(FLOODER, '#帮助', { at: h.clock.now() }).finally(() => settled++));
      // Someone else writes in the middle of the flood: answered without waiting for the flood's backlog.
      if (i === 100 || i === 400) others.push({ at: i, done: h.world.say('张大姐', '#帮助', { at: h.clock.now() }).then(() => settled) });
    }
    for (const o of others) expect(await o.done, `张大姐's message at ${o.at} waited for the flood`).toBeLessThan(500);
    await Promise.all(flood);

    const mine = await rowsFrom(database, FLOODER);
    expect(mine).toHaveLength(500);
    expect(mine.filter((r) => r.status === 'handled')).toHaveLength(LIMIT);
    expect(mine.filter((r) => r.status === 'throttled')).toHaveLength(500 - LIMIT);
    expect((await rowsFrom(database, '张大姐')).map((r) => r.status)).toEqual(['handled', 'handled']);

    const sent = await h.advanceTo(new Date(START.getTime() + 60 * 60_000));
    const toFlooder = sent.filter((s) => s.to === FLOODER);
    expect(toFlooder.filter((s) => NOTICE.test(s.text ?? ''))).toHaveLength(1);
    expect(toFlooder).toHaveLength(LIMIT + 1);
    // Her answers wait behind at most the flooder's allowance of replies (paced 3-5 s apart), not 500.
    const hers = sent.filter((s) => s.to === '张大姐');
    expect(hers).toHaveLength(2);
    for (const s of hers) expect(s.at.getTime() - START.getTime()).toBeLessThan(60_000 + LIMIT * 5_000);

    // A minute of quiet later the sender is served again, without a second notice.
    await h.clock.advanceTo(new Date(START.getTime() + 500 * 110 + 61_000));
    const again = await h.say(FLOODER, '#帮助');
    expect(again).toHaveLength(1);
    expect(again[0]!.text).not.toMatch(NOTICE);
  }, 120_000);

  it('is counted in the database, so two instances together let through one allowance and one notice', async () => {
    const database = await testDb();
    cleanup.push(() => database.close());
    const { db } = database;
    const clock = virtualClock(START);
    const config = parseConfig({ FLOOD_PER_MINUTE: String(LIMIT) });
    const [sender] = await db.insert(members).values({ name: FLOODER, role: 'resident', wechatId: 'wx-flood' }).returning();
    const route: Route = { name: 'echo', match: () => true, handle: (ctx: MessageContext) => ctx.reply('收到') };
    const pipelines = ['a', 'b'].map((instanceId) =>
      createPipeline({
        db,
        clock,
        calendar: createCalendar(clock, config.TZ),
        config,
        log: silentLog(),
        outbox: createOutbox(db, clock, 1500),
        instanceId,
        route: () => route,
        identify: async () => ({ sender: sender!, room: null }),
        loginAt: () => null,
      }),
    );
    const message = (i: number): InboundMessage => ({
      wechatMessageId: `flood-${i}`,
      roomWechatId: null,
      roomTopic: null,
      senderWechatId: 'wx-flood',
      senderName: FLOODER,
      senderAlias: null,
      text: `第${i}条`,
      mentionSelf: false,
      mentions: [],
      mentionIds: [],
      sentAt: START,
    });
    // Alternate messages land on alternate instances, all at once.
    const outcomes = await Promise.all(Array.from({ length: 120 }, (_, i) => pipelines[i % 2]!.receive(message(i))));
    expect(outcomes.filter((o) => o === 'handled')).toHaveLength(LIMIT);
    expect(outcomes.filter((o) => o === 'throttled')).toHaveLength(120 - LIMIT);
    const notices = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.targetId, sender!.id), eq(outbox.purpose, 'reply')));
    expect(notices.filter((r) => NOTICE.test(r.text ?? ''))).toHaveLength(1);
    expect(notices).toHaveLength(LIMIT + 1);
  });

  it('leaves group chatter alone: no notice in a group unless the bot was addressed', async () => {
    const { h, database } = await harness();
    await h.seed([{ name: '话多的人', role: 'resident' }], [{ topic: '上司村闲聊群', members: ['话多的人'] }]);
    for (let i = 0; i < LIMIT + 5; i++) await h.world.say('话多的人', `聊天第${i}句`, { room: '上司村闲聊群', at: START });
    const rows = await rowsFrom(database, '话多的人');
    expect(rows.filter((r) => r.status === 'throttled')).toHaveLength(5);
    expect(await h.advanceTo(new Date(START.getTime() + 10 * 60_000))).toEqual([]);
  });
});
