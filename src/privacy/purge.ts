import { and, inArray, isNotNull, like, lt, ne, or, sql } from 'drizzle-orm';
import type { AppDeps } from '../app-deps.js';
import { botState, inboundMessages, outbox } from '../db/schema.js';
import { ANONYMISED, anonymiseExpired, retentionCutoff } from '../ledger/index.js';

export interface PurgeSummary {
  before: Date;
  /** Cases whose parties, summary and notes were removed. */
  disputes: number;
  /** Stored chat messages whose text was removed. */
  messages: number;
  /** Group chatter not meant for the bot (and old history replayed at login) whose text was removed. */
  chatter: number;
  /** Sent (or given-up) outgoing messages whose text or attached file was removed. */
  outbox: number;
  /** Report drafts read by the model that were never confirmed and have expired. */
  drafts: number;
}

// A draft not confirmed within a day is never saved (reports/pending.ts); kept longer it only holds names.
const DRAFT_TTL_MS = 24 * 3_600_000;
const SETTLED = ['sent', 'failed', 'cancelled', 'uncertain'] as const;
/**
 * The bot stores every message it sees before deciding whether it is meant for it. Group chatter
 * that no command wanted ('ignore') and history replayed at login ('history') serve nothing once
 * handled: their words are kept only this long, whatever the retention period.
 */
export const CHATTER_DAYS = 30;
const UNUSED_ROUTES = ['ignore', 'history'];

/**
 * Chat texts older than the cutoff: once handled, a message's words serve no purpose any more. The
 * error a failed one recorded goes too (a database error quotes the values it was given).
 */
async function purgeMessages(deps: AppDeps, before: Date): Promise<number> {
  const rows = await deps.db
    .update(inboundMessages)
    .set({ text: ANONYMISED, mentions: [], error: null })
    .where(and(lt(inboundMessages.sentAt, before), ne(inboundMessages.status, 'pending'), ne(inboundMessages.text, ANONYMISED)))
    .returning({ id: inboundMessages.id });
  return rows.length;
}

async function purgeChatter(deps: AppDeps, now: Date): Promise<number> {
  const before = new Date(now.getTime() - CHATTER_DAYS * 86_400_000);
  const rows = await deps.db
    .update(inboundMessages)
    .set({ text: ANONYMISED, mentions: [] })
    .where(and(lt(inboundMessages.sentAt, before), inArray(inboundMessages.route, UNUSED_ROUTES), ne(inboundMessages.status, 'pending'), ne(inboundMessages.text, ANONYMISED)))
    .returning({ id: inboundMessages.id });
  return rows.length;
}

/** What the bot sent long ago (reminders and #查 answers quote cases; #台账 files hold the whole ledger). */
async function purgeOutbox(deps: AppDeps, before: Date): Promise<number> {
  const rows = await deps.db
    .update(outbox)
    .set({ text: sql`case when ${outbox.text} is null then null else ${ANONYMISED} end`, fileBase64: null })
    .where(and(lt(outbox.createdAt, before), inArray(outbox.status, [...SETTLED]), or(and(isNotNull(outbox.text), ne(outbox.text, ANONYMISED)), isNotNull(outbox.fileBase64))))
    .returning({ id: outbox.id });
  return rows.length;
}

async function purgeDrafts(deps: AppDeps, now: Date): Promise<number> {
  const rows = await deps.db
    .delete(botState)
    .where(and(like(botState.key, 'reports.pending:%'), lt(botState.updatedAt, new Date(now.getTime() - DRAFT_TTL_MS))))
    .returning({ key: botState.key });
  return rows.length;
}

/**
 * Anonymises personal data past its retention: closed cases last changed before `before` (default:
 * RETENTION_YEARS ago) lose parties, summary and notes; reports, chat messages and sent messages
 * from before then lose their text; chatter not meant for the bot goes after CHATTER_DAYS; expired
 * report drafts are dropped. Codes, categories, statuses, dates and counts stay, so every statistic
 * is unchanged. Safe to run again: what is done is not done twice.
 */
export async function purgePersonalData(deps: AppDeps, options: { before?: Date; now?: Date } = {}): Promise<PurgeSummary> {
  const now = options.now ?? deps.clock.now();
  const before = options.before ?? retentionCutoff(now, deps.config.RETENTION_YEARS, deps.calendar);
  const summary: PurgeSummary = {
    before,
    disputes: await anonymiseExpired(deps, now, before),
    messages: await purgeMessages(deps, before),
    chatter: await purgeChatter(deps, now),
    outbox: await purgeOutbox(deps, before),
    drafts: await purgeDrafts(deps, now),
  };
  const { disputes, messages, chatter, outbox: sent, drafts } = summary;
  deps.log.info({ before: before.toISOString(), disputes, messages, chatter, outbox: sent, drafts }, 'personal data purged');
  return summary;
}

/** '已匿名化 3 件纠纷、120 条聊天消息、80 条已发消息（2023-12-02 之前）…'. */
export function purgeText(s: PurgeSummary, day: string): string {
  return [
    `已匿名化 ${day} 之前的 ${s.disputes} 件已办结纠纷、${s.messages} 条聊天消息、${s.outbox} 条已发消息；`,
    `清除 ${CHATTER_DAYS} 天前与机器人无关的群聊 ${s.chatter} 条、过期周报草稿 ${s.drafts} 份。统计数字不变。`,
  ].join('');
}
