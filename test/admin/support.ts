import { asc, sql } from 'drizzle-orm';
import { virtualClock, type VirtualClock } from '../../src/kernel/clock.js';
import { createLogger } from '../../src/kernel/logger.js';
import { createRouter, type MessageContext, type Route } from '../../src/kernel/router.js';
import { parseConfig } from '../../src/config.js';
import type { AppDeps } from '../../src/app-deps.js';
import type { Db } from '../../src/db/client.js';
import { auditLog, grids, invites, members, rooms, villages, type Role } from '../../src/db/schema.js';
import type { Member, Room } from '../../src/db/types.js';
import { createOutbox } from '../../src/outbox/enqueue.js';
import { adminRoutes } from '../../src/admin/index.js';
import { testDb } from '../support/db.js';
import { createCalendar } from '../../src/kernel/calendar.js';

export const START = new Date('2026-11-23T08:00:00+08:00');

export interface Harness {
  db: Db;
  clock: VirtualClock;
  routes: Route[];
  close(): Promise<void>;
}

/**
 * A migrated database and the admin routes built the way the app builds them. Opening and migrating
 * PGlite takes seconds, so a test file opens one harness and calls `reset` before each test.
 * `moreRoutes` adds another capability's routes (the admin commands of reports: #请假, #周报 设置).
 */
export async function harness(options: { moreRoutes?: (deps: AppDeps) => Route[] } = {}): Promise<Harness> {
  const database = await testDb();
  const clock = virtualClock(START);
  const config = parseConfig({});
  const deps: AppDeps = {
    db: database.db,
    clock,
    calendar: createCalendar(clock, config.TZ),
    outbox: createOutbox(database.db, clock, config.SEND_MAX_CHARS),
    config,
    log: createLogger('silent'),
  };
  return { db: database.db, clock, routes: [...adminRoutes(deps), ...(options.moreRoutes?.(deps) ?? [])], close: () => database.close() };
}

/** Empties the roster tables (and whatever refers to them) so the next test starts clean. */
export async function reset(h: Harness): Promise<void> {
  await h.db.execute(sql`truncate villages, grids, members, rooms, invites, audit_log restart identity cascade`);
}

let seq = 0;

export async function addMember(db: Db, name: string, role: Role, extra: Partial<typeof members.$inferInsert> = {}): Promise<Member> {
  const [m] = await db
    .insert(members)
    .values({ name, role, wechatId: `wx-${name}-${++seq}`, ...extra })
    .returning();
  return m!;
}

export async function addRoom(db: Db, topic: string, kind: 'grid' | 'admin', gridId: number | null = null): Promise<Room> {
  const [r] = await db
    .insert(rooms)
    .values({ topic, kind, gridId, wechatId: `room-${++seq}` })
    .returning();
  return r!;
}

export interface Said {
  replies: string[];
  privateReplies: string[];
  /** Name of the route that took the message ('ignored' when none). */
  route: string;
}

export interface SayOptions {
  /** A group: the bound room, or only a raw reference for an unbound group. */
  room?: Room | null;
  roomRef?: { wechatId: string; topic: string };
  mentions?: string[];
  mentionIds?: string[];
  now?: Date;
}

/** Sends `text` from `sender` through the routes, as the pipeline would, and captures the answers. */
export async function say(h: Harness, sender: Member, text: string, o: SayOptions = {}): Promise<Said> {
  const out: Said = { replies: [], privateReplies: [], route: 'ignored' };
  const roomRef = o.roomRef ?? (o.room ? { wechatId: o.room.wechatId ?? '', topic: o.room.topic } : null);
  const ctx: MessageContext = {
    message: {
      id: ++seq,
      wechatMessageId: `msg-${seq}`,
      senderName: sender.name,
      text,
      mentionSelf: false,
      mentions: o.mentions ?? [],
      mentionIds: o.mentionIds ?? [],
      sentAt: o.now ?? h.clock.now(),
    },
    text,
    sender,
    room: o.room ?? null,
    roomRef,
    isPrivate: roomRef === null,
    now: o.now ?? h.clock.now(),
    reply: async (t) => void out.replies.push(t),
    replyPrivately: async (t) => void out.privateReplies.push(t),
    replyFile: async () => {},
  };
  const fallback: Route = { name: 'ignored', match: () => true, handle: async () => {} };
  const route = createRouter(h.routes, fallback)(ctx);
  out.route = route.name;
  await route.handle(ctx);
  return out;
}

/** Everything the roster commands could change, to prove a refusal changed nothing. */
export async function rosterSnapshot(db: Db) {
  return {
    villages: await db.select().from(villages).orderBy(asc(villages.id)),
    grids: await db.select().from(grids).orderBy(asc(grids.id)),
    members: await db.select().from(members).orderBy(asc(members.id)),
    rooms: await db.select().from(rooms).orderBy(asc(rooms.id)),
    invites: await db.select().from(invites).orderBy(asc(invites.code)),
  };
}

export const auditRows = (db: Db) => db.select().from(auditLog).orderBy(asc(auditLog.id));
