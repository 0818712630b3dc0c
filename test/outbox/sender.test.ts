import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { outbox } from '../../src/db/schema.js';
import { after, minutes, rowByKey, setup, waitFor, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => h?.close());

describe('sender', () => {
  it('sends a file row through sendFile with its name and content', async () => {
    h = await setup();
    const base64 = Buffer.from('台账导出').toString('base64');
    await h.outbox.enqueue({ purpose: 'reply-file', priority: 'reply', to: { member: 6 }, file: { name: '台账.xlsx', base64 }, key: 'f' });
    expect(await h.sender.sendNext()).toBe('sent');
    expect(h.transport.sent).toEqual([{ to: { contact: 'wx-member-6' }, file: { name: '台账.xlsx', base64 }, at: h.clock.now() }]);
    expect((await rowByKey(h.db, 'f')).status).toBe('sent');
  });

  it('logs ids, purposes and statuses but never the text', async () => {
    h = await setup();
    const text = '王五反映邻居占用耕地，电话13800000000';
    await h.outbox.enqueue({ purpose: 'reply', priority: 'reply', to: { member: 1 }, text, key: 'k' });
    h.transport.fail = () => (h.transport.attempts.length === 1 ? new Error('boom') : null);
    await h.sender.sendNext();
    await h.clock.advanceTo(after(minutes(1)));
    await h.sender.sendNext();
    const logged = h.logs.join('\n');
    expect(logged).toContain('"outboxId":1');
    expect(logged).toContain('"purpose":"reply"');
    expect(logged).not.toContain('王五');
    expect(logged).not.toContain('13800000000');
  });

  it('run() sends when poked, sleeps on the clock between sends, and stop() waits for the send in flight', async () => {
    h = await setup();
    const running = h.sender.run();
    await h.outbox.enqueue({ purpose: 'reply', priority: 'reply', to: { member: 1 }, text: '一', key: 'a' });
    await h.outbox.enqueue({ purpose: 'reply', priority: 'reply', to: { member: 2 }, text: '二', key: 'b' });
    h.sender.poke();
    await waitFor(() => h.transport.sent.length === 1);
    // The second waits for the global interval, on the (virtual) clock.
    await waitFor(async () => h.clock.nextTimerAt() !== null);
    expect(h.transport.sent).toHaveLength(1);
    await h.clock.advanceTo(after(5_000));
    await waitFor(() => h.transport.sent.length === 2);

    let release = () => {};
    h.transport.hold = new Promise<void>((r) => (release = r));
    await h.outbox.enqueue({ purpose: 'reply', priority: 'reply', to: { member: 3 }, text: '三', key: 'c' });
    await h.clock.advanceTo(after(60_000));
    h.sender.poke();
    await waitFor(() => h.transport.attempts.length === 3);
    let stopped = false;
    const stopping = h.sender.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;
    await running;
    expect((await rowByKey(h.db, 'c')).status).toBe('sent');
    expect(await h.db.select().from(outbox).where(eq(outbox.status, 'sending'))).toHaveLength(0);
  });
});
