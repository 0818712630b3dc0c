import { asc, sql } from 'drizzle-orm';
import pino from 'pino';
import type { AppDeps } from '../../src/app-deps.js';
import { broadcastRoutes } from '../../src/broadcast/index.js';
import type { ChatModel } from '../../src/llm/chat-model.js';
import { virtualClock, type VirtualClock } from '../../src/kernel/clock.js';
import { createLogger } from '../../src/kernel/logger.js';
import { createRouter, type MessageContext, type Route } from '../../src/kernel/router.js';
import { parseConfig } from '../../src/config.js';
import type { Database, Db } from '../../src/db/client.js';
import { disputes, grids, members, outbox, rooms, villages, type Role } from '../../src/db/schema.js';
import type { Category } from '../../src/ledger/case.js';
import type { Member, Room } from '../../src/db/types.js';
import { createOutbox } from '../../src/outbox/enqueue.js';
import { testDb } from '../support/db.js';
import { createCalendar } from '../../src/kernel/calendar.js';

export const START = new Date('2026-11-30T08:00:00+08:00');

export interface Harness {
  database: Database;
  db: Db;
  clock: VirtualClock;
  deps: AppDeps;
  routes: Route[];
  /** How often the routes asked the scheduler to re-read schedules. */
  reloads: { count: number };
  close(): Promise<void>;
}

/** A migrated database, deps as the app builds them and the broadcast routes. One per test file. */
export async function harness(options: { env?: Record<string, string>; chatModel?: ChatModel | null } = {}): Promise<Harness> {
  const database = await testDb();
  const clock = virtualClock(START);
  const config = parseConfig({ DATA_DIR: '/nonexistent', ...options.env });
  const log = createLogger('silent', pino.destination('/dev/null'));
  const deps: AppDeps = { db: database.db, clock, calendar: createCalendar(clock, config.TZ), outbox: createOutbox(database.db, clock, config.SEND_MAX_CHARS), config, log };
  const reloads = { count: 0 };
  const routes = broadcastRoutes(deps, { reloadSchedules: async () => void reloads.count++, chatModel: options.chatModel });
  return { database, db: database.db, clock, deps, routes, reloads, close: () => database.close() };
}

/** Empties every table the tests touch so the next test starts clean. */
export async function reset(h: Harness): Promise<void> {
  await h.db.execute(sql`truncate villages, grids, members, rooms, audit_log, posts, post_log, schedules, fire_claims, outbox, disputes, bot_state restart identity cascade`);
  h.reloads.count = 0;
}

let seq = 0;

export async function addMember(db: Db, name: string, role: Role, gridId: number | null = null): Promise<Member> {
  const [m] = await db
    .insert(members)
    .values({ name, role, gridId, wechatId: `wx-${++seq}` })
    .returning();
  return m!;
}

/** Two villages, three bound grid groups, the admin group, an admin and a worker. */
export async function town(db: Db) {
  const [shangsi, lila] = await db
    .insert(villages)
    .values([{ name: '上司村' }, { name: '里腊村' }])
    .returning();
  const [g1, g3, l1] = await db
    .insert(grids)
    .values([
      { villageId: shangsi!.id, name: '一组' },
      { villageId: shangsi!.id, name: '三组' },
      { villageId: lila!.id, name: '一组' },
    ])
    .returning();
  const [r1, r3, rl, admin] = await db
    .insert(rooms)
    .values([
      { topic: '上司村一组网格群', kind: 'grid', gridId: g1!.id, wechatId: 'room-1' },
      { topic: '上司村三组网格群', kind: 'grid', gridId: g3!.id, wechatId: 'room-3' },
      { topic: '里腊村一组网格群', kind: 'grid', gridId: l1!.id, wechatId: 'room-l1' },
      { topic: '综治中心工作群', kind: 'admin', gridId: null, wechatId: 'room-admin' },
    ])
    .returning();
  return {
    villages: { shangsi: shangsi!, lila: lila! },
    grids: { g1: g1!, g3: g3!, l1: l1! },
    rooms: { shangsi1: r1!, shangsi3: r3!, lila1: rl!, admin: admin! },
    admin: await addMember(db, '王书记', 'admin'),
    worker: await addMember(db, '张网格', 'worker', g3!.id),
  };
}

/** Disputes of one category reported in a village `daysAgo` days before `now`. */
export async function addDisputes(
  db: Db,
  at: { villageId: number; gridId: number; reporterId: number },
  category: Category,
  count: number,
  createdAt: Date,
  voided = false,
): Promise<void> {
  const rows = Array.from({ length: count }, () => ({
    code: `T${++seq}`,
    year: 2026,
    ...at,
    category,
    summary: '测试',
    status: 'pending' as const,
    createdAt,
    updatedAt: createdAt,
    voidedAt: voided ? createdAt : null,
  }));
  await db.insert(disputes).values(rows);
}

export interface Said {
  replies: string[];
  route: string;
}

/** Sends `text` from `sender` through the routes, as the pipeline would, and captures the answers. */
export async function say(h: Harness, sender: Member, text: string, o: { room?: Room | null; now?: Date } = {}): Promise<Said> {
  const out: Said = { replies: [], route: 'ignored' };
  const now = o.now ?? h.clock.now();
  const ctx: MessageContext = {
    message: { id: ++seq, wechatMessageId: `msg-${seq}`, senderName: sender.name, text, mentionSelf: false, mentions: [], mentionIds: [], sentAt: now },
    text,
    sender,
    now,
    room: o.room ?? null,
    roomRef: o.room ? { wechatId: o.room.wechatId ?? '', topic: o.room.topic } : null,
    isPrivate: !o.room,
    reply: async (t) => void out.replies.push(t),
    replyPrivately: async (t) => void out.replies.push(t),
    replyFile: async () => {},
  };
  const route = createRouter(h.routes, { name: 'ignored', match: () => true, handle: async () => {} })(ctx);
  out.route = route.name;
  await route.handle(ctx);
  return out;
}

export const outboxRows = (db: Db) => db.select().from(outbox).orderBy(asc(outbox.id));
