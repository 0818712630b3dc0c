import { sql } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { createHarness, type Harness } from '../../src/tools/replay/harness.js';
import type { SeedPerson, SeedRoom } from '../../src/tools/replay/seed.js';
import { queryRows } from '../../src/db/raw.js';
import type { Role } from '../../src/db/schema.js';
import type { SentRecord } from '../../src/chat/mock/mock-world.js';
import { testDb } from '../support/db.js';

/** Week 48 (Wednesday): the fixture's disputes are reported in the week before the tests run. */
export const SETUP_AT = new Date('2026-11-25T10:00:00+08:00');
/** Week 49 (Wednesday): when the commands under test are sent. */
export const NOW = new Date('2026-12-02T10:00:00+08:00');

// Pacing is simulated on the virtual clock; without it a few hundred replies stay within one morning.
export const FAST_SENDS = { SEND_INTERVAL_MS: '0', SEND_ROOM_INTERVAL_MS: '0', SEND_JITTER_MS: '0' };

/** Everyone a command can come from. The last three are unknown to this township's roster. */
export const WHO = ['admin', 'chief', 'worker', 'household_head', 'mediator', 'resident', 'stranger', 'otherGridWorker', 'otherTownship'] as const;
export type Who = (typeof WHO)[number];

export const PEOPLE: Record<Who, { name: string; role: Role }> = {
  admin: { name: '王书记', role: 'admin' },
  chief: { name: '李组长', role: 'chief' },
  worker: { name: '张网格', role: 'worker' },
  household_head: { name: '刘联户', role: 'household_head' },
  mediator: { name: '赵调解员', role: 'mediator' },
  resident: { name: '李大姐', role: 'resident' },
  // A WeChat contact the bot has never seen: the pipeline makes them a resident with no grid.
  stranger: { name: '陌生人', role: 'resident' },
  otherGridWorker: { name: '王网格', role: 'worker' },
  // An admin of another township's bot (its own database): here nobody knows them.
  otherTownship: { name: '石书记', role: 'resident' },
};

export const GRID_A = '上司村三组';
export const ROOMS = { grid: '上司村三组网格群', gridB: '上司村四组网格群', admin: '综治中心工作群', unbound: '新建群', unbound2: '待定群' } as const;

const SEEDED: SeedPerson[] = [
  { name: PEOPLE.admin.name, role: 'admin' },
  { name: PEOPLE.chief.name, role: 'chief', grid: GRID_A },
  { name: PEOPLE.worker.name, role: 'worker', grid: GRID_A },
  { name: PEOPLE.otherGridWorker.name, role: 'worker', grid: '上司村四组' },
  { name: PEOPLE.household_head.name, role: 'household_head', grid: GRID_A },
  { name: PEOPLE.mediator.name, role: 'mediator' },
  { name: PEOPLE.resident.name, role: 'resident', grid: GRID_A },
];

// Everyone is in every group, so that each command can be tried from everyone, everywhere.
const EVERYONE = WHO.map((w) => PEOPLE[w].name);
const SEEDED_ROOMS: SeedRoom[] = [
  { topic: ROOMS.grid, grid: GRID_A, members: EVERYONE },
  { topic: ROOMS.gridB, grid: '上司村四组', members: EVERYONE },
  { topic: ROOMS.admin, admin: true, members: EVERYONE },
  { topic: ROOMS.unbound, members: EVERYONE },
  { topic: ROOMS.unbound2, members: EVERYONE },
];

export const REPORT = [
  '【周报】',
  `网格:${GRID_A}`,
  '排查户数:72',
  '纠纷:2件',
  '1. 类型:邻里;当事人:张某某、李某某;事由:排水沟堵塞引发争吵;状态:待化解',
  '2. 类型:经济;当事人:王某、赵某;事由:借款两万元未还;状态:化解中',
].join('\n');

/**
 * The real app on the mock puppet: on PostgreSQL when DATABASE_URL is set (a fresh database),
 * else on in-memory PGlite. `close` also drops the server database.
 */
export async function openHarness(start: Date): Promise<{ h: Harness; close(): Promise<void> }> {
  const server = process.env.DATABASE_URL ? await testDb() : undefined;
  const h = await createHarness({ start, env: FAST_SENDS, database: server });
  return {
    h,
    async close() {
      await h.close();
      await server?.close();
    },
  };
}

export interface Town {
  h: Harness;
  /** SS-2026-0001 (open, assigned to the mediator) and SS-2026-0002 (resolved by the mediator). */
  openCode: string;
  resolvedCode: string;
  scheduleId: number;
  postCode: string;
  /** This login's WeChat contact ids (names may be taken by a namesake later). */
  contact: Record<Who, string>;
  close(): Promise<void>;
}

const match = (sent: SentRecord[], re: RegExp): string => {
  for (const s of sent) {
    const m = re.exec(s.text ?? '');
    if (m) return m[1]!;
  }
  throw new Error(`fixture: no reply matched ${re}: ${JSON.stringify(sent.map((s) => s.text))}`);
};

/**
 * A town built the way a real one is: a worker's weekly report puts two disputes in the ledger, the
 * admin hands both to the mediator, who resolves one; the admin sets a post schedule and adds a
 * post. Then a week passes (reminders, digest, the first post) and two unknown contacts say hello.
 */
export async function buildTown(): Promise<Town> {
  const { h, close } = await openHarness(SETUP_AT);
  await h.seed(SEEDED, SEEDED_ROOMS);
  const { admin, worker, mediator } = PEOPLE;
  const report = await h.say(worker.name, REPORT);
  const openCode = match(report, /1\. (SS-\d{4}-\d{4})/);
  const resolvedCode = match(report, /2\. (SS-\d{4}-\d{4})/);
  for (const code of [openCode, resolvedCode]) {
    match(await h.say(admin.name, `#交办 ${code} @${mediator.name} 3天`, { room: ROOMS.admin }), /(已交办给)/);
  }
  match(await h.say(mediator.name, `#进展 ${resolvedCode} 已化解 方式:人民调解`), /(已更新)/);
  const scheduleId = Number(match(await h.say(admin.name, '#定时 普法 每周三 20:00 全部网格群'), /编号 (\d+)/));
  const postCode = match(await h.say(admin.name, '#普法 添加 借钱要写借条|借钱给亲戚朋友，也要写张借条，写清金额、还款日期，双方签字按手印。|经济'), /已添加 ([a-z]\d+)/);
  await h.advanceTo(NOW);
  await h.say(PEOPLE.stranger.name, '你好');
  await h.say(PEOPLE.otherTownship.name, '你好');
  const contact = Object.fromEntries(WHO.map((w) => [w, h.world.contactId(PEOPLE[w].name)])) as Record<Who, string>;
  return { h, openCode, resolvedCode, scheduleId, postCode, contact, close };
}

/** The tables a chat command can change, each reduced to one digest (sender and scheduler state left out). */
const DIGESTED: Record<string, string> = {
  villages: 'id',
  grids: 'id',
  members: 'id',
  rooms: 'id',
  invites: 'code',
  reports: 'id',
  disputes: 'id',
  dispute_events: 'id',
  followups: 'id',
  schedules: 'id',
  posts: 'id',
  post_log: 'id',
};

export type Digest = Record<string, string>;

/** One query: an md5 of every row of every table that matters, in a stable order. */
export async function digest(h: Harness): Promise<Digest> {
  const parts = Object.entries(DIGESTED).map(([t, order]) => `(select md5(coalesce(string_agg(x::text, '|' order by x.${order}), '')) from ${t} x) as ${t}`);
  parts.push(`(select md5(coalesce(string_agg(x::text, '|' order by x.key), '')) from bot_state x
    where x.key not like 'sender.%' and x.key not like 'scheduler.%') as bot_state`);
  const [row] = await queryRows<Digest>(h.database.db, sql.raw(`select ${parts.join(', ')}`));
  return row!;
}

/** Names of the tables whose digest differs. */
export const changed = (before: Digest, after: Digest): string[] => Object.keys(before).filter((k) => before[k] !== after[k]);

export async function memberId(h: Harness, name: string): Promise<number> {
  const rows = await queryRows<{ id: number }>(h.database.db, sql`select id from members where name = ${name} and active order by id`);
  if (rows.length !== 1) throw new Error(`fixture: ${rows.length} members named ${name}`);
  return rows[0]!.id;
}

/** One town for the whole file (building it takes a while), closed at the end; `use` receives it. */
export function withTown(use: (town: Town) => void): void {
  let town: Town | undefined;
  beforeAll(async () => {
    town = await buildTown();
    use(town);
  }, 120_000);
  afterAll(async () => {
    await town?.close();
  });
}
