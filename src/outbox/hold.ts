import { and, eq, gte, lt } from 'drizzle-orm';
import { AppError } from '../core/errors.js';
import type { Db } from '../db/client.js';
import { outbox, PRIORITY } from '../db/schema.js';
import type { OutboxRow } from './claim.js';

/** A refusal that limits one conversation (WeCom's push quota per chat), not the whole account. */
export const isConversationQuota = (err: unknown): boolean => err instanceof AppError && err.code === 'wecom_throttled';

/**
 * Holds the conversation's queued routine rows (this one included) until `until`: pushing on into
 * a full quota only burns attempts. Alerts and replies keep their own retries.
 */
export async function holdConversation(db: Db, row: OutboxRow, until: Date): Promise<number> {
  const held = await db
    .update(outbox)
    .set({ notBefore: until })
    .where(and(
      eq(outbox.status, 'queued'), eq(outbox.targetKind, row.targetKind), eq(outbox.targetId, row.targetId),
      gte(outbox.priority, PRIORITY.routine), lt(outbox.notBefore, until),
    ))
    .returning({ id: outbox.id });
  return held.length;
}
