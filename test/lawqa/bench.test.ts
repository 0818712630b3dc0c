import { describe, expect, it } from 'vitest';
import { benchLawqa } from '../../src/lawqa/bench.js';
import { MINI_KNOWLEDGE, miniStatutes } from './fixtures.js';

describe('benchLawqa', () => {
  it('measures build time, latency percentiles and memory', async () => {
    const b = await benchLawqa(miniStatutes(), MINI_KNOWLEDGE, ['男人打我想离婚', '借条没写利息'], 3);
    expect(b.articles).toBe(6);
    expect(b.entries).toBe(3);
    expect(b.p50Ms).toBeGreaterThan(0);
    expect(b.p99Ms).toBeGreaterThanOrEqual(b.p50Ms);
    expect(b.rssMb).toBeGreaterThan(b.indexHeapMb);
  });
});
