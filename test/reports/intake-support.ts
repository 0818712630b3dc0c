import { asc, eq, sql } from 'drizzle-orm';
import { ensureGrid } from '../../src/roster/index.js';
import type { AppDeps } from '../../src/app-deps.js';
import { parseConfig } from '../../src/config.js';
import type { ChatModel } from '../../src/llm/chat-model.js';
import { virtualClock, type VirtualClock } from '../../src/kernel/clock.js';
import { createLogger } from '../../src/kernel/logger.js';
import { createRouter, type MessageContext, type Route } from '../../src/kernel/router.js';
import type { Db } from '../../src/db/client.js';
import { members, outbox, rooms, type Role } from '../../src/db/schema.js';
import type { Member, Room } from '../../src/db/types.js';
import { storeInbound } from '../../src/inbound/store.js';
import { createOutbox } from '../../src/outbox/enqueue.js';
import { disputeRoutes } from '../../src/disputes/index.js';
import { reportRoutes } from '../../src/reports/index.js';
import { testDb } from '../support/db.js';
import { createCalendar } from '../../src/kernel/calendar.js';

export type Database = Awaited<ReturnType<typeof testDb>>;

/** One migrated database per test file (creating one is slow); each test empties it first. */
export const openDatabase = (): Promise<Database> => testDb();

async function emptyAll(db: Db): Promise<void> {
  const rows = await db.execute(sql`select tablename from pg_tables where schemaname = current_schema()`);
  const list = (rows as unknown as { rows?: { tablename: string }[] }).rows ?? (rows as unknown as { tablename: string }[]);
  const names = list.map((r) => `"${r.tablename}"`).join(', ');
  if (names) await db.execute(sql.raw(`truncate ${names} restart identity cascade`));
}

/** Wednesday of ISO week 2026-W48 (23–29 November 2026). */
export const START = new Date('2026-11-25T10:00:00+08:00');
export const at = (local: string): Date => new Date(`${local}+08:00`);

export interface People {
  admin: Member;
  chiefShangsi: Member;
  chiefLila: Member;
  w1: Member;
  w2: Member;
  w3: Member;
  wLila: Member;
  resident: Member;
}

export interface Harness {
  db: Db;
  deps: AppDeps;
  clock: VirtualClock;
  routes: Route[];
  people: People;
  grids: Record<'s1' | 's2' | 's3' | 'l1', number>;
  rooms: { admin: Room; s1: Room; s2: Room; s3: Room; l1: Room };
  reloads: number;
}

let seq = 0;

async function member(db: Db, name: string, role: Role, extra: Partial<typeof members.$inferInsert> = {}): Promise<Member> {
  const [m] = await db
    .insert(members)
    .values({ name, role, wechatId: `wx-${name}`, ...extra })
    .returning();
  return m!;
}

async function room(db: Db, topic: string, kind: 'grid' | 'admin', gridId: number | null = null): Promise<Room> {
  const [r] = await db
    .insert(rooms)
    .values({ topic, kind, gridId, wechatId: `room-${topic}` })
    .returning();
  return r!;
}

/**
 * Two villages: 上司村 (一组, 二组, 三组; a village chief without a grid) and 里腊村 (一组, its chief
 * holding that grid). One worker per grid; 王五 (上司村三组) has never been seen on WeChat.
 */
export async function harness(database: Database, chatModel: ChatModel | null = null): Promise<Harness> {
  const db = database.db;
  await emptyAll(db);
  const clock = virtualClock(START);
  const config = parseConfig({});
  const deps: AppDeps = { db, clock, calendar: createCalendar(clock, config.TZ), outbox: createOutbox(db, clock, config.SEND_MAX_CHARS), config, log: createLogger('silent') };
  const g = {
    s1: await ensureGrid(db, '上司村', '一组', START),
    s2: await ensureGrid(db, '上司村', '二组', START),
    s3: await ensureGrid(db, '上司村', '三组', START),
    l1: await ensureGrid(db, '里腊村', '一组', START),
  };
  const grids = { s1: g.s1.grid.id, s2: g.s2.grid.id, s3: g.s3.grid.id, l1: g.l1.grid.id };
  const people: People = {
    admin: await member(db, '综治办', 'admin'),
    chiefShangsi: await member(db, '陈网格长', 'chief', { villageId: g.s1.village.id }),
    chiefLila: await member(db, '蒙网格长', 'chief', { gridId: grids.l1, villageId: g.l1.village.id }),
    w1: await member(db, '张三丰', 'worker', { gridId: grids.s1, villageId: g.s1.village.id }),
    w2: await member(db, '李小红', 'worker', { gridId: grids.s2, villageId: g.s2.village.id }),
    w3: await member(db, '王五', 'worker', { gridId: grids.s3, villageId: g.s3.village.id, wechatId: null }),
    wLila: await member(db, '吴六', 'worker', { gridId: grids.l1, villageId: g.l1.village.id }),
    resident: await member(db, '赵大爷', 'resident'),
  };
  const roomsMade = {
    admin: await room(db, '综治中心', 'admin'),
    s1: await room(db, '上司村一组群', 'grid', grids.s1),
    s2: await room(db, '上司村二组群', 'grid', grids.s2),
    s3: await room(db, '上司村三组群', 'grid', grids.s3),
    l1: await room(db, '里腊村一组群', 'grid', grids.l1),
  };
  const h: Harness = {
    db,
    deps,
    clock,
    people,
    grids,
    rooms: roomsMade,
    reloads: 0,
    routes: [],
  };
  // As the app orders them: the report routes, then the ledger's commands (#纠纷 among them).
  h.routes = [...reportRoutes(deps, { onSettingsChanged: async () => void h.reloads++, chatModel }), ...disputeRoutes(deps)];
  return h;
}

export interface Said {
  route: string;
  replies: string[];
  privateReplies: string[];
  /** Everything the sender or the conversation got, for privacy checks. */
  all: string[];
  messageId: number;
}

export interface SayOptions {
  room?: Room;
  mentions?: string[];
  mentionIds?: string[];
  messageId?: number;
}

/** Stores the message as the pipeline would (reports keep its id), routes it, captures the answers. */
export async function say(h: Harness, sender: Member, text: string, o: SayOptions = {}): Promise<Said> {
  const now = h.clock.now();
  const id =
    o.messageId ??
    (await storeInbound(
      h.db,
      {
        wechatMessageId: `msg-${++seq}`,
        roomWechatId: o.room?.wechatId ?? null,
        roomTopic: o.room?.topic ?? null,
        senderWechatId: sender.wechatId ?? `unknown-${sender.id}`,
        senderName: sender.name,
        senderAlias: null,
        text,
        mentionSelf: false,
        mentions: o.mentions ?? [],
        mentionIds: o.mentionIds ?? [],
        sentAt: now,
      },
      now,
    ))!.id;
  const [fresh] = await h.db.select().from(members).where(eq(members.id, sender.id));
  const out: Said = { route: 'none', replies: [], privateReplies: [], all: [], messageId: id };
  const ctx: MessageContext = {
    message: { id, wechatMessageId: `msg-${id}`, senderName: sender.name, text, mentionSelf: false, mentions: o.mentions ?? [], mentionIds: o.mentionIds ?? [], sentAt: now },
    text: text.trim(),
    sender: fresh!,
    room: o.room ?? null,
    roomRef: o.room ? { wechatId: o.room.wechatId ?? '', topic: o.room.topic } : null,
    isPrivate: !o.room,
    now,
    reply: async (t) => void (out.replies.push(t), out.all.push(t)),
    replyPrivately: async (t) => void (out.privateReplies.push(t), out.all.push(t)),
    replyFile: async () => {},
  };
  const route = createRouter(h.routes, { name: 'none', match: () => true, handle: async () => {} })(ctx);
  out.route = route.name;
  await route.handle(ctx);
  return out;
}

export const outboxRows = (db: Db) => db.select().from(outbox).orderBy(asc(outbox.id));
