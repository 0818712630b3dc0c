import { bigint, boolean, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/** 'throttled': stored but not handled, its sender exceeded FLOOD_PER_MINUTE (inbound/flood.ts). */
export type InboundStatus = 'pending' | 'handled' | 'failed' | 'ignored' | 'throttled';

/** Every message is stored before it is handled; the WeChat message id makes redelivery harmless. */
export const inboundMessages = pgTable(
  'inbound_messages',
  {
    id: serial('id').primaryKey(),
    wechatMessageId: text('wechat_message_id').notNull().unique(),
    channel: text('channel').$type<'wechat' | 'wecom'>().notNull().default('wechat'),
    roomWechatId: text('room_wechat_id'),
    roomTopic: text('room_topic'),
    senderWechatId: text('sender_wechat_id').notNull(),
    senderName: text('sender_name').notNull(),
    text: text('text').notNull(),
    mentionSelf: boolean('mention_self').notNull().default(false),
    mentions: jsonb('mentions').$type<string[]>().notNull().default([]),
    mentionIds: jsonb('mention_ids').$type<string[]>().notNull().default([]),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    storedAt: timestamp('stored_at', { withTimezone: true }).notNull(),
    status: text('status').$type<InboundStatus>().notNull().default('pending'),
    route: text('route'),
    error: text('error'),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    /** Which bot instance claimed it; a claim older than the lease may be taken over. */
    claimedBy: text('claimed_by'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
  },
  // inbound_sender_time: the flood check counts one sender's messages of the last minute.
  (t) => [index('inbound_status').on(t.status), index('inbound_sender_time').on(t.senderWechatId, t.storedAt)],
);

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'uncertain' | 'cancelled';
/** Lower sends first: alerts, then direct replies, then routine posts. */
export const PRIORITY = { alert: 0, reply: 1, routine: 2 } as const;

/**
 * What the code that queued an outbox row needs to read back when the row fails or is split (the
 * key only keeps rows unique): who queued it, and for whom or which week.
 */
export interface OutboxMeta {
  /** The part of the code that queued the row and may act on its fate ('outbox', 'weekly-cycle'…). */
  owner?: string;
  /** The ISO week a weekly message is about ('2026-W49'). */
  week?: string;
  /** The member it is for (the one @-mentioned, in a group). */
  member?: number;
  room?: number;
  /** The key of the whole message a part belongs to, when a long text was split. */
  message?: string;
  /** A button under the text where the channel has buttons (WeCom); tapping it types its text. */
  button?: { text: string };
}

export const outbox = pgTable(
  'outbox',
  {
    id: serial('id').primaryKey(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    purpose: text('purpose').notNull(),
    priority: integer('priority').notNull(),
    targetKind: text('target_kind').$type<'room' | 'member'>().notNull(),
    targetId: integer('target_id').notNull(),
    kind: text('kind').$type<'text' | 'file'>().notNull().default('text'),
    text: text('text'),
    fileName: text('file_name'),
    fileBase64: text('file_base64'),
    /** Members to @-mention in a room message. */
    mentionIds: jsonb('mention_ids').$type<number[]>().notNull().default([]),
    status: text('status').$type<OutboxStatus>().notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    notBefore: timestamp('not_before', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sendingAt: timestamp('sending_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    error: text('error'),
    /** The channel it went out on (null until sent). */
    channel: text('channel').$type<'wechat' | 'wecom'>(),
    /** Monotonic order inside one logical message split into parts. */
    seq: bigint('seq', { mode: 'number' }).notNull().default(0),
    meta: jsonb('meta').$type<OutboxMeta>().notNull().default({}),
  },
  (t) => [index('outbox_ready').on(t.status, t.priority, t.notBefore)],
);

/** Small shared state between instances (sender pause, last login, daily counters). */
export const botState = pgTable('bot_state', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
