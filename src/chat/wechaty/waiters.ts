import type { TransportHandlers } from '../port.js';

interface Waiter {
  settled: Promise<void>;
  resolve(): void;
  reject(err: unknown): void;
  arrived: boolean;
}

/** How long an event may take to reach the handler (Wechaty hops a few ticks); handling itself may take longer. */
const ARRIVAL_MS = 10_000;

/**
 * Lets the mock world wait until the transport's handler has finished with something it caused:
 * a message (keyed by its id), a login or a logout.
 */
export function createWaiters() {
  const pending = new Map<string, Waiter>();

  const open = (key: string): Waiter => {
    let resolve!: () => void;
    let reject!: (err: unknown) => void;
    const settled = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
    settled.catch(() => undefined); // the awaiting caller sees the failure; nobody else must
    const waiter = { settled, resolve, reject, arrived: false };
    pending.set(key, waiter);
    return waiter;
  };

  /** Runs the handler; whoever waits on `key` learns when (and how) it finished. */
  const track = async (key: string, run: () => void | Promise<void>): Promise<void> => {
    const waiter = pending.get(key);
    if (waiter) waiter.arrived = true;
    try {
      await run();
      waiter?.resolve();
    } catch (err) {
      waiter?.reject(err);
      throw err;
    } finally {
      pending.delete(key);
    }
  };

  return {
    wrap(handlers: TransportHandlers): TransportHandlers {
      return {
        onMessage: (m) => track(m.wechatMessageId, () => handlers.onMessage(m)),
        onLogin: (name) => track('login', () => handlers.onLogin(name)),
        onLogout: (reason) => track('logout', () => handlers.onLogout(reason)),
        onRoomTopic: (id, topic) => track(`topic:${id}`, () => handlers.onRoomTopic(id, topic)),
        onError: (err) => handlers.onError(err),
      };
    },

    /** Starts waiting for `key`, runs `trigger`, and resolves once the handler for `key` has finished. */
    async after(key: string, trigger: () => unknown): Promise<void> {
      const waiter = open(key);
      const timer = setTimeout(() => {
        if (!waiter.arrived) waiter.reject(new Error(`mock world: ${key} never reached the transport handler`));
      }, ARRIVAL_MS);
      try {
        await trigger();
        await waiter.settled;
      } finally {
        clearTimeout(timer);
        pending.delete(key);
      }
    },
  };
}
