import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { botState, outbox } from '../../src/db/schema.js';
import { wecomError } from '../../src/chat/wecom/errors.js';
import { MAX_ATTEMPTS, PAUSE_BASE_MS, SEND_TIMEOUT_MS, backoffMs } from '../../src/outbox/policy.js';
import { after, gaps, minutes, rowByKey, runUntil, setup, textOf, waitFor, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => h?.close());

const pauseState = async () => (await h.db.select().from(botState).where(eq(botState.key, 'sender.pausedUntil')))[0]?.value as { until: string; ms: number } | undefined;
const pauseAlerts = () => h.alerts.filter((a) => a.key.includes('paused'));
const post = (i: number) => h.outbox.enqueue({ purpose: 'post', priority: 'routine', to: { room: i }, text: `普法${i}`, key: `p${i}` });

describe('failures and retries', () => {
  it('retries with growing backoff, then marks the row failed and tells the admins without the content', async () => {
    h = await setup();
    const secret = '张三与李四宅基地纠纷调解结果';
    await h.outbox.enqueue({ purpose: 'reply', priority: 'reply', to: { member: 4 }, text: secret, key: 'r' });
    h.transport.fail = () => new Error('network unreachable');
    await runUntil(h, h.sender, after(minutes(120)));

    expect(h.transport.attempts).toHaveLength(MAX_ATTEMPTS);
    expect(gaps(h.transport.attempts.map((a) => a.at))).toEqual([1, 2, 3, 4].map(backoffMs));
    expect(backoffMs(1)).toBe(30_000);
    expect(backoffMs(2)).toBe(120_000);
    const row = await rowByKey(h.db, 'r');
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, error: 'network unreachable' });

    const failed = h.alerts.filter((a) => a.key.includes('failed'));
    expect(failed).toHaveLength(1);
    expect(failed[0]!.text).toContain('回复');
    expect(failed[0]!.text).toContain('成员 #4');
    expect(failed[0]!.text).toContain('network unreachable');
    for (const a of h.alerts) expect(a.text).not.toContain(secret);
    for (const line of h.logs) expect(line).not.toContain(secret);
  });

  it('marks its own alerts, and does not alert about one of them that failed (no alert loop), whatever the keys say', async () => {
    h = await setup();
    await h.outbox.enqueue({ purpose: 'sender-alert', priority: 'alert', to: { room: 2 }, text: '机器人发送失败提醒', key: 'sender-alert:7', meta: { owner: 'outbox' } });
    // A key that merely looks like an alert's is somebody else's row: its failure is reported.
    await h.outbox.enqueue({ purpose: 'reply', priority: 'reply', to: { member: 4 }, text: '收到，已登记', key: 'reply:outbox:8' });
    h.transport.fail = () => new Error('network unreachable');
    await runUntil(h, h.sender, after(minutes(120)));
    expect((await rowByKey(h.db, 'sender-alert:7')).status).toBe('failed');
    const failed = h.alerts.filter((a) => a.key.includes('failed'));
    expect(failed.map((a) => [a.text.includes('成员 #4'), a.meta])).toEqual([[true, { owner: 'outbox' }]]);
  });

  it('retries an unknown target and reports it, without taking it for throttling', async () => {
    h = await setup({ resolve: async () => null });
    await post(5);
    await runUntil(h, h.sender, after(minutes(120)));
    expect(h.transport.attempts).toHaveLength(0);
    expect((await rowByKey(h.db, 'p5')).status).toBe('failed');
    expect(h.alerts.map((a) => a.text).join()).toContain('找不到发送目标');
    expect(pauseAlerts()).toHaveLength(0);
  });
});

describe('throttling', () => {
  it('pauses routine traffic at the first throttling error, alerts once, and lets replies through', async () => {
    h = await setup({ pacing: { SEND_ROOM_INTERVAL_MS: 0 } });
    for (let i = 1; i <= 3; i++) await post(i);
    h.transport.fail = (call) => (h.transport.attempts.length <= 2 ? new Error(`发送消息过于频繁，请稍后再试 (${textOf(call)})`) : null);

    expect(await h.sender.sendNext()).toBe('failed');
    expect(await pauseState()).toEqual({ until: after(PAUSE_BASE_MS).toISOString(), ms: PAUSE_BASE_MS });
    expect(pauseAlerts()).toHaveLength(1);
    expect(pauseAlerts()[0]!.text).toContain('30 分钟');

    // A reply during the pause goes (its own first try is throttled too: no second alert).
    await h.outbox.enqueue({ purpose: 'reply', priority: 'reply', to: { member: 2 }, text: '回复', key: 'r' });
    await runUntil(h, h.sender, after(PAUSE_BASE_MS - 1));
    expect(h.transport.sent.map(textOf)).toEqual(['回复']);
    expect(pauseAlerts()).toHaveLength(1);

    await runUntil(h, h.sender, after(minutes(40)));
    expect(h.transport.sent.map(textOf)).toEqual(['回复', '普法1', '普法2', '普法3']);
    for (const s of h.transport.sent.slice(1)) expect(s.at.getTime()).toBeGreaterThanOrEqual(after(PAUSE_BASE_MS).getTime());
  });

  it('doubles the pause when throttling comes back soon after', async () => {
    h = await setup();
    await post(1);
    h.transport.fail = () => new Error('rate limit exceeded');
    await h.sender.sendNext();
    await runUntil(h, h.sender, after(PAUSE_BASE_MS + minutes(1)));
    expect((await pauseState())?.ms).toBe(2 * PAUSE_BASE_MS);
    expect(pauseAlerts().map((a) => a.text.match(/\d+ 分钟/)?.[0])).toEqual(['30 分钟', '60 分钟']);
  });

  it('takes three failures in a row as throttling; a success in between resets the count', async () => {
    h = await setup({ pacing: { SEND_ROOM_INTERVAL_MS: 0 } });
    for (let i = 1; i <= 8; i++) await post(i);
    const failing = new Set([0, 1, 3, 4, 5]);
    h.transport.fail = () => (failing.has(h.transport.attempts.length - 1) ? new Error('ECONNRESET') : null);
    await runUntil(h, h.sender, after(minutes(1)));
    expect(h.transport.attempts).toHaveLength(6);
    expect(pauseAlerts()).toHaveLength(1);
    expect(Date.parse((await pauseState())!.until)).toBe(h.transport.attempts[5]!.at.getTime() + PAUSE_BASE_MS);
  });

  it('does not take a dropped WeCom connection for throttling: rows retry, routine sends are not paused', async () => {
    h = await setup({ pacing: { SEND_ROOM_INTERVAL_MS: 0 } });
    for (let i = 1; i <= 5; i++) await post(i);
    h.transport.fail = () => wecomError('企业微信发送失败', new Error('WebSocket not connected'));
    await runUntil(h, h.sender, after(minutes(1)));
    // Each tried at once and again 30 s later: nothing held back by a pause.
    expect(h.transport.attempts).toHaveLength(10);
    expect(pauseAlerts()).toEqual([]);
    expect(await pauseState()).toBeUndefined();
    expect((await rowByKey(h.db, 'p1')).status).toBe('queued');
  });
});

describe('a send that never returns', () => {
  const hang = async (priority: 'routine' | 'reply') => {
    h = await setup();
    await h.outbox.enqueue({ purpose: priority === 'reply' ? 'reply' : 'post', priority, to: { room: 1 }, text: '内容', key: 'k' });
    h.transport.hold = new Promise(() => {});
    const step = h.sender.sendNext();
    await waitFor(() => h.transport.attempts.length === 1);
    await h.clock.advanceTo(after(SEND_TIMEOUT_MS));
    expect(await step).toBe('failed');
    return rowByKey(h.db, 'k');
  };

  it('leaves a routine post uncertain and lists it to admins instead of resending', async () => {
    const row = await hang('routine');
    expect(row.status).toBe('uncertain');
    expect(h.alerts).toHaveLength(1);
    expect(h.alerts[0]!.text).toMatch(/^以下 1 条消息发送超时，不确定是否已发出，请人工核对：/);
    expect(h.alerts[0]!.text).not.toContain('内容');
  });

  it('queues a reply again for a retry', async () => {
    const row = await hang('reply');
    expect(row).toMatchObject({ status: 'queued', attempts: 1 });
    expect(row.notBefore).toEqual(after(SEND_TIMEOUT_MS + backoffMs(1)));
    expect(await h.db.select().from(outbox).where(eq(outbox.status, 'uncertain'))).toHaveLength(0);
  });
});
