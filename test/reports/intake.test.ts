import { and, asc, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { disputeEvents, disputes, members, reports } from '../../src/db/schema.js';
import { recordDisputes } from '../../src/ledger/index.js';
import { parseDisputeLine } from '../../src/reports/index.js';
import { at, harness, openDatabase, outboxRows, say, type Database, type Harness, type People } from './intake-support.js';

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

const CLEAN = [
  '【周报】',
  '网格:上司村一组',
  '排查户数:72',
  '纠纷:2件',
  '1. 类型:邻里;当事人:张某某、李某某;事由:排水沟堵塞引发争吵;状态:已化解;方式:人民调解',
  '2. 类型:山林土地水事;当事人:王某、赵某;事由:承包地界址不清;状态:化解中',
].join('\n');

const liveReports = () => h.db.select().from(reports).orderBy(asc(reports.id));
const ledger = () => h.db.select().from(disputes).orderBy(asc(disputes.id));

describe('a weekly report', () => {
  it('is stored with its raw text and confirmed with grid, households and one line per dispute with its code', async () => {
    const said = await say(h, h.people.w1, CLEAN);
    expect(said.route).toBe('周报');
    const [report] = await liveReports();
    expect(report).toMatchObject({ gridId: h.grids.s1, isoWeek: '2026-W48', revision: 1, households: 72, nil: false, rawText: CLEAN, superseded: false });
    expect(report!.inboundMessageId).toBe(said.messageId);
    const rows = await ledger();
    expect(rows.map((d) => [d.code, d.category, d.status, d.reportId])).toEqual([
      ['SS-2026-0001', 'neighbor', 'resolved', report!.id],
      ['SS-2026-0002', 'land', 'in_progress', report!.id],
    ]);
    const reply = said.replies.join('\n');
    expect(reply).toContain('上司村一组');
    expect(reply).toContain('排查户数：72户');
    expect(reply).toMatch(/1\. SS-2026-0001｜邻里｜已化解｜排水沟堵塞引发争吵/);
    expect(reply).toMatch(/2\. SS-2026-0002｜山林土地水事｜化解中/);
    expect(reply).toContain('#进展 SS-2026-0002');
  });

  it('confirms a nil report', async () => {
    const said = await say(h, h.people.w1, '【周报】网格:上司村一组 排查户数:七十 本周无矛盾纠纷');
    expect(said.replies[0]).toContain('本周无矛盾纠纷');
    expect((await liveReports())[0]).toMatchObject({ households: 70, nil: true });
    expect(await ledger()).toHaveLength(0);
  });

  it('answers a malformed report with the precise errors and the expected form, storing nothing', async () => {
    const said = await say(h, h.people.w1, '【周报】网格:上司村一组 排查户数:若干\n1. 当事人:张某、李某;事由:吵架');
    const reply = said.replies.join('\n');
    expect(reply).toContain('排查户数');
    expect(reply).toContain('第1件纠纷缺少"类型"');
    expect(reply).toContain('【周报】\n网格:上司村一组');
    expect(await liveReports()).toHaveLength(0);
  });

  it('replaces an earlier report on a corrected resend, keeping the earlier revision and the codes', async () => {
    await say(h, h.people.w1, CLEAN);
    const corrected = CLEAN.replace('纠纷:2件', '纠纷:1件')
      .replace(/\n2\..*$/, '')
      .replace('状态:已化解', '状态:化解中');
    const said = await say(h, h.people.w1, corrected);
    const all = await liveReports();
    expect(all.map((r) => [r.revision, r.superseded])).toEqual([
      [1, true],
      [2, false],
    ]);
    const rows = await ledger();
    expect(rows.map((d) => [d.code, d.status, d.voidedAt !== null, d.reportId])).toEqual([
      ['SS-2026-0001', 'in_progress', false, all[1]!.id],
      ['SS-2026-0002', 'in_progress', true, all[0]!.id],
    ]);
    const events = await h.db.select().from(disputeEvents).where(eq(disputeEvents.disputeId, rows[1]!.id));
    expect(events.map((e) => e.action)).toEqual(['create', 'void']);
    expect(said.replies[0]).toContain('更正版');
    expect(said.replies[0]).toContain('SS-2026-0002');
  });

  it('stores a message handled twice only once', async () => {
    const first = await say(h, h.people.w1, CLEAN);
    const again = await say(h, h.people.w1, CLEAN, { messageId: first.messageId });
    expect(await liveReports()).toHaveLength(1);
    expect(again.replies[0]).toContain('已经收到');
  });

  it('counts a late report sent on Monday morning before the digest for the week before', async () => {
    await h.clock.advanceTo(at('2026-11-30T07:30'));
    const said = await say(h, h.people.w1, '【周报】网格:上司村一组 排查户数:70 本周无矛盾纠纷');
    expect((await liveReports())[0]!.isoWeek).toBe('2026-W48');
    expect(said.replies[0]).toContain('截止后补报');
  });

  it('reads a headerless private reply from a worker as a report; a group needs a header or both 网格 and 排查户数', async () => {
    const partial = '网格:上司村一组 本周无矛盾纠纷';
    expect((await say(h, h.people.w1, partial, { room: h.rooms.s1 })).route).toBe('none');
    const privately = await say(h, h.people.w1, partial);
    expect(privately.route).toBe('周报');
    expect(privately.replies[0]).toContain('排查户数');
    expect((await say(h, h.people.w1, '网格:上司村一组 排查户数:70 本周无矛盾纠纷')).route).toBe('周报');
    expect(await liveReports()).toHaveLength(1);
  });

  it('announces a flagged dispute to the admin group at once', async () => {
    await say(h, h.people.w1, '【周报】网格:上司村一组 排查户数:60\n1. 类型:经济;当事人:孙某;事由:欠薪;风险:扬言上访');
    const alerts = (await outboxRows(h.db)).filter((r) => r.purpose === 'risk-alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ targetKind: 'room', targetId: h.rooms.admin.id, priority: 0 });
    expect(alerts[0]!.text).toContain('SS-2026-0001');
  });
});

describe('privacy in a group', () => {
  it('only confirms receipt in the group and sends the details privately', async () => {
    const said = await say(h, h.people.w1, CLEAN, { room: h.rooms.s1 });
    const group = said.replies.join('\n');
    expect(group).toContain('收到上司村一组周报');
    for (const secret of ['张某某', '排水沟', 'SS-2026-0001', '承包地']) expect(group).not.toContain(secret);
    expect(said.privateReplies.join('\n')).toContain('SS-2026-0001｜邻里');
  });

  it('sends errors privately too', async () => {
    const said = await say(h, h.people.w1, '【周报】网格:上司村一组\n1. 当事人:张某;事由:吵架', { room: h.rooms.s1 });
    expect(said.replies.join('')).not.toContain('张某');
    expect(said.privateReplies.join('')).toContain('排查户数');
  });
});

describe('who may report for which grid', () => {
  const nil = (grid: string) => `【周报】网格:${grid} 排查户数:50 本周无矛盾纠纷`;

  it.each([
    ['w1', '上司村二组', false, 'a worker for another grid'],
    ['w1', '上司村一组', true, 'a worker for their own grid'],
    ['w1', '一组', true, 'a worker writing only the short grid name'],
    ['chiefShangsi', '上司村三组', true, 'a village chief for a grid of the village'],
    ['chiefShangsi', '里腊村一组', false, 'a chief for another village'],
    ['admin', '里腊村一组', true, 'an admin for any grid'],
    ['resident', '上司村一组', false, 'a resident'],
  ] as [keyof People, string, boolean, string][])('%s reporting %s: stored %s (%s)', async (who, grid, stored) => {
    const said = await say(h, h.people[who], nil(grid));
    expect((await liveReports()).length).toBe(stored ? 1 : 0);
    if (!stored) expect(said.replies[0]).toMatch(/不能替|只有网格员/);
  });

  it("names an unknown grid and the worker's own", async () => {
    const said = await say(h, h.people.w1, nil('下司村九组'));
    expect(said.replies[0]).toContain('没有找到网格“下司村九组”');
    expect(said.replies[0]).toContain('上司村一组');
  });
});

describe('#纠纷, the daily screening', () => {
  it("registers one dispute in the sender's grid with a new code", async () => {
    const said = await say(h, h.people.w2, '#纠纷 类型:邻里 当事人:张某、李某 事由:排水沟堵塞引发争吵');
    const [d] = await ledger();
    expect(d).toMatchObject({ code: 'SS-2026-0001', gridId: h.grids.s2, reportId: null, category: 'neighbor', status: 'pending', reporterId: h.people.w2.id });
    expect(said.replies[0]).toContain('SS-2026-0001｜邻里｜待化解');
  });

  it('in a group answers only with the code', async () => {
    const said = await say(h, h.people.w2, '#纠纷 类型:家庭 当事人:孙某 事由:赡养老人', { room: h.rooms.s2 });
    expect(said.replies[0]).toBe('已登记，编号 SS-2026-0001。详情已私聊发您，后续请在私聊中办理。');
    expect(said.privateReplies[0]).toContain('赡养老人');
  });

  it('lets a village chief name the grid, and refuses another village', async () => {
    await say(h, h.people.chiefShangsi, '#纠纷 网格:上司村三组 类型:经济 事由:欠款不还');
    expect((await ledger())[0]!.gridId).toBe(h.grids.s3);
    const refused = await say(h, h.people.chiefShangsi, '#纠纷 网格:里腊村一组 类型:经济 事由:欠款不还');
    expect(refused.replies[0]).toContain('不能替');
    expect(await ledger()).toHaveLength(1);
  });

  it('explains what is missing', async () => {
    const said = await say(h, h.people.w2, '#纠纷 当事人:张某');
    expect(said.replies[0]).toContain('缺少"类型"');
    expect(said.replies[0]).toContain('#纠纷 类型:邻里');
    expect(await h.db.select().from(disputes).where(isNull(disputes.voidedAt))).toHaveLength(0);
  });

  it('registers once when a crash came between the ledger commit and the reply', async () => {
    // The crash window of the old two-commit scheme: the case is in the ledger, but nothing marks
    // the message handled. The pipeline then handles the message again.
    const text = '#纠纷 类型:邻里 当事人:张某、李某 事由:排水沟堵塞引发争吵';
    const first = await say(h, h.people.w2, '（存根）');
    const parsed = parseDisputeLine(text);
    if (!parsed.ok) throw new Error('the fixture must parse');
    await recordDisputes(h.deps, { reporter: h.people.w2, gridId: h.grids.s2, reportId: null, drafts: [parsed.dispute], messageId: first.messageId, at: h.clock.now() });
    const again = await say(h, h.people.w2, text, { messageId: first.messageId });
    expect((await ledger()).map((d) => d.code)).toEqual(['SS-2026-0001']);
    expect(again.replies[0]).toContain('SS-2026-0001｜邻里｜待化解');
  });

  it('registers once when the same message is handled again', async () => {
    const first = await say(h, h.people.w2, '#纠纷 类型:邻里 事由:吵架');
    await say(h, h.people.w2, '#纠纷 类型:邻里 事由:吵架', { messageId: first.messageId });
    expect(await ledger()).toHaveLength(1);
  });
});

describe('#请假', () => {
  it('puts a worker on leave until the end of the day and asks the chief to cover the grid', async () => {
    const said = await say(h, h.people.w1, '#请假 至12月10日');
    expect(said.replies[0]).toContain('请假至12月10日');
    const [w] = await h.db.select().from(members).where(eq(members.id, h.people.w1.id));
    expect(w!.onLeaveUntil).toEqual(at('2026-12-11T00:00'));
    const cover = (await outboxRows(h.db)).filter((r) => r.purpose === 'leave-cover');
    expect(cover).toHaveLength(1);
    expect(cover[0]).toMatchObject({ targetKind: 'member', targetId: h.people.chiefShangsi.id });
    expect(cover[0]!.text).toContain('上司村一组');
  });

  it('lets an admin register leave for someone, and no one else', async () => {
    const byAdmin = await say(h, h.people.admin, '#请假 @李小红\u2005至12月3日', { mentions: ['李小红'], mentionIds: ['wx-李小红'] });
    expect(byAdmin.replies[0]).toContain('李小红请假至12月3日');
    const byWorker = await say(h, h.people.w1, '#请假 @李小红 至12月3日', { mentions: ['李小红'] });
    expect(byWorker.replies[0]).toContain('只有管理员');
    const cancelled = await say(h, h.people.admin, '#请假 @李小红 取消', { mentions: ['李小红'] });
    expect(cancelled.replies[0]).toContain('已销假');
  });

  it.each([['#请假 明天'], ['#请假 至11月20日']])('refuses %s with the expected form', async (text) => {
    const said = await say(h, h.people.w1, text);
    expect(said.replies[0]).toMatch(/#请假 至12月10日|已经过去/);
  });
});

describe('#周报 settings (admins)', () => {
  it('shows the defaults', async () => {
    const said = await say(h, h.people.admin, '#周报 设置');
    expect(said.replies[0]).toContain('提醒：周五 09:00');
    expect(said.replies[0]).toContain('周报汇总：周一 08:30');
  });

  it('changes a time, reloads the scheduler, and refuses an impossible order', async () => {
    const said = await say(h, h.people.admin, '#周报 时间 提醒 周四 下午3点');
    expect(said.replies[0]).toContain('提醒改为每周四 15:00');
    expect(h.reloads).toBe(1);
    expect((await say(h, h.people.admin, '#周报 设置')).replies[0]).toContain('提醒：周四 15:00');
    const bad = await say(h, h.people.admin, '#周报 时间 截止 周六 09:00');
    expect(bad.replies[0]).toContain('先后顺序');
    expect(h.reloads).toBe(1);
  });

  it('pauses and resumes a week', async () => {
    expect((await say(h, h.people.admin, '#周报 暂停 本周')).replies[0]).toContain('已暂停第48周');
    expect((await say(h, h.people.admin, '#周报 设置')).replies[0]).toContain('暂停：第48周');
    expect((await say(h, h.people.admin, '#周报 恢复 本周')).replies[0]).toContain('已恢复');
    expect(h.reloads).toBe(2);
  });

  it('refuses a worker', async () => {
    const said = await say(h, h.people.w1, '#周报 暂停 本周');
    expect(said.replies[0]).toContain('只有管理员');
    expect(h.reloads).toBe(0);
  });
});

it('keeps every live report and dispute consistent for the grid and week', async () => {
  await say(h, h.people.w1, CLEAN);
  await say(h, h.people.w1, CLEAN);
  const live = await h.db
    .select()
    .from(reports)
    .where(and(eq(reports.gridId, h.grids.s1), eq(reports.superseded, false)));
  expect(live).toHaveLength(1);
  expect((await ledger()).filter((d) => d.voidedAt === null)).toHaveLength(2);
});
