import { and, eq, inArray, like, or } from 'drizzle-orm';
import { PRIORITY, outbox, type OutboxMeta } from '../db/schema.js';
import type { Db } from '../db/client.js';
import type { Clock } from '../kernel/clock.js';
import type { OutgoingFile } from '../chat/port.js';
import { splitText } from './split.js';

export type { OutboxMeta };
export type Priority = keyof typeof PRIORITY;
export type Recipient = { room: number } | { member: number };

export interface OutboundMessage {
  /** What it is for, e.g. 'reply', 'risk-alert', 'post', 'report-remind'. */
  purpose: string;
  priority: Priority;
  to: Recipient;
  text?: string;
  file?: OutgoingFile;
  /** Members to @-mention (room messages only). */
  mentions?: number[];
  /**
   * Idempotency key per (purpose, target, period): enqueueing the same key twice sends once.
   * Replies use the inbound message id; weekly jobs the ISO week; posts the fire time.
   */
  key: string;
  /** What the queuer reads back when the row fails (owner, week, member…); never parsed from the key. */
  meta?: OutboxMeta;
  /** Do not send before this time (default now). */
  notBefore?: Date;
}

export interface Outbox {
  enqueue(message: OutboundMessage): Promise<void>;
  /** Withdraws messages not sent yet (a reminder made needless), each part of a split text too; returns how many. */
  cancel(keys: readonly string[]): Promise<number>;
}

/** The persisted outbox's writing side. Sending is the sender's job (sender.ts). */
export function createOutbox(db: Db, clock: Clock, maxChars: number): Outbox {
  return {
    async enqueue(m) {
      const now = clock.now();
      const target = 'room' in m.to ? { targetKind: 'room' as const, targetId: m.to.room } : { targetKind: 'member' as const, targetId: m.to.member };
      const base = { purpose: m.purpose, priority: PRIORITY[m.priority], ...target, notBefore: m.notBefore ?? now, createdAt: now, meta: m.meta ?? {} };
      const parts = m.file ? [] : splitText(m.text ?? '', maxChars);
      // Parts of one long text know their whole message: a failed part cancels the rest (deliver.ts).
      const meta = parts.length > 1 ? { ...base.meta, message: m.key } : base.meta;
      const rows = m.file
        ? [{ ...base, idempotencyKey: m.key, kind: 'file' as const, fileName: m.file.name, fileBase64: m.file.base64 }]
        : parts.map((text, i) => ({
            ...base,
            meta,
            idempotencyKey: i === 0 ? m.key : `${m.key}#${i + 1}`,
            kind: 'text' as const,
            text,
            seq: i,
            mentionIds: i === 0 ? (m.mentions ?? []) : [],
          }));
      await db.insert(outbox).values(rows).onConflictDoNothing({ target: outbox.idempotencyKey });
    },
    async cancel(keys) {
      if (keys.length === 0) return 0;
      const parts = or(inArray(outbox.idempotencyKey, [...keys]), ...keys.map((k) => like(outbox.idempotencyKey, `${k}#%`)));
      const done = await db
        .update(outbox)
        .set({ status: 'cancelled', error: '已不需要' })
        .where(and(eq(outbox.status, 'queued'), parts))
        .returning({ id: outbox.id });
      return done.length;
    },
  };
}
