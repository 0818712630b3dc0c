import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

import { ROLES, type Role } from '../../kernel/person.js';

export { ROLES, type Role };

export const villages = pgTable('villages', {
  id: serial('id').primaryKey(),
  name: text('name').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const grids = pgTable(
  'grids',
  {
    id: serial('id').primaryKey(),
    villageId: integer('village_id')
      .notNull()
      .references(() => villages.id),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('grids_village_name').on(t.villageId, t.name)],
);

/**
 * People known to the bot. WeChat contact ids change at every login of the free puppets, so
 * `wechatId` is only a cache; `alias` is the remark the bot sets on its friends to find them again.
 */
export const members = pgTable(
  'members',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    role: text('role').$type<Role>().notNull().default('resident'),
    gridId: integer('grid_id').references(() => grids.id),
    villageId: integer('village_id').references(() => villages.id),
    phone: text('phone'),
    alias: text('alias'),
    wechatId: text('wechat_id'),
    /** The member's WeCom account (userid): stable, from the roster or the first message. */
    wecomUserid: text('wecom_userid'),
    /** When the member last wrote to the WeCom bot: WeCom pushes only to those who wrote once. */
    wecomSeenAt: timestamp('wecom_seen_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    onLeaveUntil: timestamp('on_leave_until', { withTimezone: true }),
    /** When the current leave was recorded: statistics of earlier weeks do not count it. */
    onLeaveFrom: timestamp('on_leave_from', { withTimezone: true }),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('members_wechat_id').on(t.wechatId),
    index('members_grid').on(t.gridId),
    uniqueIndex('members_alias').on(t.alias),
    uniqueIndex('members_wecom_userid').on(t.wecomUserid),
  ],
);

/**
 * A WeChat group bound to a grid, or the admin group (综治中心), at most one (rooms_one_admin):
 * binding another moves the role and leaves the former one `unbound` (known, bound to nothing).
 * Re-resolved by topic after login.
 */
export const rooms = pgTable(
  'rooms',
  {
    id: serial('id').primaryKey(),
    topic: text('topic').notNull(),
    kind: text('kind').$type<'grid' | 'admin' | 'unbound'>().notNull(),
    gridId: integer('grid_id').references(() => grids.id),
    /** A WeChat group's id this login, or `wecom:<chatid>` (stable) for a WeCom group. */
    wechatId: text('wechat_id'),
    channel: text('channel').$type<'wechat' | 'wecom'>().notNull().default('wechat'),
    /** Posted by hand: the grid's worker forwards what the bot would post (no bot in the group). */
    manual: boolean('manual').notNull().default(false),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('rooms_topic').on(t.topic), index('rooms_wechat_id').on(t.wechatId), uniqueIndex('rooms_one_admin').on(t.kind).where(sql`${t.kind} = 'admin'`)],
);

/** One-time codes that bind an admin to a WeChat account without trusting display names. */
export const invites = pgTable('invites', {
  code: text('code').primaryKey(),
  role: text('role').$type<Role>().notNull().default('admin'),
  createdBy: integer('created_by').references(() => members.id),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  usedBy: integer('used_by').references(() => members.id),
});

/** Every admin command: who, when, what, result. */
export const auditLog = pgTable('audit_log', {
  id: serial('id').primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  actorId: integer('actor_id').references(() => members.id),
  actorName: text('actor_name').notNull(),
  command: text('command').notNull(),
  ok: boolean('ok').notNull(),
  result: text('result').notNull(),
});
