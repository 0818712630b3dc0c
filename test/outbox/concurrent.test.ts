import { afterEach, describe, expect, it } from 'vitest';
import { outbox } from '../../src/db/schema.js';
import { PACING, after, fakeTransport, gaps, minutes, setup, textOf, type Harness } from './harness.js';
import type { Sender } from '../../src/outbox/sender.js';

let h: Harness;
afterEach(async () => h?.close());

describe('two senders on one database', () => {
  it('never send a row twice when draining concurrently', async () => {
    h = await setup({ pacing: { SEND_INTERVAL_MS: 0, SEND_ROOM_INTERVAL_MS: 0, SEND_JITTER_MS: 0 } });
    const n = 60;
    for (let i = 0; i < n; i++) {
      await h.outbox.enqueue({ purpose: 'post', priority: i % 4 ? 'routine' : 'reply', to: { room: i }, text: `m${i}`, key: `k${i}` });
    }
    const a = fakeTransport(h.clock);
    const b = fakeTransport(h.clock);
    // Real delays inside the sends make the two instances interleave.
    const slow = (t: typeof a) => {
      const record = t.record.bind(t);
      t.record = async (call) => {
        await new Promise((r) => setTimeout(r, Math.random() * 4));
        await record(call);
      };
    };
    slow(a);
    slow(b);
    const drain = async (s: Sender) => {
      while ((await s.sendNext()) !== 'idle');
    };
    await Promise.all([drain(h.another('one', a)), drain(h.another('two', b))]);

    const texts = [...a.sent, ...b.sent].map(textOf);
    expect(texts).toHaveLength(n);
    expect(new Set(texts).size).toBe(n);
    expect(a.sent.length).toBeGreaterThan(0);
    expect(b.sent.length).toBeGreaterThan(0);
    const rows = await h.db.select().from(outbox);
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('share the pacing: the global interval holds across both', async () => {
    h = await setup();
    for (let i = 0; i < 10; i++) await h.outbox.enqueue({ purpose: 'post', priority: 'routine', to: { room: i }, text: `m${i}`, key: `k${i}` });
    const senders = [h.another('one'), h.another('two')];
    const until = after(minutes(5));
    for (let turn = 0; turn < 100; turn++) {
      const s = senders[turn % 2]!;
      const due = await s.nextDueAt();
      if (!due || due > until) break;
      await h.clock.advanceTo(due);
      // Both try at the same moment; only one may send.
      const steps = await Promise.all(senders.map((x) => x.sendNext()));
      expect(steps.filter((x) => x === 'sent').length).toBeLessThanOrEqual(1);
    }
    expect(h.transport.sent).toHaveLength(10);
    for (const g of gaps(h.transport.sent.map((x) => x.at))) expect(g).toBeGreaterThanOrEqual(PACING.SEND_INTERVAL_MS);
  });
});
