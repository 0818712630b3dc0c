import type { App } from '../../app.js';
import type { SentRecord } from '../../chat/mock/mock-world.js';
import type { VirtualClock } from '../../kernel/clock.js';
import type { Channels } from './channels.js';
import type { Sent } from './harness-types.js';
import { runVirtualUntil } from './virtual-time.js';

const DRAIN_HORIZON_MS = 60 * 60_000;

export interface Sending {
  /** Runs `action`; returns what was sent meanwhile, each with the virtual time it went out. */
  collect(action: () => Promise<void>): Promise<Sent[]>;
  /** Sends, then timers, in time order, until nothing is due at or before `until`. */
  runUntil(until: Date): Promise<void>;
  /**
   * What was queued goes out as pacing allows, moving the virtual clock at most DRAIN_HORIZON_MS:
   * messages held longer (daily budget, throttling pause) wait for a later `at` step.
   */
  drain(): Promise<void>;
}

/** The app's sender driven step by step on the virtual clock, keeping every message sent on every channel. */
export function sending(app: App, channels: Channels, clock: VirtualClock): Sending {
  const sentLog: SentRecord[] = [];
  // When each message went out: a long `at` step spans days, and a transcript must not show a
  // Friday reminder as sent on the following Tuesday.
  const sentAt: Date[] = [];
  const send = async () => {
    const step = await app.sender.sendNext();
    sentLog.push(...channels.pull());
    while (sentAt.length < sentLog.length) sentAt.push(clock.now());
    return step;
  };
  const runUntil = (until: Date) => runVirtualUntil(clock, app.sender, send, until);

  return {
    runUntil,
    async drain() {
      const horizon = new Date(clock.now().getTime() + DRAIN_HORIZON_MS);
      let previous = 0;
      for (let at = await app.sender.nextDueAt(); at && at <= horizon; at = await app.sender.nextDueAt()) {
        await runUntil(at);
        const step = await send();
        if (step === 'idle' || (step === 'waiting' && at.getTime() === previous)) break;
        previous = at.getTime();
      }
    },
    async collect(action) {
      const before = sentLog.length;
      await action();
      sentLog.push(...channels.pull());
      return sentLog.slice(before).map((r, i) => ({ ...r, at: sentAt[before + i] ?? clock.now() }));
    },
  };
}
