import { describe, expect, it } from 'vitest';
import { PAUSE_BASE_MS, backoffMs, isThrottleError, nextPauseMs } from '../../src/outbox/policy.js';

describe('throttling words', () => {
  it.each([
    ['发送消息过于频繁，请稍后再试', true],
    ['操作频率过快', true],
    ['该账号功能被限制', true],
    ['429 Too Many Requests', true],
    ['rate limit exceeded', true],
    ['Rate exceeded', true],
    ['ECONNRESET', false],
    ['failed to generate message id', false],
    ['找不到该群', false],
  ])('%s → %s', (message, expected) => {
    expect(isThrottleError(message)).toBe(expected);
  });
});

describe('backoff and pause lengths', () => {
  it('waits 30 s, 2 min, 8 min, 32 min between tries', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([30_000, 120_000, 480_000, 1_920_000]);
  });

  it('pauses 30 min, doubles on a repeat within a day, caps at 8 h, and forgets after a day', () => {
    const now = new Date('2026-11-23T10:00:00+08:00');
    const endedAgo = (ms: number, length: number) => ({ until: new Date(now.getTime() - ms).toISOString(), ms: length });
    expect(nextPauseMs(null, now)).toBe(PAUSE_BASE_MS);
    expect(nextPauseMs(endedAgo(60_000, PAUSE_BASE_MS), now)).toBe(2 * PAUSE_BASE_MS);
    expect(nextPauseMs(endedAgo(60_000, 8 * 3_600_000), now)).toBe(8 * 3_600_000);
    expect(nextPauseMs(endedAgo(25 * 3_600_000, 4 * PAUSE_BASE_MS), now)).toBe(PAUSE_BASE_MS);
  });
});
