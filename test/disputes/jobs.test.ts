import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/kernel/time.js';
import { followupsDue, openRiskCases, overdueAssignments, remindFollowups, remindOverdue } from '../../src/disputes/index.js';
import { recordDisputes, type Dispute } from '../../src/ledger/index.js';
import { draft, NOW, outboxRows, privately, say, withCases, type Harness, type Town } from './support.js';

let h: Harness;
let t: Town;
let d: Dispute;
withCases((s) => ({ h, t, d } = s));

const sent = async (purpose: string) => (await outboxRows(h.db)).filter((r) => r.purpose === purpose);
const at = (local: string) => new Date(`${local}+08:00`);

describe('overdue assignments', () => {
  it('selects open assigned cases past their deadline only', async () => {
    await say(h, t.worker, `#交办 ${d.code} @赵调解员 3天`, { mentions: ['赵调解员'], mentionIds: [t.mediator.wechatId!] });
    expect(await overdueAssignments(h.db, at('2026-12-05T23:00:00'))).toEqual([]);
    const late = await overdueAssignments(h.db, at('2026-12-06T09:00:00'));
    expect(late.map((r) => [r.dispute.code, r.assignee, r.village, r.grid])).toEqual([[d.code, '赵调解员', '上司村', '三组']]);
    await say(h, t.mediator, `#进展 ${d.code} 已化解`);
    expect(await overdueAssignments(h.db, at('2026-12-06T09:00:00'))).toEqual([]);
  });

  it('reminds the assignee once per local day however often the job runs', async () => {
    await say(h, t.worker, `#交办 ${d.code} @赵调解员 3天`, { mentions: ['赵调解员'], mentionIds: [t.mediator.wechatId!] });
    await remindOverdue(h.deps, at('2026-12-06T09:00:00'));
    await remindOverdue(h.deps, at('2026-12-06T18:00:00'));
    expect(await sent('dispute-overdue')).toHaveLength(1);
    await remindOverdue(h.deps, at('2026-12-07T09:00:00'));
    const rows = await sent('dispute-overdue');
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.targetKind === 'member' && r.targetId === t.mediator.id)).toBe(true);
    expect(rows[1]!.text).toContain(d.code);
    expect(rows[1]!.text).toContain('已逾期');
  });

  it('reminds whoever assigned a case to a department', async () => {
    await say(h, t.chief, `#交办 ${d.code} 司法所 1天`);
    await remindOverdue(h.deps, at('2026-12-04T09:00:00'));
    const [r] = await sent('dispute-overdue');
    expect(r).toMatchObject({ targetKind: 'member', targetId: t.chief.id });
    expect(r!.text).toContain('交办给司法所');
  });
});

describe('follow-up visits', () => {
  it('are due FOLLOWUP_DAYS local days after resolution until a visit is recorded', async () => {
    await say(h, t.worker, `#进展 ${d.code} 已化解`, { now: at('2026-12-02T15:00:00') });
    expect(await followupsDue(h.db, at('2026-12-08T23:00:00'), 7, h.deps.calendar)).toEqual([]);
    expect((await followupsDue(h.db, at('2026-12-09T08:00:00'), 7, h.deps.calendar)).map((r) => r.dispute.code)).toEqual([d.code]);
    await say(h, t.worker, `#回访 ${d.code} 满意`, { now: at('2026-12-09T10:00:00') });
    expect(await followupsDue(h.db, at('2026-12-10T08:00:00'), 7, h.deps.calendar)).toEqual([]);
  });

  it('remind the reporting worker once per resolution, again after a reopen and new resolution', async () => {
    await say(h, t.worker, `#进展 ${d.code} 已化解`, { now: NOW });
    await remindFollowups(h.deps, addDays(NOW, 7, 'Asia/Shanghai'));
    await remindFollowups(h.deps, addDays(NOW, 8, 'Asia/Shanghai'));
    const first = await sent('dispute-followup');
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ targetKind: 'member', targetId: t.worker.id });
    expect(first[0]!.text).toContain(`#回访 ${d.code}`);
    await say(h, t.worker, `#进展 ${d.code} 化解中`, { now: addDays(NOW, 9, 'Asia/Shanghai') });
    await say(h, t.worker, `#进展 ${d.code} 已化解`, { now: addDays(NOW, 10, 'Asia/Shanghai') });
    await remindFollowups(h.deps, addDays(NOW, 17, 'Asia/Shanghai'));
    expect(await sent('dispute-followup')).toHaveLength(2);
  });
});

describe('who is reminded to visit', () => {
  it.each([
    ['the mediator who closed it by #进展', 'mediator'],
    ['the worker who closed it by #进展', 'worker'],
  ] as const)('is %s', async (_, who) => {
    await say(h, t.worker, `#交办 ${d.code} @赵调解员 3天`, { mentions: ['赵调解员'], mentionIds: [t.mediator.wechatId!] });
    const closing = await say(h, t[who], `#进展 ${d.code} 已化解 方式:人民调解`, { now: NOW });
    expect(privately(closing)).toContain('天后我会提醒回访');
    await remindFollowups(h.deps, addDays(NOW, 7, 'Asia/Shanghai'));
    const [r] = await sent('dispute-followup');
    expect(r).toMatchObject({ targetKind: 'member', targetId: t[who].id });
  });
});

describe('overdue high-risk cases', () => {
  it('alert the admin group the day they fall overdue, once a day, with no party names', async () => {
    const [r] = await recordDisputes(h.deps, { reporter: t.worker, gridId: t.grids.g3.id, reportId: null, drafts: [draft({ risks: ['homicide'], parties: ['覃某甲'] })], at: NOW });
    await say(h, t.admin, `#交办 ${r!.code} @赵调解员 1天`, { mentions: ['赵调解员'], mentionIds: [t.mediator.wechatId!] });
    await remindOverdue(h.deps, at('2026-12-03T20:00:00'));
    expect(await sent('dispute-overdue-risk')).toEqual([]);
    await remindOverdue(h.deps, at('2026-12-04T09:00:00'));
    await remindOverdue(h.deps, at('2026-12-04T18:00:00'));
    const rows = await sent('dispute-overdue-risk');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ targetKind: 'room', targetId: t.adminRoom.id });
    expect(rows[0]!.text).toContain(r!.code);
    expect(rows[0]!.text).toContain('命案风险');
    expect(rows[0]!.text).not.toContain('覃某甲');
    await remindOverdue(h.deps, at('2026-12-05T09:00:00'));
    expect(await sent('dispute-overdue-risk')).toHaveLength(2);
  });

  it('do not alert for an overdue case without a risk', async () => {
    await say(h, t.worker, `#交办 ${d.code} @赵调解员 1天`, { mentions: ['赵调解员'], mentionIds: [t.mediator.wechatId!] });
    await remindOverdue(h.deps, at('2026-12-05T09:00:00'));
    expect(await sent('dispute-overdue-risk')).toEqual([]);
  });
});

describe('open risk cases', () => {
  it('lists flagged cases until they are resolved', async () => {
    const [r] = await recordDisputes(h.deps, { reporter: t.worker, gridId: t.grids.g3.id, reportId: null, drafts: [draft({ risks: ['petition'] })], at: NOW });
    expect((await openRiskCases(h.db)).map((c) => c.dispute.code)).toEqual([r!.code]);
    await say(h, t.worker, `#进展 ${r!.code} 已化解`);
    expect(await openRiskCases(h.db)).toEqual([]);
  });
});

describe('re-assigning with a new deadline', () => {
  it.each([
    ['a later deadline', '12月10日', '时限由 2026-12-05 改为 2026-12-10'],
    ['an earlier one', '明天', '时限由 2026-12-05 改为 2026-12-03'],
  ])('tells the admin and the assignee of %s', async (_, when, change) => {
    const mention = { mentions: ['赵调解员'], mentionIds: [t.mediator.wechatId!] };
    await say(h, t.admin, `#交办 ${d.code} @赵调解员 3天`, mention);
    const again = await say(h, t.admin, `#交办 ${d.code} @赵调解员 ${when}`, mention);
    expect(privately(again)).toContain(change);
    const told = await sent('dispute-assign');
    expect(told).toHaveLength(2);
    expect(told[1]).toMatchObject({ targetKind: 'member', targetId: t.mediator.id });
    expect(told[1]!.text).toContain(`调整了交办给您的纠纷：${change}`);
  });

  it('says nothing of a change when the deadline stays', async () => {
    const mention = { mentions: ['赵调解员'], mentionIds: [t.mediator.wechatId!] };
    await say(h, t.admin, `#交办 ${d.code} @赵调解员 3天`, mention);
    expect(privately(await say(h, t.admin, `#交办 ${d.code} @赵调解员 12月5日`, mention))).not.toContain('时限由');
  });
});
