import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { localParts } from '../../src/kernel/time.js';
import { outbox } from '../../src/db/schema.js';
import { BUDGET_RESUME_HOUR, BUDGET_RESUME_JITTER_MS, nextLocalMorning, startOfLocalDay } from '../../src/outbox/policy.js';
import { runUntil, setup, textOf, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => h?.close());

const TZ = 'Asia/Shanghai';
const day = (d: Date) => localParts(d, TZ).day;

describe('daily send budget', () => {
  it('holds routine posts over the budget until the next morning while alerts and replies still go', async () => {
    h = await setup({ pacing: { SEND_DAILY_BUDGET: 5 } });
    const evening = new Date('2026-11-23T20:00:00+08:00');
    await h.clock.advanceTo(evening);
    for (let i = 0; i < 8; i++) {
      await h.outbox.enqueue({ purpose: 'post', priority: 'routine', to: { room: i + 1 }, text: `普法${i}`, key: `p${i}` });
    }
    await runUntil(h, h.sender, new Date('2026-11-23T22:00:00+08:00'));
    expect(h.transport.sent.map(textOf)).toEqual(['普法0', '普法1', '普法2', '普法3', '普法4']);

    const held = await h.db.select().from(outbox).where(eq(outbox.status, 'queued'));
    const morning = nextLocalMorning(evening, TZ);
    expect(held).toHaveLength(3);
    for (const row of held) {
      expect(row.notBefore.getTime()).toBeGreaterThanOrEqual(morning.getTime());
      expect(row.notBefore.getTime()).toBeLessThan(morning.getTime() + BUDGET_RESUME_JITTER_MS);
    }

    await h.outbox.enqueue({ purpose: 'risk-alert', priority: 'alert', to: { room: 99 }, text: '预警', key: 'a' });
    await h.outbox.enqueue({ purpose: 'reply', priority: 'reply', to: { member: 3 }, text: '回复', key: 'r' });
    await runUntil(h, h.sender, new Date('2026-11-23T23:59:00+08:00'));
    expect(h.transport.sent.slice(5).map(textOf)).toEqual(['预警', '回复']);

    await runUntil(h, h.sender, new Date('2026-11-24T12:00:00+08:00'));
    const nextDay = h.transport.sent.slice(7);
    expect(nextDay.map(textOf)).toEqual(['普法5', '普法6', '普法7']);
    for (const s of nextDay) {
      expect(day(s.at)).toBe(24);
      expect(localParts(s.at, TZ).hour).toBe(BUDGET_RESUME_HOUR);
    }
  });

  it('counts the day in local time (Asia/Shanghai), not UTC', () => {
    const lateUtcEarlyShanghai = new Date('2026-11-23T17:30:00Z'); // 01:30 on the 24th in Shanghai
    expect(startOfLocalDay(lateUtcEarlyShanghai, TZ).toISOString()).toBe('2026-11-23T16:00:00.000Z');
    expect(nextLocalMorning(lateUtcEarlyShanghai, TZ).toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });
});
