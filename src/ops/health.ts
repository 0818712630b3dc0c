import { eq, max, sql } from 'drizzle-orm';
import type { Clock, Timer } from '../kernel/clock.js';
import type { Logger } from '../kernel/logger.js';
import type { Db } from '../db/client.js';
import { inboundMessages, outbox } from '../db/schema.js';

export const HEALTH_EVERY_MS = 60 * 60_000;

/** Counts and times only: the health line never carries a name, a text or an id of a person. */
export interface Health {
  uptimeS: number;
  inboundPending: number;
  /** Outbox rows by status, e.g. { queued: 3, sent: 120, failed: 1 }. */
  outbox: Record<string, number>;
  lastSentAt: string | null;
}

/** One reading of the bot's vital signs. */
export async function readHealth(db: Db, startedAt: Date, now: Date): Promise<Health> {
  const [pending] = await db.select({ n: sql<number>`count(*)::int` }).from(inboundMessages).where(eq(inboundMessages.status, 'pending'));
  const byStatus = await db.select({ status: outbox.status, n: sql<number>`count(*)::int` }).from(outbox).groupBy(outbox.status);
  const [last] = await db
    .select({ at: max(outbox.sentAt) })
    .from(outbox)
    .where(eq(outbox.status, 'sent'));
  const lastAt = last?.at ? new Date(last.at) : null;
  return {
    uptimeS: Math.round((now.getTime() - startedAt.getTime()) / 1000),
    inboundPending: Number(pending?.n ?? 0),
    outbox: Object.fromEntries(byStatus.map((r) => [r.status, Number(r.n)])),
    lastSentAt: lastAt ? lastAt.toISOString() : null,
  };
}

/**
 * Logs a health line every hour (uptime, pending inbound, outbox by status, last successful send)
 * until stopped. A failed reading is logged and the next hour tries again.
 */
export function startHealthLog(deps: { db: Db; log: Logger }, clock: Clock, everyMs = HEALTH_EVERY_MS): { stop(): void } {
  const startedAt = clock.now();
  let timer: Timer | null = null;
  let stopped = false;
  const beat = async (): Promise<void> => {
    if (stopped) return;
    try {
      deps.log.info({ health: await readHealth(deps.db, startedAt, clock.now()) }, 'health');
    } catch (err) {
      deps.log.warn({ err: err instanceof Error ? err.name : 'error' }, 'health reading failed');
    }
    if (!stopped) timer = clock.at(new Date(clock.now().getTime() + everyMs), beat);
  };
  timer = clock.at(new Date(startedAt.getTime() + everyMs), beat);
  return {
    stop() {
      stopped = true;
      timer?.cancel();
    },
  };
}
