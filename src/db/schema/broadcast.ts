import { boolean, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { Citation } from '../../lawqa/knowledge.js';
import type { SpecialDay, Theme } from '../../broadcast/themes.js';
import { members, rooms } from './roster.js';

export type PostSource = 'seed' | 'chat' | 'llm';
/** to_forward / forwarded: a group posted by hand, its worker asked to forward / confirmed it (broadcast/forward.ts). */
export type PostResult = 'queued' | 'sent' | 'failed' | 'to_forward' | 'forwarded';

/**
 * Legal-awareness posts (普法). Seed posts are imported from src/broadcast/posts/ at start (same
 * code, content refreshed, `enabled` left as the admins set it); admins add more by chat.
 */
export const posts = pgTable('posts', {
  id: serial('id').primaryKey(),
  /** p001 (seed), c001 (added in chat), g001 (drafted by the model). */
  code: text('code').notNull().unique(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  theme: text('theme').$type<Theme>().notNull(),
  cites: jsonb('cites').$type<Citation[]>().notNull().default([]),
  image: text('image'),
  specialDay: text('special_day').$type<SpecialDay>(),
  enabled: boolean('enabled').notNull().default(true),
  source: text('source').$type<PostSource>().notNull(),
  createdBy: integer('created_by').references(() => members.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/**
 * One row per post sent (queued) to one group. `outboxKey` ties it to its outbox row, whose fate
 * is copied into `result`; `batch` groups the rows of one firing or one manual send (an activity).
 * `scheduleId` carries no foreign key: deleting a schedule keeps its history.
 */
export const postLog = pgTable(
  'post_log',
  {
    id: serial('id').primaryKey(),
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id),
    roomId: integer('room_id')
      .notNull()
      .references(() => rooms.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    result: text('result').$type<PostResult>().notNull().default('queued'),
    manual: boolean('manual').notNull().default(false),
    scheduleId: integer('schedule_id'),
    batch: text('batch').notNull(),
    outboxKey: text('outbox_key').notNull(),
  },
  (t) => [uniqueIndex('post_log_outbox_key').on(t.outboxKey), index('post_log_room_at').on(t.roomId, t.at), index('post_log_at').on(t.at)],
);
