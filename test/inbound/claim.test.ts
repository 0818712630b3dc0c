import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { virtualClock, type VirtualClock } from '../../src/kernel/clock.js';
import type { MessageContext, Route } from '../../src/kernel/router.js';
import type { InboundMessage } from '../../src/chat/port.js';
import type { Database, Db } from '../../src/db/client.js';
import { inboundMessages, members } from '../../src/db/schema.js';
import type { Member } from '../../src/db/types.js';
import { createPipeline } from '../../src/inbound/pipeline.js';
import { storeInbound } from '../../src/inbound/store.js';
import { createOutbox } from '../../src/outbox/enqueue.js';
import { testDb } from '../support/db.js';
import { createCalendar } from '../../src/kernel/calendar.js';

const start = new Date('2026-11-23T08:00:00+08:00');
const message = (id: string, text: string): InboundMessage => ({
  wechatMessageId: id,
  roomWechatId: null,
  roomTopic: null,
  senderWechatId: 'wx-li',
  senderName: '李网格',
  senderAlias: null,
  text,
  mentionSelf: false,
  mentions: [],
  mentionIds: [],
  sentAt: start,
});

/** A handler that waits for the test to let it finish, so another call can run meanwhile. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  let entered!: () => void;
  const reached = new Promise<void>((r) => (entered = r));
  return { open, reached, wait: async () => (entered(), opened) };
}

function pipelineFor(db: Db, clock: VirtualClock, sender: Member, instanceId: string, handled: string[], wait?: () => Promise<void>) {
  const route: Route = {
    name: 'test',
    match: () => true,
    handle: async (ctx: MessageContext) => {
      await wait?.();
      handled.push(ctx.text);
    },
  };
  const config = parseConfig({});
  return createPipeline({
    db,
    clock,
    calendar: createCalendar(clock, config.TZ),
    config,
    log: pino({ level: 'silent' }),
    outbox: createOutbox(db, clock, 1500),
    instanceId,
    route: () => route,
    identify: async () => ({ sender, room: null }),
    loginAt: () => null,
  });
}

let open: Database | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

async function setup() {
  open = await testDb();
  const [sender] = await open.db.insert(members).values({ name: '李网格', role: 'worker', wechatId: 'wx-li' }).returning();
  return { db: open.db, clock: virtualClock(start), sender: sender! };
}

const rowOf = async (db: Db, id: string) => (await db.select().from(inboundMessages).where(eq(inboundMessages.wechatMessageId, id)))[0]!;

describe('claiming inbound messages', () => {
  it('stores a pending message already claimed in the same write, a history message unclaimed', async () => {
    const { db } = await setup();
    const now = new Date(start.getTime() + 1000);
    expect(await storeInbound(db, message('m1', '你好'), now, 'pending', 'bot-a')).toMatchObject({ status: 'pending', claimedBy: 'bot-a', claimedAt: now });
    expect(await storeInbound(db, message('m2', '旧消息'), now, 'ignored', 'bot-a')).toMatchObject({ status: 'ignored', claimedBy: null, claimedAt: null });
    expect(await storeInbound(db, message('m3', '不认领'), now)).toMatchObject({ status: 'pending', claimedBy: null });
  });

  it('stores a received message already claimed by the instance that received it', async () => {
    const { db, clock, sender } = await setup();
    const handled: string[] = [];
    const g = gate();
    const a = pipelineFor(db, clock, sender, 'bot-a', handled, g.wait);
    const receiving = a.receive(message('m1', '你好'));
    await g.reached;
    expect(await rowOf(db, 'm1')).toMatchObject({ status: 'pending', claimedBy: 'bot-a', claimedAt: start });
    g.open();
    expect(await receiving).toBe('handled');
    expect(handled).toEqual(['你好']);
  });

  it('leaves a message another instance is handling to that instance', async () => {
    const { db, clock, sender } = await setup();
    const handled: string[] = [];
    const g = gate();
    const a = pipelineFor(db, clock, sender, 'bot-a', handled, g.wait);
    const b = pipelineFor(db, clock, sender, 'bot-b', handled);
    const receiving = a.receive(message('m1', '你好'));
    await g.reached;
    await b.resume();
    g.open();
    expect(await receiving).toBe('handled');
    expect(handled).toEqual(['你好']);
    expect((await rowOf(db, 'm1')).status).toBe('handled');
  });

  it('does not handle twice a message its own resume() finds while receive() is still on it', async () => {
    const { db, clock, sender } = await setup();
    const handled: string[] = [];
    const g = gate();
    const a = pipelineFor(db, clock, sender, 'bot-a', handled, g.wait);
    const receiving = a.receive(message('m1', '你好'));
    await g.reached;
    const resuming = a.resume();
    g.open();
    await Promise.all([receiving, resuming]);
    expect(handled).toEqual(['你好']);
  });

  it('resumes at once what it left claimed before a crash; another instance waits for the lease to run out', async () => {
    const { db, clock, sender } = await setup();
    await db.insert(inboundMessages).values({
      wechatMessageId: 'm9',
      senderWechatId: 'wx-li',
      senderName: '李网格',
      text: '崩溃前收到的',
      sentAt: start,
      storedAt: start,
      claimedBy: 'bot-a',
      claimedAt: start,
    });
    const handledByB: string[] = [];
    await pipelineFor(db, clock, sender, 'bot-b', handledByB).resume();
    expect(handledByB).toEqual([]);
    const handledByA: string[] = [];
    await pipelineFor(db, clock, sender, 'bot-a', handledByA).resume();
    expect(handledByA).toEqual(['崩溃前收到的']);
    expect((await rowOf(db, 'm9')).status).toBe('handled');
  });

  it('lets another instance take over a claim older than the lease', async () => {
    const { db, clock, sender } = await setup();
    await db.insert(inboundMessages).values({
      wechatMessageId: 'm9',
      senderWechatId: 'wx-li',
      senderName: '李网格',
      text: '没人处理的',
      sentAt: start,
      storedAt: start,
      claimedBy: 'bot-a',
      claimedAt: start,
    });
    await clock.advanceTo(new Date(start.getTime() + 6 * 60_000));
    const handled: string[] = [];
    await pipelineFor(db, clock, sender, 'bot-b', handled).resume();
    expect(handled).toEqual(['没人处理的']);
    expect((await rowOf(db, 'm9')).claimedBy).toBe('bot-b');
  });
});
