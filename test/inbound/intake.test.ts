import { describe, expect, it } from 'vitest';
import { virtualClock } from '../../src/kernel/clock.js';
import type { InboundMessage } from '../../src/chat/port.js';
import { createIntake, RETRY_FIRST_MS, type IntakeOutcome } from '../../src/inbound/intake.js';
import type { ReceiveOutcome } from '../../src/inbound/pipeline.js';
import { captureLog } from '../faults/support/logs.js';

const START = new Date('2026-12-02T10:00:00+08:00');
const down = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
const message = (id: string, sender: string): InboundMessage => ({
  wechatMessageId: id,
  roomWechatId: null,
  roomTopic: null,
  senderWechatId: sender,
  senderName: sender,
  senderAlias: null,
  text: id,
  mentionSelf: false,
  mentions: [],
  mentionIds: [],
  sentAt: START,
});

/** A pipeline at the port: records what it received, fails while the database is "down". */
function fakePipeline() {
  const p = {
    up: true,
    received: [] as string[],
    resumed: 0,
    /** Per message id: a promise the handling waits for (a slow answer). */
    slow: new Map<string, Promise<void>>(),
    async receive(m: InboundMessage): Promise<ReceiveOutcome> {
      if (!p.up) throw new Error('Failed query: insert …', { cause: down() });
      await p.slow.get(m.wechatMessageId);
      p.received.push(m.wechatMessageId);
      return 'handled';
    },
    async resume() {
      if (!p.up) throw down();
      p.resumed++;
      return 0;
    },
  };
  return p;
}

function setup() {
  const clock = virtualClock(START);
  const logs = captureLog('info');
  const pipeline = fakePipeline();
  const intake = createIntake({ clock, log: logs.log, receive: pipeline.receive, resume: pipeline.resume });
  return { clock, logs, pipeline, intake };
}

describe('inbound intake', () => {
  it('keeps one sender in order while another sender is served during a slow answer', async () => {
    const { pipeline, intake } = setup();
    let release!: () => void;
    pipeline.slow.set('a1', new Promise((r) => (release = r)));
    const a1 = intake.accept(message('a1', 'A'));
    const a2 = intake.accept(message('a2', 'A'));
    expect(await intake.accept(message('b1', 'B'))).toBe('handled');
    expect(pipeline.received).toEqual(['b1']);
    release();
    await Promise.all([a1, a2]);
    expect(pipeline.received).toEqual(['b1', 'a1', 'a2']);
  });

  it('holds messages while the database is down and stores them in arrival order, with backoff, once it is back', async () => {
    const { clock, logs, pipeline, intake } = setup();
    pipeline.up = false;
    const outcomes: IntakeOutcome[] = [];
    for (const [id, sender] of [
      ['m1', 'A'],
      ['m2', 'B'],
      ['m3', 'A'],
    ] as const)
      outcomes.push(await intake.accept(message(id, sender)));
    expect(outcomes).toEqual(['buffered', 'buffered', 'buffered']);
    expect(intake.held()).toBe(3);
    expect(logs.messages().filter((m) => m.startsWith('database unavailable'))).toHaveLength(1);

    // Still down at the first two retries (1 s, then 2 s later); up before the third (4 s later).
    await clock.advanceTo(new Date(START.getTime() + RETRY_FIRST_MS));
    await clock.advanceTo(new Date(START.getTime() + 3 * RETRY_FIRST_MS));
    expect(logs.messages().filter((m) => m === 'database still unavailable, will retry')).toHaveLength(2);
    pipeline.up = true;
    // Up again, but m4 still waits behind the held ones: order is kept.
    expect(await intake.accept(message('m4', 'B'))).toBe('buffered');
    await clock.advanceTo(new Date(START.getTime() + 7 * RETRY_FIRST_MS - 1));
    expect(pipeline.received).toEqual([]);
    await clock.advanceTo(new Date(START.getTime() + 7 * RETRY_FIRST_MS));
    expect(pipeline.received).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(pipeline.resumed).toBe(1);
    expect(intake.held()).toBe(0);
    expect(await intake.accept(message('m5', 'A'))).toBe('handled');
  });

  it('passes other failures through instead of holding them', async () => {
    const broken = createIntake({
      clock: virtualClock(START),
      log: captureLog().log,
      resume: async () => 0,
      receive: async () => {
        throw new TypeError('a bug');
      },
    });
    await expect(broken.accept(message('x', 'A'))).rejects.toThrow('a bug');
    expect(broken.held()).toBe(0);
  });
});
