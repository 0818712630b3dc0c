import type { VirtualClock } from '../../kernel/clock.js';
import type { SendStep } from '../../outbox/sender.js';

/**
 * Moves the virtual clock to `until`, running due timers (scheduled jobs) and due sends in time
 * order, as they would interleave in real time. Used by replays, the sandbox and the benchmarks.
 */
export async function runVirtualUntil(clock: VirtualClock, sender: { nextDueAt(): Promise<Date | null> }, send: () => Promise<SendStep>, until: Date): Promise<void> {
  let previous = Number.NaN;
  for (;;) {
    const sendAt = await sender.nextDueAt();
    const timerAt = clock.nextTimerAt();
    const next = [sendAt, timerAt].filter((d): d is Date => d !== null && d <= until).sort((a, b) => a.getTime() - b.getTime())[0];
    if (!next) break;
    await clock.advanceTo(next);
    if (!sendAt || sendAt > next) continue;
    const step = await send();
    // A send that keeps waiting at the same instant would loop forever: leave it for later.
    if (step === 'waiting' && next.getTime() === previous) break;
    previous = next.getTime();
  }
  await clock.advanceTo(until);
}
