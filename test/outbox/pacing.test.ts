import { afterEach, describe, expect, it } from 'vitest';
import { PACING, START, after, gaps, minutes, rowByKey, runUntil, setup, textOf, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => h?.close());

const post = (i: number, room: number) => h.outbox.enqueue({ purpose: 'post', priority: 'routine', to: { room }, text: `普法第${i}条`, key: `post:${i}` });

describe('pacing on the virtual clock', () => {
  it('keeps at least the global interval between any two sends, with bounded, varying jitter', async () => {
    h = await setup();
    for (let i = 0; i < 20; i++) await post(i, i + 1);
    await runUntil(h, h.sender, after(minutes(10)));
    expect(h.transport.sent).toHaveLength(20);
    const between = gaps(h.transport.sent.map((s) => s.at));
    for (const g of between) {
      expect(g).toBeGreaterThanOrEqual(PACING.SEND_INTERVAL_MS);
      expect(g).toBeLessThanOrEqual(PACING.SEND_INTERVAL_MS + PACING.SEND_JITTER_MS);
    }
    expect(new Set(between).size).toBeGreaterThan(5);
  });

  it('keeps the per-room interval and fills the wait with other rooms', async () => {
    h = await setup();
    for (let i = 0; i < 4; i++) await post(i, 1);
    for (let i = 4; i < 8; i++) await post(i, 2);
    await runUntil(h, h.sender, after(minutes(10)));
    expect(h.transport.sent).toHaveLength(8);
    for (const room of ['wx-room-1', 'wx-room-2']) {
      const times = h.transport.sent.filter((s) => 'room' in s.to && s.to.room === room).map((s) => s.at);
      for (const g of gaps(times)) expect(g).toBeGreaterThanOrEqual(PACING.SEND_ROOM_INTERVAL_MS);
    }
    // Interleaved: room 2 got its first post before room 1 got its second.
    expect(h.transport.sent.slice(0, 2).map((s) => s.to)).toEqual([{ room: 'wx-room-1' }, { room: 'wx-room-2' }]);
  });

  it('nextDueAt reports nothing when idle and a future notBefore when that is all there is', async () => {
    h = await setup();
    expect(await h.sender.nextDueAt()).toBeNull();
    expect(await h.sender.sendNext()).toBe('idle');
    const later = after(minutes(90));
    await h.outbox.enqueue({ purpose: 'post', priority: 'routine', to: { room: 1 }, text: '稍后', key: 'later', notBefore: later });
    expect(await h.sender.nextDueAt()).toEqual(later);
    expect(await h.sender.sendNext()).toBe('idle');
    await runUntil(h, h.sender, after(minutes(89)));
    expect(h.transport.sent).toHaveLength(0);
    await runUntil(h, h.sender, after(minutes(91)));
    expect(h.transport.sent.map((s) => s.at)).toEqual([later]);
  });

  it('drainDue sends what may go now and stops when the next send must wait', async () => {
    h = await setup();
    for (let i = 0; i < 3; i++) await post(i, i + 1);
    expect(await h.sender.drainDue()).toBe(1);
    expect(await h.sender.sendNext()).toBe('waiting');
    h = (await h.close(), await setup({ pacing: { SEND_INTERVAL_MS: 0, SEND_ROOM_INTERVAL_MS: 0, SEND_JITTER_MS: 0 } }));
    for (let i = 0; i < 3; i++) await post(i, 1);
    await h.outbox.enqueue({ purpose: 'post', priority: 'routine', to: { room: 1 }, text: '明天', key: 'tomorrow', notBefore: after(minutes(600)) });
    expect(await h.sender.drainDue()).toBe(3);
    expect(h.transport.sent.map(textOf)).toEqual(['普法第0条', '普法第1条', '普法第2条']);
  });

  it('derives the last send from the table, so a restarted sender keeps the interval', async () => {
    h = await setup();
    await post(1, 1);
    await post(2, 2);
    expect(await h.sender.sendNext()).toBe('sent');
    const restarted = h.another('test-a');
    expect(await restarted.sendNext()).toBe('waiting');
    const due = await restarted.nextDueAt();
    expect(due!.getTime() - START.getTime()).toBeGreaterThanOrEqual(PACING.SEND_INTERVAL_MS);
    await h.clock.advanceTo(due!);
    expect(await restarted.sendNext()).toBe('sent');
  });
});

describe('order', () => {
  it('sends alerts, then replies, then routine posts, oldest first within each', async () => {
    h = await setup({ pacing: { SEND_ROOM_INTERVAL_MS: 0 } });
    await post(1, 1);
    await post(2, 1);
    await h.outbox.enqueue({ purpose: 'reply', priority: 'reply', to: { member: 7 }, text: '回复一', key: 'r1' });
    await h.outbox.enqueue({ purpose: 'risk-alert', priority: 'alert', to: { room: 9 }, text: '预警', key: 'a1' });
    await h.outbox.enqueue({ purpose: 'reply', priority: 'reply', to: { member: 8 }, text: '回复二', key: 'r2' });
    await runUntil(h, h.sender, after(minutes(5)));
    expect(h.transport.sent.map(textOf)).toEqual(['预警', '回复一', '回复二', '普法第1条', '普法第2条']);
  });

  it('keeps the parts of a long text in order even when one part has to be retried', async () => {
    h = await setup({ maxChars: 100 });
    const paragraphs = ['一'.repeat(80), '二'.repeat(80), '三'.repeat(80)];
    await h.outbox.enqueue({ purpose: 'post', priority: 'routine', to: { room: 1 }, text: paragraphs.join('\n\n'), key: 'long' });
    await post(9, 2);
    let failedOnce = false;
    h.transport.fail = (call) => (!failedOnce && call.text === paragraphs[0] ? ((failedOnce = true), new Error('network down')) : null);
    await runUntil(h, h.sender, after(minutes(10)));
    expect(h.transport.sent.map(textOf)).toEqual(['普法第9条', ...paragraphs]);
  });

  it('cancels the rest of a long text when one of its parts fails for good', async () => {
    h = await setup({ maxChars: 100 });
    const paragraphs = ['一'.repeat(80), '二'.repeat(80), '三'.repeat(80)];
    await h.outbox.enqueue({ purpose: 'reply', priority: 'reply', to: { member: 1 }, text: paragraphs.join('\n\n'), key: 'long' });
    h.transport.fail = (call) => (call.text === paragraphs[1] ? new Error('network down') : null);
    await runUntil(h, h.sender, after(minutes(120)));
    expect(h.transport.sent.map(textOf)).toEqual([paragraphs[0]]);
    expect((await rowByKey(h.db, 'long#2')).status).toBe('failed');
    expect((await rowByKey(h.db, 'long#3')).status).toBe('cancelled');
    // The parts know their whole message by meta, not by reading their keys.
    for (const key of ['long', 'long#2', 'long#3']) expect((await rowByKey(h.db, key)).meta).toEqual({ message: 'long' });
  });

  it('passes @-mentions of a room message to the transport as contact ids', async () => {
    h = await setup();
    await h.outbox.enqueue({ purpose: 'reply', priority: 'reply', to: { room: 3 }, text: '收到', mentions: [5], key: 'm' });
    await h.sender.sendNext();
    expect(h.transport.sent[0]).toMatchObject({ to: { room: 'wx-room-3' }, text: '收到', mentions: ['wx-member-5'] });
  });
});
