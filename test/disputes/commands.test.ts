import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { disputeEvents, disputes, followups } from '../../src/db/schema.js';
import type { Member } from '../../src/db/types.js';
import { recordDisputes, type Dispute } from '../../src/ledger/index.js';
import { draft, NOW, outboxRows, privately, say, withCases, type Harness, type Town } from './support.js';

let h: Harness;
let t: Town;
let d: Dispute;
withCases((s) => ({ h, t, d } = s));

const current = async () => (await h.db.select().from(disputes).where(eq(disputes.id, d.id)))[0]!;
const events = () => h.db.select().from(disputeEvents).where(eq(disputeEvents.disputeId, d.id)).orderBy(asc(disputeEvents.id));

describe('who may do what', () => {
  const cases: [string, (t: Town) => Member, boolean][] = [
    ['the admin', (t) => t.admin, true],
    ['the reporting worker', (t) => t.worker, true],
    ['the village chief', (t) => t.chief, true],
    ['a worker of another grid', (t) => t.neighbourWorker, false],
    ['a worker of another village', (t) => t.otherVillageWorker, false],
    ['the chief of another village', (t) => t.otherChief, false],
    ['a mediator not assigned', (t) => t.mediator, false],
    ['a resident', (t) => t.resident, false],
  ];

  it.each(cases)('%s: #进展 allowed = %s', async (_who, pick, allowed) => {
    const said = await say(h, pick(t), `#进展 ${d.code} 化解中 已约双方面谈`);
    expect((await current()).status).toBe(allowed ? 'in_progress' : 'pending');
    expect(await events()).toHaveLength(allowed ? 2 : 1);
    expect(privately(said)).toMatch(allowed ? /待化解 → 化解中/ : /没有查看或办理这件纠纷的权限/);
  });

  it.each(cases)('%s: #查 shows details = %s', async (_who, pick, allowed) => {
    const said = privately(await say(h, pick(t), `#查 ${d.code}`));
    expect(said.includes('排水沟堵塞引发争吵')).toBe(allowed);
    expect(said.includes('张某某')).toBe(allowed);
  });

  it('a resident learns nothing, not even whether a code exists', async () => {
    const real = privately(await say(h, t.resident, `#查 ${d.code}`));
    const fake = privately(await say(h, t.resident, '#查 SS-2026-0999'));
    expect(real).toBe(fake);
    expect(privately(await say(h, t.admin, '#查 SS-2026-0999'))).toContain('没有找到编号为 SS-2026-0999');
  });

  it('an assignee may progress and visit their case but not hand it on', async () => {
    await say(h, t.worker, `#交办 ${d.code} @赵调解员 3天`, { mentions: ['赵调解员'], mentionIds: [t.mediator.wechatId!] });
    expect(privately(await say(h, t.mediator, `#查 ${d.code}`))).toContain('排水沟堵塞引发争吵');
    expect(privately(await say(h, t.mediator, `#交办 ${d.code} 司法所`))).toContain('没有查看或办理');
    expect(privately(await say(h, t.mediator, `#进展 ${d.code} 已化解 方式:人民调解`))).toContain('待化解 → 已化解');
    expect((await current()).status).toBe('resolved');
    expect(privately(await say(h, t.mediator, `#回访 ${d.code} 满意`))).toContain('满意');
  });

  it('an inactive member can do nothing', async () => {
    const gone = { ...t.worker, active: false };
    await say(h, gone, `#进展 ${d.code} 已化解`);
    expect((await current()).status).toBe('pending');
  });
});

describe('#进展', () => {
  it('moves the status, keeps the method, and writes who/when/from/to/note', async () => {
    await say(h, t.worker, `#进展 ${d.code} 化解中`);
    const later = new Date(NOW.getTime() + 86_400_000);
    const said = await say(h, t.worker, `#进展 ${d.code.toLowerCase()} 已化解 方式:人民调解 双方签了协议`, { now: later });
    expect(privately(said)).toContain('化解中 → 已化解');
    expect(privately(said)).toContain('7 天后我会提醒回访');
    const c = await current();
    expect(c).toMatchObject({ status: 'resolved', method: '人民调解' });
    expect(c.resolvedAt).toEqual(later);
    expect((await events()).slice(1).map((e) => [e.action, e.actorId, e.from, e.to, e.note])).toEqual([
      ['status', t.worker.id, 'pending', 'in_progress', null],
      ['status', t.worker.id, 'in_progress', 'resolved', '方式：人民调解；双方签了协议'],
    ]);
  });

  it('refuses an impossible move and changes nothing', async () => {
    await say(h, t.worker, `#进展 ${d.code} 化解中`);
    const said = await say(h, t.worker, `#进展 ${d.code} 待化解`);
    expect(privately(said)).toContain('不能改成“待化解”');
    expect((await current()).status).toBe('in_progress');
  });

  it('reopens a resolved case and clears its resolution', async () => {
    await say(h, t.worker, `#进展 ${d.code} 已化解`);
    await say(h, t.chief, `#进展 ${d.code} 重新打开 当事人又起争执`);
    const c = await current();
    expect(c.status).toBe('in_progress');
    expect(c.resolvedAt).toBeNull();
    expect((await events()).at(-1)).toMatchObject({ action: 'reopen', actorId: t.chief.id, from: 'resolved', to: 'in_progress', note: '当事人又起争执' });
  });

  it('keeps where an escalated case went', async () => {
    await say(h, t.worker, `#进展 ${d.code} 转派出所`);
    expect((await current()).status).toBe('escalated');
    expect((await events()).at(-1)!.note).toBe('转派出所');
  });

  it('a note without a status word is a progress note', async () => {
    await say(h, t.worker, `#进展 ${d.code} 化解中`);
    const said = await say(h, t.worker, `#进展 ${d.code} 备注:已电话联系双方`);
    expect(privately(said)).toContain('已记下');
    expect((await events()).at(-1)).toMatchObject({ action: 'note', from: 'in_progress', to: 'in_progress', note: '已电话联系双方' });
  });

  it('asks for the code when it is missing', async () => {
    expect(privately(await say(h, t.worker, '#进展 已化解'))).toContain('请写上纠纷编号');
  });
});

describe('#交办', () => {
  it('assigns to a mentioned member with a deadline and tells them privately', async () => {
    const said = await say(h, t.chief, `#交办 ${d.code} @赵调解员\u2005 3天`, { mentions: ['赵调解员'], mentionIds: [t.mediator.wechatId!] });
    expect(privately(said)).toContain('已交办给 赵调解员，时限 2026-12-05');
    const c = await current();
    expect(c).toMatchObject({ assigneeId: t.mediator.id, assigneeText: null, assignedById: t.chief.id });
    expect(c.deadline).toEqual(new Date('2026-12-05T23:59:59+08:00'));
    const told = (await outboxRows(h.db)).filter((r) => r.purpose === 'dispute-assign');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ targetKind: 'member', targetId: t.mediator.id });
    expect(told[0]!.text).toContain('排水沟堵塞引发争吵');
    expect(told[0]!.text).toContain('2026-12-05');
    expect((await events()).at(-1)).toMatchObject({ action: 'assign', actorId: t.chief.id, from: null, to: '赵调解员', note: '时限 2026-12-05' });
  });

  it('assigns to a member named without @', async () => {
    await say(h, t.admin, `#交办 ${d.code} 赵调解员 12月20日`);
    const c = await current();
    expect(c.assigneeId).toBe(t.mediator.id);
    expect(c.deadline).toEqual(new Date('2026-12-20T23:59:59+08:00'));
  });

  it('assigns to a department, which nobody is told about', async () => {
    const said = await say(h, t.worker, `#交办 ${d.code} 司法所 5天`);
    expect(privately(said)).toContain('已交办给 司法所');
    expect(await current()).toMatchObject({ assigneeId: null, assigneeText: '司法所' });
    expect((await outboxRows(h.db)).filter((r) => r.purpose === 'dispute-assign')).toHaveLength(0);
  });

  it('refuses an unknown person rather than guessing', async () => {
    const said = await say(h, t.worker, `#交办 ${d.code} 孙悟空 3天`);
    expect(privately(said)).toContain('名册里没有“孙悟空”');
    expect((await current()).assigneeId).toBeNull();
  });

  it('refuses a worker of another grid', async () => {
    await say(h, t.neighbourWorker, `#交办 ${d.code} 司法所 3天`);
    expect((await current()).assigneeText).toBeNull();
  });
});

describe('#回访', () => {
  it('records satisfaction on a resolved case only', async () => {
    expect(privately(await say(h, t.worker, `#回访 ${d.code} 满意`))).toContain('还没化解');
    await say(h, t.worker, `#进展 ${d.code} 已化解`);
    expect(privately(await say(h, t.worker, `#回访 ${d.code} 基本满意 双方已和好`))).toContain('基本满意（双方已和好）');
    const visits = await h.db.select().from(followups);
    expect(visits).toMatchObject([{ disputeId: d.id, actorId: t.worker.id, satisfaction: '基本满意', note: '双方已和好' }]);
    expect(privately(await say(h, t.worker, `#回访 ${d.code} 没见到人`))).toContain('满意、基本满意 或 不满意');
  });
});

describe('#查 and #我的', () => {
  it('shows the whole story with names', async () => {
    await say(h, t.worker, `#交办 ${d.code} 司法所 3天`);
    await say(h, t.worker, `#进展 ${d.code} 已化解 方式:人民调解`);
    await say(h, t.worker, `#回访 ${d.code} 满意`);
    const text = privately(await say(h, t.admin, `#查 ${d.code}`));
    for (const part of ['SS-2026-0001｜邻里｜已化解', '上司村三组', '张某某、李某某', '张网格员 登记（待化解）', '交办给 司法所', '待化解→已化解；方式：人民调解', '回访：满意']) {
      expect(text).toContain(part);
    }
  });

  it('lists open cases of the worker and of the assignee', async () => {
    const [other] = await recordDisputes(h.deps, { reporter: t.neighbourWorker, gridId: t.grids.g4.id, reportId: null, drafts: [draft({ summary: '借款未还' })], at: NOW });
    await say(h, t.neighbourWorker, `#交办 ${other!.code} @赵调解员 3天`, { mentions: ['赵调解员'], mentionIds: [t.mediator.wechatId!] });
    const mine = privately(await say(h, t.worker, '#我的'));
    expect(mine).toContain('1 件');
    expect(mine).toContain(d.code);
    expect(mine).not.toContain(other!.code);
    const mediator = privately(await say(h, t.mediator, '#我的'));
    expect(mediator).toContain(other!.code);
    expect(mediator).not.toContain(d.code);
    expect(privately(await say(h, t.resident, '#我的'))).toContain('只有网格员、网格长、调解员和管理员');
  });
});

describe('privacy in groups', () => {
  it('answers only a receipt in the group and the details privately', async () => {
    const said = await say(h, t.worker, `#查 ${d.code}`, { room: t.gridRoom });
    expect(said.replies).toHaveLength(1);
    expect(said.replies[0]).toContain('详情已私信');
    expect(said.replies[0]).not.toContain('排水沟');
    expect(said.privateReplies.join('\n')).toContain('排水沟堵塞引发争吵');
  });

  // #台账 导出 is an admin command: refused in a grid group (test/security/authorization.test.ts).
  it.each(['#进展 {code} 已化解 方式:人民调解', '#交办 {code} 司法所 3天', '#我的', '#统计 本月'])('never puts case details in the group for %s', async (cmd) => {
    const sender = cmd.startsWith('#统计') || cmd.startsWith('#台账') ? t.admin : t.worker;
    const said = await say(h, sender, cmd.replace('{code}', d.code), { room: t.gridRoom });
    expect(said.replies.join('')).not.toMatch(/排水沟|张某某|李某某|SS-2026/);
    expect(said.replies.every((r) => r.includes('私信'))).toBe(true);
    expect(said.privateReplies.length).toBeGreaterThan(0);
  });

  it('a refusal in the group looks the same as any other answer there', async () => {
    const said = await say(h, t.resident, `#查 ${d.code}`, { room: t.gridRoom });
    const allowed = await say(h, t.worker, `#查 ${d.code}`, { room: t.gridRoom });
    expect(said.replies).toEqual(allowed.replies);
  });

  it('never writes names or summaries into the logs', async () => {
    await say(h, t.worker, `#交办 ${d.code} @赵调解员 3天`, { mentions: ['赵调解员'], mentionIds: [t.mediator.wechatId!] });
    await say(h, t.mediator, `#进展 ${d.code} 已化解 方式:人民调解 张某某已赔偿`);
    await say(h, t.resident, `#查 ${d.code}`);
    const logs = h.logs.join('');
    expect(logs).toContain(d.code);
    for (const secret of ['张某某', '李某某', '排水沟', '赵调解员', '张网格员', '赔偿']) expect(logs).not.toContain(secret);
  });
});
