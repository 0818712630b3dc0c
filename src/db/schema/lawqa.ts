import { boolean, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { Citation } from '../../lawqa/knowledge.js';
import { disputes } from './disputes.js';
import { inboundMessages } from './messaging.js';
import { members } from './roster.js';

export type QaMode = 'retrieval' | 'llm' | 'limited';

/**
 * Imported statutes (`gridbot laws import`, or LAWS_DIR at start). `contentHash` tells an unchanged
 * re-import from a new version, and keys the in-process index cache.
 */
export const laws = pgTable('laws', {
  id: serial('id').primaryKey(),
  title: text('title').notNull().unique(),
  /** YYYY-MM-DD when the text states it. */
  effectiveDate: text('effective_date'),
  /** YYYY-MM-DD of the latest revision (通过/修正/修订) the header names; null for laws imported before it was read. */
  revisedDate: text('revised_date'),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
  articleCount: integer('article_count').notNull(),
  contentHash: text('content_hash').notNull(),
});

/** One article of an imported law; replaced as a whole when its law is re-imported. */
export const lawArticles = pgTable(
  'law_articles',
  {
    id: serial('id').primaryKey(),
    lawId: integer('law_id')
      .notNull()
      .references(() => laws.id, { onDelete: 'cascade' }),
    article: integer('article').notNull(),
    /** Y of 第X条之Y, else null. */
    sub: integer('sub'),
    chapter: text('chapter').notNull().default(''),
    text: text('text').notNull(),
  },
  (t) => [index('law_articles_law').on(t.lawId)],
);

/**
 * One row per question answered in chat (and per hourly-limit notice, mode 'limited'). No question
 * text: it may hold personal details and stays only in inbound_messages, which `messageId` points
 * to (read back only when the asker asks for mediation).
 */
export const qaLog = pgTable(
  'qa_log',
  {
    id: serial('id').primaryKey(),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id),
    messageId: integer('message_id').references(() => inboundMessages.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** 家庭婚恋 | 邻里 | 山林土地水事 | 经济 | 其他; null when declined. */
    category: text('category'),
    outOfScope: boolean('out_of_scope').notNull(),
    urgent: boolean('urgent').notNull(),
    ownDispute: boolean('own_dispute').notNull().default(false),
    mode: text('mode').$type<QaMode>().notNull(),
    citations: jsonb('citations').$type<Citation[]>().notNull().default([]),
    /** 有用 / 没用 from the asker; null until they say. */
    helpful: boolean('helpful'),
    /** The dispute created when the asker replied 需要调解. */
    disputeId: integer('dispute_id').references(() => disputes.id),
  },
  (t) => [index('qa_log_member_at').on(t.memberId, t.at), index('qa_log_at').on(t.at), uniqueIndex('qa_log_message').on(t.messageId)],
);
