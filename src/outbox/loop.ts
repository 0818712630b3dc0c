import type { Clock, Timer } from '../kernel/clock.js';
import type { Logger } from '../kernel/logger.js';
import { describeError } from '../kernel/errors.js';

/** While nothing is due, look again this often (other instances and processes may enqueue). */
const IDLE_POLL_MS = 30_000;
/** Floor on a nap, so a row another instance holds locked cannot make the loop spin. */
const MIN_NAP_MS = 100;
const ERROR_RETRY_MS = 5_000;
/** Orphans of a crashed other instance are taken over this often (after their claim lease). */
const RECOVER_EVERY_MS = 5 * 60_000;

export interface LoopParts {
  sendNext(): Promise<'sent' | 'failed' | 'idle' | 'waiting'>;
  nextDueAt(): Promise<Date | null>;
  recover(): Promise<unknown>;
}

/** The production loop: send, sleep on the clock until the next send is due, wake early on poke. */
export function createLoop(parts: LoopParts, clock: Clock, log: Logger) {
  let stopping = false;
  let poked = false;
  let wake: (() => void) | null = null;
  let running: Promise<void> | null = null;

  const nap = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      if (poked || stopping) {
        poked = false;
        return resolve();
      }
      let timer: Timer | null = null;
      const done = () => {
        timer?.cancel();
        wake = null;
        resolve();
      };
      wake = done;
      timer = clock.at(new Date(clock.now().getTime() + ms), done);
    });

  async function turn(): Promise<void> {
    const result = await parts.sendNext();
    if (result === 'sent' || result === 'failed') return;
    const due = await parts.nextDueAt();
    const wait = due ? due.getTime() - clock.now().getTime() : IDLE_POLL_MS;
    await nap(Math.min(Math.max(wait, MIN_NAP_MS), IDLE_POLL_MS));
  }

  async function loop(): Promise<void> {
    let lastRecover = clock.now().getTime();
    while (!stopping) {
      try {
        await turn();
        if (clock.now().getTime() - lastRecover >= RECOVER_EVERY_MS) {
          lastRecover = clock.now().getTime();
          await parts.recover();
        }
      } catch (err) {
        log.error({ err: describeError(err) }, 'outbox: sender step failed');
        await nap(ERROR_RETRY_MS);
      }
    }
  }

  return {
    run(): Promise<void> {
      stopping = false;
      running ??= loop().finally(() => (running = null));
      return running;
    },
    poke(): void {
      if (wake) wake();
      else poked = true;
    },
    /** Lets the send in flight finish, then returns. */
    async stop(): Promise<void> {
      stopping = true;
      wake?.();
      await running;
    },
  };
}
