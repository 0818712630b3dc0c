import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatLocal } from '../../src/kernel/time.js';
import { disputes, fireClaims, inboundMessages, members, rooms } from '../../src/db/schema.js';
import { assignDispute } from '../../src/ledger/index.js';
import { disputeJobs } from '../../src/disputes/index.js';
import { mentionInstead, reportJobs } from '../../src/reports/index.js';
import { digestJobs } from '../../src/summary/index.js';
import { DEFAULT_SETTINGS } from '../../src/reports/cycle/cycle.js';
import { saveSettings } from '../../src/reports/cycle/settings.js';
import { createScheduler } from '../../src/scheduler/runtime.js';
import type { Job } from '../../src/scheduler/runtime.js';
import { at, harness, openDatabase, outboxRows, say, type Database, type Harness } from './intake-support.js';

let database: Database;
let h: Harness;
beforeAll(async () => {
  database = await openDatabase();
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  h = await harness(database);
});

const FRI = at('2026-11-27T09:00');
const SAT = at('2026-11-28T18:00');
const SUN = at('2026-11-29T20:00');
const MON = at('2026-11-30T08:30');
const THU = '2026-11-26T09:00';

// The weekly cycle's steps, the Monday digest and the ledger's daily reminders, as the app registers them.
const sources = () => [reportJobs(h.deps), digestJobs(h.deps), disputeJobs(h.deps)];
const allJobs = async () => (await Promise.all(sources().map((source) => source()))).flat();

async function job(key: string): Promise<Job> {
  const found = (await allJobs()).find((j) => j.key === key);
  if (!found) throw new Error(`no job ${key}`);
  return found;
}

/** Moves the clock to the firing and runs it, as the scheduler would. */
async function fire(key: string, fireAt: Date): Promise<void> {
  await h.clock.advanceTo(fireAt);
  await (await job(key)).run(fireAt);
}

const sent = async (purpose: string) => (await outboxRows(h.db)).filter((r) => r.purpose === purpose);
const targets = (rows: Awaited<ReturnType<typeof sent>>) => rows.map((r) => [r.targetKind, r.targetId, r.mentionIds]);
const nil = (grid: string) => `【周报】网格:${grid} 排查户数:65 本周无矛盾纠纷`;
const leave = (id: number, until: string) =>
  h.db
    .update(members)
    .set({ onLeaveUntil: at(until) })
    .where(eq(members.id, id));

describe('the job source', () => {
  it('offers the weekly steps and the daily ledger jobs at the default times', async () => {
    const jobs = await allJobs();
    const next = jobs.map((j) => [j.key, formatLocal(j.next(h.clock.now())!, 'Asia/Shanghai')]);
    expect(next).toEqual([
      ['report.remind', '2026-11-27 周五 09:00'],
      ['report.chase', '2026-11-28 周六 18:00'],
      ['report.deadline', '2026-11-29 周日 20:00'],
      ['report.digest', '2026-11-30 周一 08:30'],
      ['disputes.overdue', '2026-11-26 周四 09:00'],
      ['disputes.followup', '2026-11-26 周四 10:00'],
    ]);
  });

  it('reads changed times from the settings', async () => {
    await saveSettings(h.db, { ...DEFAULT_SETTINGS, times: { ...DEFAULT_SETTINGS.times, remind: { weekday: 4, hour: 15, minute: 0 } } }, h.clock.now());
    expect(formatLocal((await job('report.remind')).next(h.clock.now())!, 'Asia/Shanghai')).toBe('2026-11-26 周四 15:00');
  });

  it.each([
    ['report.remind', '2026-11-27T09:00', '2026-11-29T19:59', true],
    ['report.remind', '2026-11-27T09:00', '2026-11-29T20:00', false],
    ['report.chase', '2026-11-28T18:00', '2026-11-29T12:00', true],
    ['report.chase', '2026-11-28T18:00', '2026-11-30T08:00', false],
    ['report.deadline', '2026-11-29T20:00', '2026-11-30T08:00', true],
    ['report.deadline', '2026-11-29T20:00', '2026-11-30T09:00', false],
    ['report.digest', '2026-11-30T08:30', '2026-11-30T20:00', true],
    ['report.digest', '2026-11-30T08:30', '2026-12-01T09:00', false],
    ['disputes.overdue', THU, '2026-11-26T22:00', true],
    ['disputes.overdue', THU, '2026-11-27T08:00', false],
  ] as [string, string, string, boolean][])('%s fired at %s is still due at %s: %s', async (key, fireAt, now, due) => {
    expect((await job(key)).stillDue!(at(fireAt), at(now))).toBe(due);
  });
});

describe('Friday reminder', () => {
  it('reaches each worker privately, or by @ in the grid group when their account is unknown, teaching the template', async () => {
    await fire('report.remind', FRI);
    const rows = await sent('report-remind');
    const p = h.people;
    expect(targets(rows)).toEqual([
      ['member', p.w1.id, []],
      ['member', p.w2.id, []],
      ['room', h.rooms.s3.id, [p.w3.id]],
      ['member', p.wLila.id, []],
    ]);
    const text = rows[0]!.text!;
    expect(text).toContain('2026-11-29 周日 20:00前');
    expect(text).toContain('有纠纷：【周报】网格:上司村一组 排查户数:72 1. 类型:邻里');
    expect(text).toContain('无纠纷：【周报】网格:上司村一组 排查户数:70 本周无矛盾纠纷');
    expect(rows[0]!.idempotencyKey).toBe(`report-remind:2026-W48:member:${p.w1.id}`);
  });

  it('becomes an @-mention in the grid group, once, when the private message fails for good', async () => {
    await fire('report.remind', FRI);
    const [toW1] = (await sent('report-remind')).filter((r) => r.targetKind === 'member' && r.targetId === h.people.w1.id);
    // What the sender calls after its last attempt; twice is harmless (a crash between, a second instance).
    await mentionInstead(h.deps, toW1!);
    await mentionInstead(h.deps, toW1!);
    const mentions = (await sent('report-remind')).filter((r) => r.targetKind === 'room' && r.targetId === h.rooms.s1.id);
    expect(mentions.map((r) => [r.mentionIds, r.text, r.idempotencyKey])).toEqual([
      [[h.people.w1.id], toW1!.text, `report-remind:2026-W48:room:${h.rooms.s1.id}:member:${h.people.w1.id}`],
    ]);
    expect(toW1!.meta).toEqual({ owner: 'weekly-cycle', week: '2026-W48', member: h.people.w1.id });
    // Anything else the sender gives up on is not the weekly cycle's to redirect: a chief's cover
    // note, a row another part of the bot queued, a later part of a long text.
    const others = [
      { ...toW1!, purpose: 'report-remind-cover', meta: { owner: 'weekly-cycle', week: '2026-W48', member: h.people.w2.id } },
      { ...toW1!, meta: { owner: 'outbox', week: '2026-W48', member: h.people.w2.id } },
      { ...toW1!, seq: 1, meta: { ...toW1!.meta, member: h.people.w2.id } },
    ];
    for (const row of others) await mentionInstead(h.deps, row);
    expect(await sent('report-remind')).toHaveLength(5);
  });

  it('never @-s a worker in a group posted by hand, where no bot is a member', async () => {
    await h.db
      .update(rooms)
      .set({ manual: true })
      .where(inArray(rooms.id, [h.rooms.s1.id, h.rooms.s3.id]));
    await fire('report.remind', FRI);
    const rows = await sent('report-remind');
    expect(targets(rows).filter(([kind]) => kind === 'room')).toEqual([]);
    const [toW1] = rows.filter((r) => r.targetKind === 'member' && r.targetId === h.people.w1.id);
    await mentionInstead(h.deps, toW1!);
    expect(await sent('report-remind')).toHaveLength(rows.length);
  });

  it('is sent once however often it runs', async () => {
    await fire('report.remind', FRI);
    await (await job('report.remind')).run(FRI);
    expect(await sent('report-remind')).toHaveLength(4);
  });

  it('skips workers on leave and grids already reported, and asks the chief to cover a grid on leave', async () => {
    await say(h, h.people.w1, nil('上司村一组'));
    await leave(h.people.w2.id, '2026-12-10T00:00');
    await fire('report.remind', FRI);
    expect(targets(await sent('report-remind')).map((t) => t[1])).toEqual([h.rooms.s3.id, h.people.wLila.id]);
    const cover = await sent('report-remind-cover');
    expect(targets(cover)).toEqual([['member', h.people.chiefShangsi.id, []]]);
    expect(cover[0]!.text).toContain('上司村二组的网格员请假');
  });

  it('sends nothing in a paused week', async () => {
    await saveSettings(h.db, { ...DEFAULT_SETTINGS, paused: ['2026-W48'] }, h.clock.now());
    await fire('report.remind', FRI);
    await fire('report.chase', SAT);
    await fire('report.deadline', SUN);
    expect(await outboxRows(h.db)).toHaveLength(0);
    await fire('report.digest', MON);
    const [digest] = await sent('report-digest');
    expect(digest!.text).toContain('一、周报：这一周暂停收周报');
    expect(digest!.text).not.toContain('未报');
  });
});

describe('Saturday chase and Sunday deadline', () => {
  it('chases only those who have not reported', async () => {
    await say(h, h.people.w1, nil('上司村一组'));
    await fire('report.chase', SAT);
    const rows = await sent('report-chase');
    expect(targets(rows).map((t) => t[1])).toEqual([h.people.w2.id, h.rooms.s3.id, h.people.wLila.id]);
    expect(rows[0]!.text).toContain('还没收到');
  });

  it('escalates missing grids to their chief and to the admin group by village, leaving out a grid on leave', async () => {
    await say(h, h.people.w1, nil('上司村一组'));
    await say(h, h.people.wLila, nil('里腊村一组'));
    await leave(h.people.w2.id, '2026-12-10T00:00');
    await fire('report.deadline', SUN);
    const rows = await sent('report-escalate');
    expect(targets(rows)).toEqual([
      ['member', h.people.chiefShangsi.id, []],
      ['room', h.rooms.admin.id, []],
    ]);
    expect(rows[0]!.text).toContain('上司村三组（网格员：王五）');
    expect(rows[1]!.text).toContain('收到 2/3 个网格，未报 1 个');
    expect(rows[1]!.text).toContain('上司村：三组');
    expect(rows[1]!.text).not.toContain('二组');
  });
});

describe('Monday digest', () => {
  it('summarises the week for the review meeting', async () => {
    const p = h.people;
    await say(h, p.w1, '【周报】网格:上司村一组 排查户数:70\n1. 类型:邻里;当事人:张某;事由:排水沟堵塞;状态:已化解\n2. 类型:经济;当事人:孙某;事由:欠薪;风险:扬言上访');
    await say(h, p.wLila, nil('里腊村一组'));
    await say(h, p.w2, '#纠纷 类型:家庭 当事人:周某 事由:赡养老人');
    const [, wages, family] = await h.db.select().from(disputes).orderBy(asc(disputes.id));
    await assignDispute(h.deps, { dispute: family!, actor: p.admin, assignee: { member: p.chiefShangsi }, deadline: at('2026-11-27T23:59'), at: h.clock.now() });
    await h.db
      .update(disputes)
      .set({ resolvedAt: at('2026-11-20T10:00') })
      .where(eq(disputes.code, 'SS-2026-0001'));
    await h.db
      .insert(inboundMessages)
      .values({ wechatMessageId: 'broken', senderWechatId: 'x', senderName: 'x', text: 'x', sentAt: h.clock.now(), storedAt: h.clock.now(), status: 'failed' });
    await h.db.insert(fireClaims).values({ jobKey: 'report.chase', fireAt: SAT, status: 'missed', claimedBy: 'test', claimedAt: SUN });
    await fire('report.digest', MON);
    const [digest] = await sent('report-digest');
    expect(digest).toMatchObject({ targetKind: 'room', targetId: h.rooms.admin.id, idempotencyKey: `report-digest:2026-W48:room:${h.rooms.admin.id}` });
    const text = digest!.text!;
    for (const part of [
      '第48周（11月23日至11月29日）',
      '收到 2/4 个网格，未报 2 个',
      '上司村：二组、三组',
      '排查户数：135 户',
      '本周新增纠纷 3 件',
      '家庭婚恋 1',
      '邻里 1',
      '经济 1',
      '上司村 3',
      '待化解 2',
      '已化解 1',
      `四、高风险未化解（1 件）`,
      `${wages!.code} 上司村一组 扬言上访`,
      `五、交办逾期（1 件）`,
      `${family!.code} 上司村二组 责任人 陈网格长`,
      '六、到期待回访（1 件）',
      'SS-2026-0001 上司村一组 化解于 2026-11-20',
      '未处理成功的消息：1 条',
      '错过的定时任务：催报 2026-11-28 周六 18:00',
    ])
      expect(text).toContain(part);
  });
});

describe('the daily ledger jobs', () => {
  it('remind an overdue assignee and the reporter of a case due for a visit', async () => {
    const p = h.people;
    await say(h, p.w1, '【周报】网格:上司村一组 排查户数:70\n1. 类型:邻里;事由:排水沟堵塞;状态:已化解\n2. 类型:经济;事由:欠薪');
    const [, wages] = await h.db.select().from(disputes).orderBy(asc(disputes.id));
    await assignDispute(h.deps, { dispute: wages!, actor: p.admin, assignee: { member: p.chiefShangsi }, deadline: at('2026-11-26T23:59'), at: h.clock.now() });
    await fire('disputes.overdue', at('2026-12-03T09:00'));
    await fire('disputes.followup', at('2026-12-03T10:00'));
    expect(targets(await sent('dispute-overdue'))).toEqual([['member', p.chiefShangsi.id, []]]);
    expect(targets(await sent('dispute-followup'))).toEqual([['member', p.w1.id, []]]);
  });
});

describe('with the scheduler (restarts)', () => {
  const start = (instanceId: string) => {
    const s = createScheduler({ ...h.deps, instanceId, sources: sources(), pollMs: 0 });
    return s;
  };
  const claims = () => h.db.select().from(fireClaims).orderBy(asc(fireClaims.fireAt));

  it('sends a reminder missed while the bot was down after restart, before the deadline', async () => {
    const first = start('a');
    await first.start();
    first.stop();
    await h.clock.advanceTo(at('2026-11-28T12:00'));
    const second = start('b');
    await second.start();
    second.stop();
    expect(await sent('report-remind')).toHaveLength(4);
    expect((await claims()).find((c) => c.jobKey === 'report.remind')).toMatchObject({ status: 'done', claimedBy: 'b' });
  });

  it('records steps past their deadline as missed and lists them in the digest', async () => {
    const first = start('a');
    await first.start();
    first.stop();
    await h.clock.advanceTo(at('2026-11-30T09:00'));
    const second = start('b');
    await second.start();
    second.stop();
    const byKey = Object.fromEntries((await claims()).filter((c) => c.jobKey.startsWith('report.')).map((c) => [c.jobKey, c.status]));
    expect(byKey).toEqual({ 'report.remind': 'missed', 'report.chase': 'missed', 'report.deadline': 'missed', 'report.digest': 'done' });
    expect(await sent('report-remind')).toHaveLength(0);
    const [digest] = await sent('report-digest');
    expect(digest!.text).toContain('周报提醒 2026-11-27 周五 09:00');
  });

  it('fires each step once while running through the week', async () => {
    const s = start('a');
    await s.start();
    await h.clock.advanceTo(at('2026-11-30T12:00'));
    s.stop();
    const done = (await claims()).filter((c) => c.jobKey.startsWith('report.')).map((c) => [c.jobKey, c.status]);
    expect(done).toEqual([
      ['report.remind', 'done'],
      ['report.chase', 'done'],
      ['report.deadline', 'done'],
      ['report.digest', 'done'],
    ]);
    expect(await sent('report-digest')).toHaveLength(1);
  });
});
