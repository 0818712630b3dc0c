import { describe, expect, it } from 'vitest';
import { virtualClock } from '../../../src/kernel/clock.js';
import { createWebhook, fitBytes, MAX_BYTES } from '../../../src/chat/wecom/webhook.js';
import { fakeWebhook } from '../../support/webhook-server.js';

describe('WeCom group robot webhook', () => {
  it('posts markdown, and holds the 20th message of a minute until the minute is over', async () => {
    const hook = await fakeWebhook();
    const clock = virtualClock(new Date('2026-12-07T09:00:00+08:00'));
    const webhook = createWebhook(hook.url, clock);
    try {
      const all = Array.from({ length: 21 }, (_, i) => webhook.post(`预警 ${i + 1}`));
      await expect.poll(() => hook.posts().length, { timeout: 10_000 }).toBe(19);
      await new Promise((r) => setTimeout(r, 300));
      expect(hook.posts()).toHaveLength(19);
      await clock.advanceTo(new Date('2026-12-07T09:01:00+08:00'));
      await Promise.all(all);
      expect(
        hook
          .posts()
          .map((p) => p.content)
          .slice(-2),
      ).toEqual(['预警 20', '预警 21']);
    } finally {
      await hook.stop();
    }
  });

  it('says what WeCom answered when it refuses', async () => {
    const hook = await fakeWebhook();
    hook.answerWith(93000);
    try {
      await expect(createWebhook(hook.url, virtualClock(new Date())).post('测试')).rejects.toThrow('errcode 93000');
    } finally {
      await hook.stop();
    }
  });

  it.each([
    ['short text stays whole', '今天上司村三组一切正常', false],
    ['long Chinese text is cut inside 4096 bytes at a character', '群众反映排水沟堵塞，'.repeat(200), true],
    ['emoji at the cut are not split', '😀'.repeat(1100), true],
  ])('%s', (_name, text, cut) => {
    const fitted = fitBytes(text);
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(MAX_BYTES);
    expect(fitted.endsWith('…（未完，详见机器人消息）')).toBe(cut);
    expect(fitted).not.toContain('\uFFFD');
    if (!cut) expect(fitted).toBe(text);
  });
});
