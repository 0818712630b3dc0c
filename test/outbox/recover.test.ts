import { eq, inArray } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { outbox } from '../../src/db/schema.js';
import { CLAIM_LEASE_MS } from '../../src/outbox/policy.js';
import { writeState } from '../../src/outbox/state.js';
import { START, after, minutes, rowByKey, runUntil, setup, textOf, waitFor, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => h?.close());

/** What a crash leaves behind: rows marked `sending` whose send never reported back. */
async function crashedWhileSending(keys: string[]) {
  await h.db.update(outbox).set({ status: 'sending', sendingAt: START, attempts: 1 }).where(inArray(outbox.idempotencyKey, keys));
}

async function seed() {
  await h.outbox.enqueue({ purpose: 'risk-alert', priority: 'alert', to: { room: 1 }, text: '预警内容', key: 'alert' });
  await h.outbox.enqueue({ purpose: 'reply', priority: 'reply', to: { member: 2 }, text: '回复内容', key: 'reply' });
  await h.outbox.enqueue({ purpose: 'post', priority: 'routine', to: { room: 3 }, text: '普法内容甲', key: 'post-a' });
  await h.outbox.enqueue({ purpose: 'post', priority: 'routine', to: { room: 4 }, text: '普法内容乙', key: 'post-b' });
  await h.outbox.enqueue({ purpose: 'report-remind', priority: 'routine', to: { room: 5 }, text: '周报提醒', key: 'queued' });
}

describe('recovery after a crash', () => {
  it('resends interrupted alerts and replies, lists interrupted routine posts as uncertain, resumes the rest', async () => {
    h = await setup();
    await seed();
    await crashedWhileSending(['alert', 'reply', 'post-a', 'post-b']);
    await h.clock.advanceTo(after(minutes(1)));

    const report = await h.sender.recover();
    const id = async (key: string) => (await rowByKey(h.db, key)).id;
    expect(report.requeued.sort()).toEqual([await id('alert'), await id('reply')].sort());
    expect(report.uncertain.sort()).toEqual([await id('post-a'), await id('post-b')].sort());

    expect(h.alerts).toHaveLength(1);
    const text = h.alerts[0]!.text;
    expect(text.split('\n')[0]).toBe('以下 2 条消息在发送时程序中断，不确定是否已发出，请人工核对：');
    expect(text).toContain('普法推送 → 群 #3');
    expect(text).toContain('群 #4');
    expect(text).toContain('2026-11-23 周一 08:00');
    expect(text).not.toContain('普法内容');

    await runUntil(h, h.sender, after(minutes(10)));
    expect(h.transport.sent.map(textOf)).toEqual(['预警内容', '回复内容', '周报提醒']);
    expect((await rowByKey(h.db, 'post-a')).status).toBe('uncertain');
  });

  it('is harmless to run again: nothing left to recover, no second alert', async () => {
    h = await setup();
    await seed();
    await crashedWhileSending(['post-a']);
    await h.sender.recover();
    expect(await h.sender.recover()).toEqual({ requeued: [], uncertain: [] });
    expect(h.alerts).toHaveLength(1);
  });

  it('leaves rows another live instance is sending alone, and takes them over after its claim lapses', async () => {
    h = await setup();
    await seed();
    await crashedWhileSending(['post-a']);
    const row = await rowByKey(h.db, 'post-a');
    await writeState(h.db, 'sender.claim.other', { id: row.id, at: START.toISOString() }, START);

    expect(await h.sender.recover()).toEqual({ requeued: [], uncertain: [] });
    await h.clock.advanceTo(after(CLAIM_LEASE_MS + 1));
    expect(await h.sender.recover()).toEqual({ requeued: [], uncertain: [row.id] });
  });

  it('takes over at once the rows its own previous run (same instance id) left behind', async () => {
    h = await setup();
    await seed();
    await crashedWhileSending(['reply']);
    const row = await rowByKey(h.db, 'reply');
    await writeState(h.db, 'sender.claim.test-a', { id: row.id, at: START.toISOString() }, START);
    expect(await h.sender.recover()).toEqual({ requeued: [row.id], uncertain: [] });
  });

  it('never touches the row it is sending itself', async () => {
    h = await setup();
    await seed();
    let release = () => {};
    h.transport.hold = new Promise<void>((r) => (release = r));
    const step = h.sender.sendNext();
    await waitFor(() => h.transport.attempts.length === 1);
    expect(await h.sender.recover()).toEqual({ requeued: [], uncertain: [] });
    release();
    expect(await step).toBe('sent');
    expect(await h.db.select().from(outbox).where(eq(outbox.status, 'sent'))).toHaveLength(1);
  });
});
