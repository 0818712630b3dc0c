import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { inboundMessages, members, rooms } from '../../src/db/schema.js';
import { countFailedSince, storeClaimed } from '../../src/inbound/store.js';
import { testDb } from '../support/db.js';

let open: Database | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

const at = (local: string) => new Date(`${local}+08:00`);

describe('countFailedSince', () => {
  // The weekly digest reports this figure; with DATABASE_URL set the test runs on the server driver too.
  it('counts the failed messages stored at or after the given time, and only those', async () => {
    open = await testDb();
    const row = (id: string, storedAt: Date, status: 'failed' | 'handled') => ({
      wechatMessageId: id,
      senderWechatId: 'wx-a',
      senderName: '甲',
      text: '…',
      sentAt: storedAt,
      storedAt,
      status,
    });
    await open.db
      .insert(inboundMessages)
      .values([
        row('old', at('2026-11-29T23:59:59'), 'failed'),
        row('edge', at('2026-11-30T00:00:00'), 'failed'),
        row('later', at('2026-12-02T10:00:00'), 'failed'),
        row('fine', at('2026-12-02T10:00:00'), 'handled'),
      ]);
    expect(await countFailedSince(open.db, at('2026-11-30T00:00:00'))).toBe(2);
    expect(await countFailedSince(open.db, at('2026-12-03T00:00:00'))).toBe(0);
  });
});

describe('storeClaimed', () => {
  const message = (id: string, sender: string, room: string | null, sentAt: Date) => ({
    wechatMessageId: id,
    roomWechatId: room,
    roomTopic: room ? '上司村三组网格群' : null,
    senderWechatId: sender,
    senderName: '张网格',
    senderAlias: null,
    text: '你好',
    mentionSelf: false,
    mentions: [],
    mentionIds: [],
    sentAt,
  });

  it('stores claimed and returns, from the same statement, the sender, the bound room and the earlier count', async () => {
    open = await testDb();
    const now = at('2026-12-02T10:00:00');
    const count = { since: at('2026-12-02T09:59:00'), cap: 20 };
    const [member] = await open.db.insert(members).values({ name: '张网格', role: 'worker', wechatId: 'wx-zhang', alias: 'gb-1', resolvedAt: now }).returning();
    const [room] = await open.db.insert(rooms).values({ topic: '上司村三组网格群', kind: 'grid', wechatId: 'room-1', resolvedAt: now }).returning();

    const first = await storeClaimed(open.db, message('m1', 'wx-zhang', 'room-1', now), now, 'bot-a', count);
    // Decoded from JSON, the rows equal what a select returns (Dates, booleans and all).
    expect(first).toMatchObject({ earlier: 0, sender: member, room });
    expect(first!.row).toEqual((await open.db.select().from(inboundMessages))[0]);
    expect(first!.row).toMatchObject({ status: 'pending', claimedBy: 'bot-a' });

    const second = await storeClaimed(open.db, message('m2', 'wx-zhang', null, now), now, 'bot-a', count);
    expect(second).toMatchObject({ earlier: 1, sender: member, room: null });
    const stranger = await storeClaimed(open.db, message('m3', 'wx-new', 'room-unbound', now), now, 'bot-a', count);
    expect(stranger).toMatchObject({ earlier: 0, sender: null, room: null });
    expect(await storeClaimed(open.db, message('m1', 'wx-zhang', 'room-1', now), now, 'bot-a', count)).toBeNull();
  });

  it('counts nothing when the flood check is off (cap 0)', async () => {
    open = await testDb();
    const now = at('2026-12-02T10:00:00');
    const since = at('2026-12-02T09:59:00');
    await storeClaimed(open.db, message('m1', 'wx-zhang', null, now), now, 'bot-a', { since, cap: 0 });
    const second = await storeClaimed(open.db, message('m2', 'wx-zhang', null, now), now, 'bot-a', { since, cap: 0 });
    expect(second).toMatchObject({ earlier: 0 });
    expect(await storeClaimed(open.db, message('m3', 'wx-zhang', null, now), now, 'bot-a', { since, cap: 5 })).toMatchObject({ earlier: 2 });
  });
});
