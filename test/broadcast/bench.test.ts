import { describe, expect, it } from 'vitest';
import { benchBroadcast } from '../../src/broadcast/bench.js';

describe('benchBroadcast', () => {
  it('plans and paces a post to all 115 grid groups within the default pacing bounds', async () => {
    const b = await benchBroadcast();
    expect(b.groups).toBe(115);
    expect(b.theoreticalMinMs).toBe(114 * b.pacing.SEND_INTERVAL_MS);
    // Every gap is the interval plus a jitter drawn from [0, SEND_JITTER_MS).
    expect(b.fanOutVirtualMs).toBeGreaterThanOrEqual(b.theoreticalMinMs);
    expect(b.fanOutVirtualMs).toBeLessThan(114 * (b.pacing.SEND_INTERVAL_MS + b.pacing.SEND_JITTER_MS));
    expect(b.planEnqueueMs).toBeGreaterThan(0);
  }, 60_000);
});
