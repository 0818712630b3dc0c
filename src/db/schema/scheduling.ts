import { boolean, integer, jsonb, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { members } from './roster.js';

/** Schedules set by admins in chat (posts, reminders). The weekly cycle's jobs are keyed by name. */
export const schedules = pgTable('schedules', {
  id: serial('id').primaryKey(),
  kind: text('kind').$type<'post' | 'reminder'>().notNull(),
  rule: jsonb('rule').notNull(),
  ruleText: text('rule_text').notNull(),
  target: jsonb('target').notNull(),
  message: text('message'),
  active: boolean('active').notNull().default(true),
  createdBy: integer('created_by').references(() => members.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  /** Firings before this are not owed (set when a paused schedule is resumed); null: since createdAt. */
  activeSince: timestamp('active_since', { withTimezone: true }),
});

/**
 * One row per (job, fire time): inserting it is the claim, so a firing runs once across restarts
 * and across instances sharing the database.
 */
export const fireClaims = pgTable(
  'fire_claims',
  {
    jobKey: text('job_key').notNull(),
    fireAt: timestamp('fire_at', { withTimezone: true }).notNull(),
    status: text('status').$type<'running' | 'done' | 'missed' | 'failed'>().notNull(),
    claimedBy: text('claimed_by').notNull(),
    claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull(),
    error: text('error'),
  },
  (t) => [primaryKey({ columns: [t.jobKey, t.fireAt] })],
);
