import schedule from 'node-schedule';

export interface Timer {
  cancel(): void;
}

/** All time comes from here: real in production, virtual in tests, replays and the sandbox. */
export interface Clock {
  now(): Date;
  /** Calls `fn` at `at` (at once if `at` is past). */
  at(at: Date, fn: () => unknown): Timer;
  /** Resolves after `ms` of this clock's time. */
  sleep(ms: number): Promise<void>;
}

/** Wall-clock time; node-schedule keeps long timers (weeks away) accurate where setTimeout cannot. */
export function realClock(): Clock {
  return {
    now: () => new Date(),
    at(at, fn) {
      if (at.getTime() <= Date.now()) {
        const t = setTimeout(fn, 0);
        return { cancel: () => clearTimeout(t) };
      }
      const job = schedule.scheduleJob(at, () => void fn());
      return { cancel: () => job?.cancel() };
    },
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

interface Pending {
  at: number;
  seq: number;
  fn: () => unknown;
  cancelled: boolean;
}

export interface VirtualClock extends Clock {
  /** Moves time forward to `to`, running every timer that falls due on the way, in time order. */
  advanceTo(to: Date): Promise<void>;
  /** The earliest pending timer, if any. */
  nextTimerAt(): Date | null;
}

/** A clock that moves only when told to; timers run (and are awaited) in time order. */
export function virtualClock(start: Date): VirtualClock {
  let now = start.getTime();
  let seq = 0;
  const pending: Pending[] = [];
  const nextDue = (limit: number): Pending | undefined => {
    const live = pending.filter((p) => !p.cancelled && p.at <= limit);
    live.sort((a, b) => a.at - b.at || a.seq - b.seq);
    return live[0];
  };
  const clock: VirtualClock = {
    now: () => new Date(now),
    at(at, fn) {
      const p: Pending = { at: Math.max(at.getTime(), now), seq: seq++, fn, cancelled: false };
      pending.push(p);
      return { cancel: () => void (p.cancelled = true) };
    },
    sleep(ms) {
      return new Promise((resolve) => clock.at(new Date(now + ms), resolve));
    },
    async advanceTo(to) {
      const limit = to.getTime();
      for (let p = nextDue(limit); p; p = nextDue(limit)) {
        p.cancelled = true;
        now = Math.max(now, p.at);
        await p.fn();
      }
      now = Math.max(now, limit);
      pending.splice(0, pending.length, ...pending.filter((p) => !p.cancelled));
    },
    nextTimerAt() {
      const p = nextDue(Number.POSITIVE_INFINITY);
      return p ? new Date(p.at) : null;
    },
  };
  return clock;
}
