import { and, eq, gte, lt } from 'drizzle-orm';
import type { Clock } from '../kernel/clock.js';
import { AppError } from '../kernel/errors.js';
import type { Logger } from '../kernel/logger.js';
import type { Db } from '../db/client.js';
import { outbox, PRIORITY } from '../db/schema.js';
import type { OutboxRow } from './claim.js';
import type { Notifier } from './notify.js';

/** A refusal that limits one conversation (WeCom's push quota per chat), not the whole account. */
export const isConversationQuota = (err: unknown): boolean => err instanceof AppError && err.code === 'wecom_throttled';

/** The channel's connection is down (WeCom's long connection reconnecting): not a sign of throttling. */
export const isDisconnected = (err: unknown): boolean => err instanceof AppError && err.code === 'wecom_disconnected';

/**
 * Holds the conversation's queued routine rows (this one included) until `until`: pushing on into
 * a full quota only burns attempts. Alerts and replies keep their own retries.
 */
async function holdConversation(db: Db, row: OutboxRow, until: Date): Promise<number> {
  const held = await db
    .update(outbox)
    .set({ notBefore: until })
    .where(
      and(
        eq(outbox.status, 'queued'),
        eq(outbox.targetKind, row.targetKind),
        eq(outbox.targetId, row.targetId),
        gte(outbox.priority, PRIORITY.routine),
        lt(outbox.notBefore, until),
      ),
    )
    .returning({ id: outbox.id });
  return held.length;
}

/** Holds the row's conversation for `quotaHoldMs` (default 1 h) and tells the centre once per hold. */
export async function holdForQuota(deps: { db: Db; clock: Clock; log: Logger; notify: Notifier; quotaHoldMs?: number }, row: OutboxRow, error: string): Promise<void> {
  const until = new Date(deps.clock.now().getTime() + (deps.quotaHoldMs ?? 60 * 60_000));
  const held = await holdConversation(deps.db, row, until);
  deps.log.warn({ outboxId: row.id, held, until: until.toISOString() }, 'outbox: conversation held (quota)');
  await deps.notify.held(row, until, error);
}
