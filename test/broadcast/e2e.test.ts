import { asc, eq, inArray, like } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { disputes, fireClaims, members, outbox, postLog, posts, villages } from '../../src/db/schema.js';
import { createHarness, type Harness } from '../../src/tools/replay/harness.js';
import type { SentRecord } from '../../src/chat/mock/mock-world.js';
import { testDb } from '../support/db.js';

const at = (s: string) => new Date(`${s}+08:00`);
const GRID_GROUPS = ['上司村一组网格群', '上司村三组网格群', '里腊村一组网格群'];
const ADMIN_GROUP = '综治中心工作群';
const PEOPLE = [
  { name: '王书记', role: 'admin' as const },
  { name: '张网格', role: 'worker' as const, grid: '上司村三组' },
  { name: '李网格', role: 'worker' as const, grid: '里腊村一组' },
];
const ROOMS = [
  { topic: '上司村一组网格群', grid: '上司村一组', members: ['张网格'] },
  { topic: '上司村三组网格群', grid: '上司村三组', members: ['张网格'] },
  { topic: '里腊村一组网格群', grid: '里腊村一组', members: ['李网格'] },
  { topic: ADMIN_GROUP, admin: true, members: ['王书记'] },
  { topic: '村民闲聊群', members: ['张网格'] },
];

const open: Harness[] = [];
const dbs: Database[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
  for (const d of dbs.splice(0)) await d.close();
});

async function start(startAt: string, database?: Database): Promise<Harness> {
  const h = await createHarness({ start: at(startAt), database });
  open.push(h);
  return h;
}

/**
 * A later bot process on a database already seeded: the same groups exist in its WeChat, under new
 * ids (its first login, before the groups were added, also tells the admins what it could not find).
 */
async function rejoin(h: Harness): Promise<void> {
  for (const r of ROOMS) h.world.addRoom(r.topic, []);
  await h.world.relogin();
}

async function sharedDb(): Promise<Database> {
  const d = await testDb();
  dbs.push(d);
  return d;
}

// Other capabilities (the weekly report cycle) also write to these groups; only ours are looked at.
const remindersOf = (sent: SentRecord[]) => sent.filter((s) => s.text?.startsWith('【提醒】'));
const postsOf = (sent: SentRecord[]) => sent.filter((s) => s.text?.startsWith('【普法'));
const postsTo = (sent: SentRecord[], topic: string) => sent.filter((s) => s.to === topic && s.text?.startsWith('【普法'));
const admin = (h: Harness, text: string) => h.say('王书记', text, { room: ADMIN_GROUP });

function expectOnePostPerGridGroup(sent: SentRecord[]): void {
  for (const g of GRID_GROUPS) expect(postsTo(sent, g), g).toHaveLength(1);
  expect(postsTo(sent, ADMIN_GROUP)).toEqual([]);
  expect(sent.filter((s) => s.to === '村民闲聊群')).toEqual([]);
}

describe('scheduled posts, end to end', () => {
  it('an admin sets a weekly post; at the fire time each bound grid group gets one post; 暂停 stops it', async () => {
    const h = await start('2026-11-30T08:00:00');
    await h.seed(PEOPLE, ROOMS);
    const [confirm] = await admin(h, '#定时 普法 每周三 20:00 全部网格群');
    expect(confirm?.text).toContain('2026-12-02 周三 20:00\n2026-12-09 周三 20:00\n2026-12-16 周三 20:00');

    expect(postsOf(await h.advanceTo(at('2026-12-02T19:59:00')))).toEqual([]);
    expectOnePostPerGridGroup(await h.advanceTo(at('2026-12-02T21:00:00')));
    const week2 = await h.advanceTo(at('2026-12-09T21:00:00'));
    expectOnePostPerGridGroup(week2);
    const rows = await h.database.db.select().from(postLog).where(eq(postLog.scheduleId, 1));
    expect(new Set(rows.map((r) => `${r.roomId}:${r.postId}`)).size).toBe(6);

    expect((await admin(h, '#定时 暂停 1'))[0]?.text).toContain('已暂停');
    expect(postsOf(await h.advanceTo(at('2026-12-16T21:00:00')))).toEqual([]);
    await admin(h, '#定时 恢复 1');
    expectOnePostPerGridGroup(await h.advanceTo(at('2026-12-23T21:00:00')));
  });

  it('refuses #定时 from someone who is not an admin', async () => {
    const h = await start('2026-11-30T08:00:00');
    await h.seed(PEOPLE, ROOMS);
    const sent = await h.say('张网格', '#定时 普法 每周三 20:00 全部网格群');
    expect(sent[0]?.text).toContain('只有管理员');
    expect(postsOf(await h.advanceTo(at('2026-12-03T00:00:00')))).toEqual([]);
  });

  it('a monthly meeting reminder reaches the admin group', async () => {
    const h = await start('2026-11-30T08:00:00');
    await h.seed(PEOPLE, ROOMS);
    await h.say('王书记', '#定时 提醒 每月5号 09:00 管理群 本月信访联席会议请准时参加');
    const sent = remindersOf(await h.advanceTo(at('2026-12-05T10:00:00')));
    expect(sent).toEqual([expect.objectContaining({ to: ADMIN_GROUP, text: '【提醒】本月信访联席会议请准时参加' })]);
    expect(remindersOf(await h.advanceTo(at('2027-01-05T10:00:00')))).toEqual([expect.objectContaining({ to: ADMIN_GROUP })]);
  });

  it('a village with several recent land disputes gets a land post first', async () => {
    const h = await start('2026-11-30T08:00:00');
    await h.seed(PEOPLE, ROOMS);
    const db = h.database.db;
    const [lila] = await db.select().from(villages).where(eq(villages.name, '里腊村'));
    const [worker] = await db.select().from(members).where(eq(members.name, '李网格'));
    for (let i = 0; i < 3; i++) {
      await db.insert(disputes).values({
        code: `L${i}`,
        year: 2026,
        villageId: lila!.id,
        gridId: worker!.gridId!,
        reporterId: worker!.id,
        category: 'land',
        summary: '地界不清',
        status: 'pending',
        createdAt: at('2026-11-20T10:00:00'),
        updatedAt: at('2026-11-20T10:00:00'),
      });
    }
    await admin(h, '#定时 普法 每周三 20:00 全部网格群');
    const sent = await h.advanceTo(at('2026-12-02T21:00:00'));
    const [lilaPost] = postsTo(sent, '里腊村一组网格群');
    const landTitles = (await db.select().from(posts).where(eq(posts.theme, 'land'))).map((p) => p.title);
    expect(landTitles.some((t) => lilaPost?.text?.includes(t))).toBe(true);
    for (const g of ['上司村一组网格群', '上司村三组网格群']) expect(landTitles.some((t) => postsTo(sent, g)[0]?.text?.includes(t))).toBe(false);
  });

  it('on 12·4 the constitution post is chosen', async () => {
    const h = await start('2026-11-30T08:00:00');
    await h.seed(PEOPLE, ROOMS);
    await admin(h, '#定时 普法 每天 09:00 全部网格群');
    await h.advanceTo(at('2026-12-03T10:00:00'));
    const sent = await h.advanceTo(at('2026-12-04T10:00:00'));
    for (const g of GRID_GROUPS) expect(postsTo(sent, g)[0]?.text).toContain('12·4国家宪法日');
  });
});

describe('firing across restarts and instances', () => {
  async function scheduledThenStopped(database: Database): Promise<void> {
    const h1 = await start('2026-12-02T19:00:00', database);
    await h1.seed(PEOPLE, ROOMS);
    await admin(h1, '#定时 普法 每周三 20:00 全部网格群');
    await h1.close();
    open.splice(open.indexOf(h1), 1);
  }
  // The weekly report cycle claims its own firings too; only the schedules' are looked at.
  const claims = (database: Database) => database.db.select().from(fireClaims).where(like(fireClaims.jobKey, 'schedule:%')).orderBy(asc(fireClaims.fireAt));

  it('runs a firing missed while the bot was down once, when it starts within the grace window', async () => {
    const database = await sharedDb();
    await scheduledThenStopped(database);
    const h2 = await start('2026-12-02T21:00:00', database);
    await rejoin(h2);
    expectOnePostPerGridGroup(await h2.advanceTo(at('2026-12-02T21:30:00')));
    await h2.close();
    open.splice(open.indexOf(h2), 1);

    const h3 = await start('2026-12-02T22:00:00', database);
    await rejoin(h3);
    expect(postsOf(await h3.advanceTo(at('2026-12-02T23:00:00')))).toEqual([]);
    expect(await claims(database)).toMatchObject([{ jobKey: 'schedule:1', fireAt: at('2026-12-02T20:00:00'), status: 'done' }]);
    expect(await database.db.select().from(postLog)).toHaveLength(3);
  });

  it('records the firing as missed when the bot starts after the grace window', async () => {
    const database = await sharedDb();
    await scheduledThenStopped(database);
    const h2 = await start('2026-12-02T22:30:00', database);
    await rejoin(h2);
    expect(postsOf(await h2.advanceTo(at('2026-12-02T23:00:00')))).toEqual([]);
    expect(await claims(database)).toMatchObject([{ jobKey: 'schedule:1', status: 'missed' }]);
    expect(await database.db.select().from(postLog)).toEqual([]);
    expectOnePostPerGridGroup(await h2.advanceTo(at('2026-12-09T21:00:00')));
  });

  it('does not count the firings of a paused schedule as missed after a restart', async () => {
    const database = await sharedDb();
    const h1 = await start('2026-11-30T08:00:00', database);
    await h1.seed(PEOPLE, ROOMS);
    await admin(h1, '#定时 普法 每周三 20:00 全部网格群');
    await admin(h1, '#定时 暂停 1');
    await h1.advanceTo(at('2026-12-17T10:00:00'));
    await admin(h1, '#定时 恢复 1');
    await h1.close();
    open.splice(open.indexOf(h1), 1);

    const h2 = await start('2026-12-17T12:00:00', database);
    await rejoin(h2);
    expect(await claims(database)).toEqual([]);
    expectOnePostPerGridGroup(await h2.advanceTo(at('2026-12-23T21:00:00')));
    expect(await claims(database)).toMatchObject([{ fireAt: at('2026-12-23T20:00:00'), status: 'done' }]);
  });

  it('two instances on one database fire each schedule once', async () => {
    const database = await sharedDb();
    // Both log in before the roster exists: each mock WeChat has its own ids, and a login that could
    // not find the seeded people would (rightly) stop trusting them. Only the first one's sender
    // delivers; the second runs its scheduler on its own clock.
    const a = await start('2026-12-02T19:00:00', database);
    const b = await start('2026-12-02T19:00:00', database);
    await a.seed(PEOPLE, ROOMS);
    await admin(a, '#定时 普法 每周三 20:00 全部网格群');
    await admin(a, '#定时 提醒 每周三 20:00 管理群 今晚发了普法');
    await b.app.scheduler.reload();
    const [sent] = await Promise.all([a.advanceTo(at('2026-12-02T21:00:00')), b.clock.advanceTo(at('2026-12-02T21:00:00'))]);
    expectOnePostPerGridGroup(sent);
    expect(sent.filter((s) => s.text === '【提醒】今晚发了普法')).toHaveLength(1);
    expect((await claims(database)).map((c) => [c.jobKey, c.status]).sort()).toEqual([
      ['schedule:1', 'done'],
      ['schedule:2', 'done'],
    ]);
    const queued = await database.db
      .select()
      .from(outbox)
      .where(inArray(outbox.purpose, ['post', 'reminder']));
    expect(queued).toHaveLength(4);
    expect(await database.db.select().from(postLog)).toHaveLength(3);
  });
});
