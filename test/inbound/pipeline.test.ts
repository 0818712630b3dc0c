import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/inbound/pipeline.js';
import { createOutbox } from '../../src/outbox/enqueue.js';
import { parseConfig } from '../../src/config.js';
import { virtualClock } from '../../src/kernel/clock.js';
import type { InboundMessage } from '../../src/chat/port.js';
import type { MessageContext, Route } from '../../src/kernel/router.js';
import { inboundMessages, members, outbox } from '../../src/db/schema.js';
import type { Database } from '../../src/db/client.js';
import { testDb } from '../support/db.js';
import { createCalendar } from '../../src/kernel/calendar.js';

const silent = pino({ level: 'silent' });
const start = new Date('2026-11-23T08:00:00+08:00');

function message(id: string, text: string, at = start): InboundMessage {
  return {
    wechatMessageId: id,
    roomWechatId: null,
    roomTopic: null,
    senderWechatId: 'wx-zhang',
    senderName: '张网格',
    senderAlias: null,
    text,
    mentionSelf: false,
    mentions: [],
    mentionIds: [],
    sentAt: at,
  };
}

async function setup(handle: (ctx: MessageContext) => Promise<void>, login: Date | null = null) {
  const database = await testDb();
  const { db } = database;
  const clock = virtualClock(start);
  const config = parseConfig({});
  const [sender] = await db.insert(members).values({ name: '张网格', role: 'worker', wechatId: 'wx-zhang' }).returning();
  const handled: string[] = [];
  const route: Route = {
    name: 'test',
    match: () => true,
    handle: async (ctx) => {
      handled.push(ctx.text);
      await handle(ctx);
    },
  };
  const pipeline = createPipeline({
    db,
    clock,
    calendar: createCalendar(clock, config.TZ),
    config,
    log: silent,
    outbox: createOutbox(db, clock, 1500),
    instanceId: 'test',
    route: () => route,
    identify: async () => ({ sender: sender!, room: null }),
    loginAt: () => login,
  });
  return { database, db, pipeline, handled };
}

let open: Database | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

describe('inbound pipeline', () => {
  it('handles the same WeChat message delivered twice only once', async () => {
    const t = await setup(async (ctx) => ctx.reply('收到'));
    open = t.database;
    expect(await t.pipeline.receive(message('m1', '你好'))).toBe('handled');
    expect(await t.pipeline.receive(message('m1', '你好'))).toBe('duplicate');
    expect(t.handled).toEqual(['你好']);
    expect(await t.db.select().from(inboundMessages)).toHaveLength(1);
    expect(await t.db.select().from(outbox)).toHaveLength(1);
  });

  it('records a handler failure on the stored message, apologises, and keeps serving', async () => {
    const t = await setup(async (ctx) => {
      if (ctx.text === '坏') throw new Error('boom');
      await ctx.reply('好的');
    });
    open = t.database;
    expect(await t.pipeline.receive(message('m1', '坏'))).toBe('failed');
    expect(await t.pipeline.receive(message('m2', '好'))).toBe('handled');
    const rows = await t.db.select().from(inboundMessages).orderBy(inboundMessages.id);
    expect(rows.map((r) => [r.text, r.status])).toEqual([
      ['坏', 'failed'],
      ['好', 'handled'],
    ]);
    expect(rows[0]!.error).toContain('boom');
    const sent = await t.db.select().from(outbox).orderBy(outbox.id);
    expect(sent.map((r) => r.text)).toEqual([expect.stringContaining('抱歉'), '好的']);
  });

  it('handles after restart what a crash left stored but unhandled', async () => {
    const t = await setup(async (ctx) => ctx.reply('收到'));
    open = t.database;
    // A crash between storing and finishing leaves a pending row behind.
    await t.db.insert(inboundMessages).values({
      wechatMessageId: 'm9',
      senderWechatId: 'wx-zhang',
      senderName: '张网格',
      text: '崩溃前收到的',
      sentAt: start,
      storedAt: start,
    });
    expect(await t.pipeline.resume()).toBe(1);
    expect(t.handled).toEqual(['崩溃前收到的']);
    const [row] = await t.db.select().from(inboundMessages).where(eq(inboundMessages.wechatMessageId, 'm9'));
    expect(row!.status).toBe('handled');
  });

  it('stores but ignores the history WeChat replays at login', async () => {
    const t = await setup(async () => {}, new Date(start.getTime() + 3600_000));
    open = t.database;
    expect(await t.pipeline.receive(message('old', '昨天的消息', start))).toBe('history');
    expect(t.handled).toEqual([]);
    const [row] = await t.db.select().from(inboundMessages);
    expect(row!.status).toBe('ignored');
  });
});
