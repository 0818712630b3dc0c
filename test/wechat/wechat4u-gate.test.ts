import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackoff, isNetworkError } from '../../src/chat/wechaty/network.js';
import { containWechat4u } from '../../src/chat/wechaty/wechat4u-gate.js';
import { capturedLog } from './support.js';

/** Stands in for the wechat4u client: counts login attempts; offline, each one fails as wechat4u's does. */
class FakeClient extends EventEmitter {
  starts = 0;
  constructor(private readonly offline: boolean) {
    super();
  }
  start(): void {
    this.starts += 1;
    if (this.offline) setImmediate(() => fail(this));
  }
}

/**
 * Stands in for PuppetWechat4u's wiring: monkeyPatch(client) before the first start, an error
 * listener, and a logout listener that starts again at once (wechat4u's own retry loop).
 */
function fakePuppet(offlineClient = false) {
  const errors: unknown[] = [];
  const puppet = {
    wechat4u: undefined as FakeClient | undefined,
    stopped: 0,
    monkeyPatch(_client: FakeClient) {},
    async onStop() {
      this.stopped += 1;
      this.wechat4u?.emit('logout');
      this.wechat4u = undefined;
    },
    boot(): FakeClient {
      const client = new FakeClient(offlineClient);
      this.wechat4u = client;
      this.monkeyPatch(client);
      client.on('error', (e) => errors.push(e));
      client.on('logout', () => this.wechat4u!.start());
      client.start();
      return client;
    },
  };
  return { puppet, errors };
}

function offline() {
  return Object.assign(new Error('getaddrinfo ENOTFOUND login.wx.qq.com'), { code: 'ENOTFOUND' });
}
/** One failed attempt as wechat4u runs it: the error, then stop() emits logout. */
function fail(client: FakeClient, err: Error = offline()): void {
  client.emit('error', err);
  client.emit('logout');
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createBackoff', () => {
  it('doubles from 5 s up to 5 min and starts over on reset', () => {
    const b = createBackoff();
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(() => b.next() / 1000)).toEqual([5, 10, 20, 40, 80, 160, 300, 300]);
    b.reset();
    expect(b.next()).toBe(5000);
  });
});

describe('isNetworkError', () => {
  it.each([
    [offline(), true],
    [Object.assign(new Error('x'), { code: 'EAI_AGAIN' }), true],
    [Object.assign(new Error('x'), { cause: { code: 'ECONNREFUSED' } }), true],
    [new Error('assert: window.code 400'), false],
    [null, false],
  ])('%s → %s', (err, expected) => expect(isNetworkError(err)).toBe(expected));
});

describe('containWechat4u', () => {
  it('offline: one clear Chinese line, then attempts on a growing back-off instead of a tight loop', async () => {
    const { puppet, errors } = fakePuppet(true);
    const { log, lines } = capturedLog('info');
    containWechat4u(puppet, log);
    const client = puppet.boot();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    // 5+10+20+40+80+160+300 s: about 7 retries in 10 minutes, not hundreds.
    expect(client.starts).toBeGreaterThanOrEqual(6);
    expect(client.starts).toBeLessThanOrEqual(10);
    expect(errors).toEqual([]); // network failures do not reach Wechaty's error event
    const warnings = lines().filter((l) => Number(l.level) >= 40);
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0]?.msg)).toMatch(/^无法连接微信服务器（login\.wx\.qq\.com）：请检查/);
    expect(lines().length).toBeLessThanOrEqual(2);
  });

  it('logs the reconnection and resets the wait once WeChat answers (a QR code arrives)', async () => {
    const { puppet } = fakePuppet();
    const { log, lines } = capturedLog('info');
    containWechat4u(puppet, log);
    const client = puppet.boot();
    fail(client);
    await vi.advanceTimersByTimeAsync(5000);
    fail(client);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(client.starts).toBe(3);
    client.emit('uuid', 'abc');
    expect(lines().map((l) => l.event)).toEqual(['wechat_unreachable', 'wechat_reconnected']);
    fail(client);
    await vi.advanceTimersByTimeAsync(5000);
    expect(client.starts).toBe(4);
  });

  it('lets other errors through to the puppet, still without a tight loop', async () => {
    const { puppet, errors } = fakePuppet();
    const { log, lines } = capturedLog('info');
    containWechat4u(puppet, log);
    const client = puppet.boot();
    fail(client, new Error('checkLogin 400'));
    expect(errors).toHaveLength(1);
    expect(client.starts).toBe(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(client.starts).toBe(2);
    expect(lines()).toEqual([]);
  });

  it('stops retrying when the puppet stops', async () => {
    const { puppet } = fakePuppet();
    const { log } = capturedLog('info');
    containWechat4u(puppet, log);
    const client = puppet.boot();
    fail(client);
    await puppet.onStop();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(client.starts).toBe(1);
    expect(puppet.stopped).toBe(1);
  });
});
