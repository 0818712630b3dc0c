import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { botState } from '../../db/schema.js';
import { reportDraftSchema } from './llm-extract.js';
import type { ReportDraft } from '../../grammar/types.js';

/**
 * A report the model read from free text, waiting for the worker's 确认. One per member: a newer
 * one replaces it. Kept in bot_state so any instance (or a restart) can finish it.
 */
export interface PendingDraft {
  draft: ReportDraft;
  rawText: string;
  /** The inbound message that carried the free text. */
  inboundMessageId: number;
  at: Date;
}

/** A draft older than this is not saved on 确认: the worker has likely moved on. */
export const PENDING_TTL_MS = 24 * 3_600_000;

/**
 * 'model': a draft the model read, saved on 确认. 'spoken': a report read from plain words and
 * already saved, kept so a reply such as 第2件是已化解 can correct it.
 */
export type PendingKind = 'model' | 'spoken';

const keyOf = (memberId: number, kind: PendingKind) => (kind === 'model' ? `reports.pending:${memberId}` : `reports.spoken:${memberId}`);

const stored = z.object({
  draft: reportDraftSchema,
  rawText: z.string(),
  inboundMessageId: z.number().int(),
  at: z.string(),
});

export async function savePending(db: Db, memberId: number, p: PendingDraft, kind: PendingKind = 'model'): Promise<void> {
  const value = { draft: p.draft, rawText: p.rawText, inboundMessageId: p.inboundMessageId, at: p.at.toISOString() };
  await db
    .insert(botState)
    .values({ key: keyOf(memberId, kind), value, updatedAt: p.at })
    .onConflictDoUpdate({ target: botState.key, set: { value, updatedAt: p.at } });
}

/** The member's pending draft if there is a fresh one. */
export async function loadPending(db: Db, memberId: number, now: Date, kind: PendingKind = 'model'): Promise<PendingDraft | null> {
  const [row] = await db
    .select()
    .from(botState)
    .where(eq(botState.key, keyOf(memberId, kind)));
  const parsed = stored.safeParse(row?.value);
  if (!parsed.success) return null;
  const at = new Date(parsed.data.at);
  if (now.getTime() - at.getTime() > PENDING_TTL_MS) return null;
  return { ...parsed.data, at };
}

export async function dropPending(db: Db, memberId: number, kind: PendingKind = 'model'): Promise<void> {
  await db.delete(botState).where(eq(botState.key, keyOf(memberId, kind)));
}
