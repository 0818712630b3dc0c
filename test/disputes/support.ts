import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import type { AppDeps } from '../../src/app-deps.js';
import { virtualClock, type VirtualClock } from '../../src/kernel/clock.js';
import { createLogger } from '../../src/kernel/logger.js';
import type { MessageContext, Route } from '../../src/kernel/router.js';
import type { OutgoingFile } from '../../src/chat/port.js';
import { parseConfig } from '../../src/config.js';
import type { Db } from '../../src/db/client.js';
import { grids, members, outbox, rooms, villages, type Role } from '../../src/db/schema.js';
import type { Member, Room } from '../../src/db/types.js';
import { disputeRoutes } from '../../src/disputes/index.js';
import { summaryRoutes } from '../../src/summary/index.js';
import { recordReport, type RecordedReport, type RecordReportInput } from '../../src/reports/repo.js';
import { announceRisks, recordDisputes, type Dispute } from '../../src/ledger/index.js';
import { storeInbound } from '../../src/inbound/store.js';
import { createOutbox } from '../../src/outbox/enqueue.js';
import { testDb } from '../support/db.js';
import { createCalendar } from '../../src/kernel/calendar.js';

/** 2026-12-02 周三 10:00 in Shanghai. */
export const NOW = new Date('2026-12-02T10:00:00+08:00');

export interface Harness {
  db: Db;
  deps: AppDeps;
  clock: VirtualClock;
  routes: Route[];
  /** Every log line written, as JSON text. */
  logs: string[];
  close(): Promise<void>;
}

/** A migrated database and the ledger built as the app builds it; one per test file, reset per test. */
export async function harness(env: Record<string, string> = {}): Promise<Harness> {
  const database = await testDb();
  const clock = virtualClock(NOW);
  const config = parseConfig(env);
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const deps: AppDeps = {
    db: database.db,
    clock,
    calendar: createCalendar(clock, config.TZ),
    outbox: createOutbox(database.db, clock, config.SEND_MAX_CHARS),
    config,
    log: createLogger('info', sink),
  };
  return { db: database.db, deps, clock, routes: [...disputeRoutes(deps), ...summaryRoutes(deps)], logs, close: () => database.close() };
}

export async function reset(h: Harness): Promise<void> {
  await h.db.execute(sql`truncate villages, grids, members, rooms, outbox, reports, disputes, dispute_events, followups, dispute_counters restart identity cascade`);
  h.logs.length = 0;
}

let seq = 0;

export async function addMember(db: Db, name: string, role: Role, extra: Partial<typeof members.$inferInsert> = {}): Promise<Member> {
  const [m] = await db
    .insert(members)
    .values({ name, role, wechatId: `wx-${++seq}`, ...extra })
    .returning();
  return m!;
}

/** The township in miniature: two villages, three grids, one of each role, an admin group and a grid group. */
export async function town(db: Db) {
  const [shangsi, xinchang] = await db
    .insert(villages)
    .values([{ name: '上司村' }, { name: '新场村' }])
    .returning();
  // Set up a month before NOW (the virtual clock), so every week of the tests was asked for.
  const since = new Date('2026-11-01T00:00:00+08:00');
  const [g3, g4, x1] = await db
    .insert(grids)
    .values([
      { villageId: shangsi!.id, name: '三组', createdAt: since },
      { villageId: shangsi!.id, name: '四组', createdAt: since },
      { villageId: xinchang!.id, name: '一组', createdAt: since },
    ])
    .returning();
  const admin = await addMember(db, '综治干部', 'admin');
  const chief = await addMember(db, '李网格长', 'chief', { villageId: shangsi!.id });
  const worker = await addMember(db, '张网格员', 'worker', { gridId: g3!.id, villageId: shangsi!.id });
  const neighbourWorker = await addMember(db, '王网格员', 'worker', { gridId: g4!.id, villageId: shangsi!.id });
  const otherVillageWorker = await addMember(db, '陈网格员', 'worker', { gridId: x1!.id, villageId: xinchang!.id });
  const otherChief = await addMember(db, '吴网格长', 'chief', { villageId: xinchang!.id });
  const mediator = await addMember(db, '赵调解员', 'mediator');
  const resident = await addMember(db, '村民甲', 'resident', { gridId: g3!.id });
  const [adminRoom] = await db.insert(rooms).values({ topic: '综治中心', kind: 'admin', wechatId: 'room-admin' }).returning();
  const [gridRoom] = await db.insert(rooms).values({ topic: '上司村三组群', kind: 'grid', gridId: g3!.id, wechatId: 'room-g3' }).returning();
  return {
    villages: { shangsi: shangsi!, xinchang: xinchang! },
    grids: { g3: g3!, g4: g4!, x1: x1! },
    admin,
    chief,
    worker,
    neighbourWorker,
    otherVillageWorker,
    otherChief,
    mediator,
    resident,
    adminRoom: adminRoom!,
    gridRoom: gridRoom!,
  };
}
export type Town = Awaited<ReturnType<typeof town>>;

export interface Said {
  /** Answers in the conversation the message came from (in a group: the group). */
  replies: string[];
  privateReplies: string[];
  files: OutgoingFile[];
  route: string;
}

export interface SayOptions {
  room?: Room | null;
  mentions?: string[];
  mentionIds?: string[];
  now?: Date;
  /** Handles this stored message again (as the pipeline does after a crash) instead of storing a new one. */
  messageId?: number;
}

/** What `say` did with the message: its stored id, for handling it again. */
export interface SaidOnce extends Said {
  messageId: number;
}

/** Sends `text` from `sender` through the ledger's routes, capturing every answer. */
export async function say(h: Harness, sender: Member, text: string, o: SayOptions = {}): Promise<SaidOnce> {
  const out: SaidOnce = { replies: [], privateReplies: [], files: [], route: 'ignored', messageId: 0 };
  const roomRef = o.room ? { wechatId: o.room.wechatId ?? '', topic: o.room.topic } : null;
  const now = o.now ?? h.clock.now();
  // Stored first, as the pipeline does: writes that start from a message carry its id.
  const stored =
    o.messageId !== undefined
      ? { id: o.messageId }
      : await storeInbound(
          h.db,
          {
            wechatMessageId: `msg-${++seq}`,
            roomWechatId: roomRef?.wechatId ?? null,
            roomTopic: roomRef?.topic ?? null,
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
        );
  const id = stored!.id;
  out.messageId = id;
  const ctx: MessageContext = {
    message: { id, wechatMessageId: `msg-${id}`, senderName: sender.name, text, mentionSelf: false, mentions: o.mentions ?? [], mentionIds: o.mentionIds ?? [], sentAt: now },
    text,
    sender,
    room: o.room ?? null,
    roomRef,
    isPrivate: roomRef === null,
    now,
    reply: async (t) => void out.replies.push(t),
    replyPrivately: async (t) => void out.privateReplies.push(t),
    replyFile: async (f) => void out.files.push(f),
  };
  const route = h.routes.find((r) => r.match(ctx));
  if (!route) return out;
  out.route = route.name;
  await route.handle(ctx);
  return out;
}

/** Everything a private conversation with the sender shows: in private, replies are private too. */
export const privately = (s: Said): string => [...s.privateReplies, ...s.replies].join('\n');

export async function outboxRows(db: Db) {
  return db.select().from(outbox).orderBy(asc(outbox.id));
}

export async function reload(db: Db, id: number): Promise<Member> {
  const [m] = await db.select().from(members).where(eq(members.id, id));
  return m!;
}

/** A dispute draft as the report parser produces one. */
export const draft = (
  over: Partial<{
    category: 'family' | 'neighbor' | 'land' | 'economic' | 'other';
    parties: string[];
    summary: string;
    status: 'pending' | 'in_progress' | 'resolved' | 'escalated';
    risks: ('homicide' | 'mass_incident' | 'petition' | 'other')[];
    method: string | null;
  }> = {},
) => ({
  category: 'neighbor' as const,
  parties: ['张某某', '李某某'],
  summary: '排水沟堵塞引发争吵',
  status: 'pending' as const,
  risks: [],
  method: null,
  ...over,
});

/** recordReport for a report not stored before (the test fails if it was). */
export async function recordNew(h: Harness, input: RecordReportInput): Promise<RecordedReport> {
  const recorded = await recordReport(h.deps, input);
  if (!recorded) throw new Error("recordReport: this message's report was stored already");
  // As the report use case does: the centre hears of flagged cases once they are stored.
  await announceRisks(h.deps, recorded.disputes);
  return recorded;
}

/**
 * The usual file set-up: one harness for the file and, before each test, a fresh town. `use`
 * receives them (and may record more) before each test runs.
 */
export function withTown(use: (s: { h: Harness; t: Town }) => unknown): void {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(async () => {
    await reset(h);
    await use({ h, t: await town(h.db) });
  });
}

/** As `withTown`, with `count` cases recorded in 上司村三组 by its worker; `d` is the one at `pick`. */
export function withCases(use: (s: { h: Harness; t: Town; d: Dispute }) => void, count = 1, pick = 0): void {
  withTown(async ({ h, t }) => {
    const all = await recordDisputes(h.deps, { reporter: t.worker, gridId: t.grids.g3.id, reportId: null, drafts: Array.from({ length: count }, () => draft()), at: NOW });
    use({ h, t, d: all[pick]! });
  });
}
