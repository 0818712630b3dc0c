import { boolean, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { inboundMessages } from './messaging.js';
import { grids, members, villages } from './roster.js';

import type { CaseAction, Category, Risk, Satisfaction, Status } from '../../ledger/case.js';

/**
 * One weekly report per grid and ISO week; a corrected resend is a new revision and the earlier one
 * is marked superseded (kept for history, left out of statistics).
 */
export const reports = pgTable(
  'reports',
  {
    id: serial('id').primaryKey(),
    gridId: integer('grid_id')
      .notNull()
      .references(() => grids.id),
    isoWeek: text('iso_week').notNull(),
    revision: integer('revision').notNull().default(1),
    reporterId: integer('reporter_id')
      .notNull()
      .references(() => members.id),
    inboundMessageId: integer('inbound_message_id').references(() => inboundMessages.id),
    households: integer('households').notNull(),
    nil: boolean('nil').notNull().default(false),
    rawText: text('raw_text').notNull(),
    superseded: boolean('superseded').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('reports_grid_week_revision').on(t.gridId, t.isoWeek, t.revision),
    index('reports_week').on(t.isoWeek),
    // One report per chat message: a message handled again after a crash cannot store a second one.
    uniqueIndex('reports_inbound_message').on(t.inboundMessageId),
  ],
);

/** The per-year code sequence: one row per year, bumped inside the transaction that creates disputes. */
export const disputeCounters = pgTable('dispute_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

/** The ledger (台账): one row per dispute, its current state; the story is in dispute_events. */
export const disputes = pgTable(
  'disputes',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    year: integer('year').notNull(),
    villageId: integer('village_id')
      .notNull()
      .references(() => villages.id),
    gridId: integer('grid_id')
      .notNull()
      .references(() => grids.id),
    reporterId: integer('reporter_id')
      .notNull()
      .references(() => members.id),
    reportId: integer('report_id').references(() => reports.id),
    /** 1-based place in its report, so a corrected resend updates the same code. */
    reportPosition: integer('report_position'),
    category: text('category').$type<Category>().notNull(),
    parties: jsonb('parties').$type<string[]>().notNull().default([]),
    summary: text('summary').notNull(),
    status: text('status').$type<Status>().notNull(),
    risks: jsonb('risks').$type<Risk[]>().notNull().default([]),
    method: text('method'),
    assigneeId: integer('assignee_id').references(() => members.id),
    /** A department (司法所, 派出所) when the case is assigned to no member. */
    assigneeText: text('assignee_text'),
    assignedById: integer('assigned_by_id').references(() => members.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    deadline: timestamp('deadline', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    /** When the responsible worker was last reminded to visit after this resolution. */
    followupRemindedAt: timestamp('followup_reminded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    /** Withdrawn by a corrected report that no longer lists it; kept for history only. */
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    /**
     * The chat message that registered the case outside a weekly report (`#纠纷`, 需要调解). Unique,
     * and written in the same transaction as the case, so a message handled again after a crash
     * finds its case instead of registering a second one.
     */
    sourceMessageId: integer('source_message_id').references(() => inboundMessages.id),
  },
  (t) => [
    uniqueIndex('disputes_source_message').on(t.sourceMessageId),
    index('disputes_grid').on(t.gridId),
    index('disputes_created').on(t.createdAt),
    index('disputes_status').on(t.status),
    index('disputes_assignee').on(t.assigneeId),
    index('disputes_report').on(t.reportId),
  ],
);

/** Every change to a dispute: who, when, what, from, to. */
export const disputeEvents = pgTable(
  'dispute_events',
  {
    id: serial('id').primaryKey(),
    disputeId: integer('dispute_id')
      .notNull()
      .references(() => disputes.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: integer('actor_id').references(() => members.id),
    action: text('action').$type<CaseAction>().notNull(),
    from: text('from'),
    to: text('to'),
    note: text('note'),
    /**
     * The chat message that made this change (`#交办`, the assignment of a 需要调解). Unique and
     * written in the change's transaction: a message handled again after a crash finds its change.
     */
    sourceMessageId: integer('source_message_id').references(() => inboundMessages.id),
  },
  (t) => [index('dispute_events_dispute').on(t.disputeId), uniqueIndex('dispute_events_source_message').on(t.sourceMessageId)],
);

/** Follow-up visits (回访) after a dispute is resolved. */
export const followups = pgTable(
  'followups',
  {
    id: serial('id').primaryKey(),
    disputeId: integer('dispute_id')
      .notNull()
      .references(() => disputes.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: integer('actor_id').references(() => members.id),
    satisfaction: text('satisfaction').$type<Satisfaction>().notNull(),
    note: text('note'),
  },
  (t) => [index('followups_dispute').on(t.disputeId)],
);
