import pino from 'pino';
import { createApp, type App } from '../../../src/app.js';
import type { ChatModel } from '../../../src/llm/chat-model.js';
import type { Clock, VirtualClock } from '../../../src/kernel/clock.js';
import { createLogger, type Logger } from '../../../src/kernel/logger.js';
import type { Transport } from '../../../src/chat/port.js';
import { parseConfig } from '../../../src/config.js';
import type { Database } from '../../../src/db/client.js';

export interface BotOptions {
  database: Database;
  clock: Clock;
  transport: Transport;
  /** Environment-style overrides, e.g. { SEND_INTERVAL_MS: '0' }. */
  env?: Record<string, string>;
  instanceId?: string;
  log?: Logger;
  pollMs?: number;
  chatModel?: ChatModel | null;
}

export const silentLog = (): Logger => createLogger('silent', pino.destination('/dev/null'));

/** The real app, built as main.ts builds it, on the clock, transport and database a fault test needs. */
export function buildBot(o: BotOptions): App {
  const config = parseConfig({ DATA_DIR: '/nonexistent', ...o.env });
  return createApp({
    db: o.database.db,
    clock: o.clock,
    config,
    log: o.log ?? silentLog(),
    transport: o.transport,
    instanceId: o.instanceId ?? 'faults',
    pollMs: o.pollMs ?? 0,
    chatModel: o.chatModel ?? null,
  });
}

/**
 * Several instances, each on its own virtual clock, moved together: at every step each clock goes to
 * the earliest due send or timer of any instance, then every sender tries to send, concurrently.
 */
export async function driveTogether(apps: App[], clocks: VirtualClock[], until: Date): Promise<void> {
  for (let guard = 0; guard < 20_000; guard++) {
    const dues = await Promise.all(apps.map((a) => a.sender.nextDueAt()));
    const candidates = [...dues, ...clocks.map((c) => c.nextTimerAt())].filter((d): d is Date => d !== null && d <= until);
    const next = candidates.sort((a, b) => a.getTime() - b.getTime())[0];
    if (!next) break;
    await Promise.all(clocks.map((c) => c.advanceTo(next)));
    // Who asks first turns each step (an embedded database serves transactions in call order).
    const order = apps.map((_, i) => apps[(i + guard) % apps.length]!);
    const steps = await Promise.all(order.map((a) => a.sender.sendNext()));
    // Pacing may hold a row another instance just sent near: move on a little rather than spin.
    if (!steps.some((s) => s === 'sent' || s === 'failed') && dues.every((d) => !d || d <= next)) {
      const later = new Date(next.getTime() + 250);
      await Promise.all(clocks.map((c) => c.advanceTo(later)));
    }
  }
  await Promise.all(clocks.map((c) => c.advanceTo(until)));
}
