import type { Clock, Timer } from '../../../src/kernel/clock.js';

export interface WallClock extends Clock {
  /**
   * The wall clock jumps forward (the machine slept, or NTP corrected it). Timers already armed keep
   * their real delays, as Node's do on Linux (they run on the monotonic clock, which stops while the
   * machine sleeps): they fire late by the jump, measured on the wall clock.
   */
  jump(ms: number): void;
}

/** Real time shifted to `start`: timers are real setTimeouts, so the app runs as in production. */
export function wallClock(start: Date): WallClock {
  let offset = start.getTime() - Date.now();
  const now = () => new Date(Date.now() + offset);
  return {
    now,
    at(at, fn): Timer {
      const t = setTimeout(() => void fn(), Math.max(0, at.getTime() - now().getTime()));
      return { cancel: () => clearTimeout(t) };
    },
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    jump(ms) {
      offset += ms;
    },
  };
}
