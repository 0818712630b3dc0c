import { asc, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/kernel/time.js';
import { disputeEvents, disputes, followups } from '../../src/db/schema.js';
import type { Member } from '../../src/db/types.js';
import type { Dispute } from '../../src/ledger/index.js';
import { privately, say, withCases, type Harness, type Town } from './support.js';

// Commands as grid workers, chiefs and mediators type them on a phone, run through the real
// routes against a town with eight cases (SS-2026-0001 … 0008 in 上司村三组); the one under test is
// SS-2026-0007. Today is 2026-12-02, a Wednesday.
let h: Harness;
let t: Town;
let d: Dispute;
withCases((s) => ({ h, t, d } = s), 8, 6);

type Who = 'admin' | 'chief' | 'worker' | 'neighbourWorker' | 'mediator' | 'resident';

interface Expect {
  /** Part of the private answer (a regex when the wording around it does not matter). */
  reply: string | RegExp;
  status?: Dispute['status'];
  /** Who holds the case afterwards: a member's name or a department. */
  holder?: string | null;
  deadline?: string | null;
  /** The note of the newest event. */
  note?: string | null;
  visit?: [string, string | null];
}

interface Row {
  who: Who;
  text: string;
  /** Sent first by the grid's worker (or as given): puts the case where the row needs it. */
  before?: string[];
  /** Real WeChat mentions (picked from the member list), not an @ typed by hand. */
  mentions?: string[];
  want: Expect;
}

const ASSIGNED = '#交办 SS-2026-0007 赵调解员 3天';
const RESOLVED = '#进展 SS-2026-0007 已化解';
const MEDIATING = '#进展 SS-2026-0007 化解中';

const rows: Row[] = [
  // The case number, written loosely.
  { who: 'worker', text: '#进展 SS-2026-0007 化解中', want: { reply: '待化解 → 化解中', status: 'in_progress' } },
  { who: 'worker', text: '＃进展 ss20260007 化解中', want: { reply: 'SS-2026-0007：待化解 → 化解中', status: 'in_progress' } },
  { who: 'worker', text: '#进展 2026-7 化解中', want: { reply: 'SS-2026-0007：待化解 → 化解中', status: 'in_progress' } },
  { who: 'worker', text: '#进展 7号 化解中', want: { reply: 'SS-2026-0007：待化解 → 化解中', status: 'in_progress' } },
  { who: 'worker', text: '#进展 第7号 在调解', want: { reply: 'SS-2026-0007：待化解 → 化解中', status: 'in_progress' } },
  { who: 'worker', text: '#进展 0007 化解中', want: { reply: 'SS-2026-0007：待化解 → 化解中', status: 'in_progress' } },
  { who: 'worker', text: '#进展 7 化解中', want: { reply: 'SS-2026-0007：待化解 → 化解中', status: 'in_progress' } },
  { who: 'worker', text: '＃进展　７号　调解好了', want: { reply: '待化解 → 已化解', status: 'resolved' } },
  { who: 'worker', text: '#进展7号 调解好了', want: { reply: '待化解 → 已化解', status: 'resolved' } },
  { who: 'worker', text: '#查7号', want: { reply: 'SS-2026-0007｜邻里｜待化解' } },
  { who: 'worker', text: '#查 第七号', want: { reply: 'SS-2026-0007｜邻里｜待化解' } },
  { who: 'worker', text: '#查 99号', want: { reply: '没有找到编号为 SS-2026-0099 的纠纷，请核对编号。只写号数时按今年（2026年）找；往年的请写全，如 SS-2025-0099。' } },
  { who: 'worker', text: '#查 SS-2025-0007', want: { reply: '没有找到编号为 SS-2025-0007 的纠纷，请核对编号。' } },
  { who: 'worker', text: '#进展 已化解', want: { reply: '请写上纠纷编号，例如：#进展 SS-2026-0007' } },
  // Statuses in everyday words.
  { who: 'worker', text: '#进展 SS-2026-0007 已经化解', want: { reply: '待化解 → 已化解', status: 'resolved' } },
  { who: 'worker', text: '#进展 7号 已经调解好了', want: { reply: '待化解 → 已化解', status: 'resolved' } },
  { who: 'worker', text: '#进展 7号 还在调', want: { reply: '待化解 → 化解中', status: 'in_progress' } },
  { who: 'worker', text: '#进展 7号 转派出所了', want: { reply: '待化解 → 已移交', status: 'escalated', note: '转派出所' } },
  { who: 'worker', text: '#进展 7号 交司法所', want: { reply: '待化解 → 已移交', status: 'escalated', note: '交司法所' } },
  { who: 'worker', text: '#进展 7号 移交派出所处理', want: { reply: '待化解 → 已移交', status: 'escalated', note: '移交派出所处理' } },
  { who: 'worker', text: '#进展 7号 没谈拢', want: { reply: '已记下 SS-2026-0007 的进展（待化解）', status: 'pending', note: '没谈拢' } },
  {
    who: 'worker',
    text: '#进展 7号 没谈拢，下周再约',
    before: [MEDIATING],
    want: { reply: '已记下 SS-2026-0007 的进展（化解中）', status: 'in_progress', note: '没谈拢；下周再约' },
  },
  { who: 'worker', text: '#进展 7号 调解失败', before: [MEDIATING], want: { reply: '（化解中）', status: 'in_progress', note: '调解失败' } },
  { who: 'worker', text: '#进展 7号 待化解', before: [MEDIATING], want: { reply: '不能改成“待化解”', status: 'in_progress' } },
  { who: 'worker', text: '#进展 7号 双方签了协议', want: { reply: '待化解 → 已化解', status: 'resolved' } },
  { who: 'worker', text: '#进展 7号 调解好了，双方握手言和', want: { reply: '待化解 → 已化解', status: 'resolved', note: '双方握手言和' } },
  { who: 'worker', text: '#进展 SS-2026-0007，已化解，方式:人民调解，赔了500元', want: { reply: '化解方式：人民调解', status: 'resolved', note: '方式：人民调解；赔了500元' } },
  { who: 'worker', text: '#进展 7号 正在调解，约了下周再谈', want: { reply: '待化解 → 化解中', status: 'in_progress', note: '约了下周再谈' } },
  { who: 'worker', text: '#进展 7号 搞定了', want: { reply: '待化解 → 已化解', status: 'resolved' } },
  {
    who: 'worker',
    text: '#进展 7号 今天去了两家都不在',
    want: { reply: '没看出新的状态，状态未改。要改状态请写：#进展 SS-2026-0007 已化解', status: 'pending', note: '今天去了两家都不在' },
  },
  { who: 'worker', text: '#进展 7号 重新打开 又吵起来了', before: [RESOLVED], want: { reply: '已化解 → 化解中', status: 'in_progress', note: '又吵起来了' } },
  { who: 'worker', text: '#进展 SS-2026-0007', want: { reply: '请写明进展', status: 'pending' } },
  { who: 'worker', text: '#进展 SS-2026-0099 已化解', want: { reply: '没有找到编号为 SS-2026-0099 的纠纷' } },
  {
    who: 'mediator',
    text: '#进展 7号 已化解',
    want: { reply: '没有查看或办理这件纠纷的权限。如有疑问请联系镇综治中心。\n发 #我的 可以看交给您或您登记的纠纷。', status: 'pending' },
  },
  { who: 'mediator', text: '#进展 7号 调解好了 方式：人民调解', before: [ASSIGNED], want: { reply: '待化解 → 已化解', status: 'resolved' } },
  { who: 'resident', text: '#查 7号', want: { reply: /^抱歉，您没有查看或办理这件纠纷的权限。如有疑问请联系镇综治中心。$/ } },
  // Handing a case on, with a deadline.
  {
    who: 'chief',
    text: '#交办 SS-2026-0007 @赵调解员 3天',
    mentions: ['赵调解员'],
    want: { reply: '已交办给 赵调解员，时限 2026-12-05', holder: '赵调解员', deadline: '2026-12-05' },
  },
  { who: 'chief', text: '#交办 SS-2026-0007 @赵调解员 三天内', want: { reply: '已交办给 赵调解员', holder: '赵调解员', deadline: '2026-12-05' } },
  { who: 'chief', text: '#交办 7号 赵调解员 一周', want: { reply: '时限 2026-12-09', holder: '赵调解员', deadline: '2026-12-09' } },
  { who: 'chief', text: '#交办 7号 赵调解员 下周五前', want: { reply: '时限 2026-12-11', holder: '赵调解员', deadline: '2026-12-11' } },
  { who: 'chief', text: '#交办 7号 赵调解员 周五前', want: { reply: '时限 2026-12-04', holder: '赵调解员', deadline: '2026-12-04' } },
  { who: 'chief', text: '#交办 7号 赵调解员 明天', want: { reply: '时限 2026-12-03', holder: '赵调解员', deadline: '2026-12-03' } },
  { who: 'chief', text: '#交办 7号 司法所 12月10号前', want: { reply: '已交办给 司法所，时限 2026-12-10', holder: '司法所', deadline: '2026-12-10' } },
  { who: 'chief', text: '#交办 7号 司法所 10号前', want: { reply: '时限 2026-12-10', holder: '司法所', deadline: '2026-12-10' } },
  { who: 'chief', text: '#交办 7号 派出所 月底', want: { reply: '已交办给 派出所，时限 2026-12-31', holder: '派出所', deadline: '2026-12-31' } },
  { who: 'chief', text: '#交办 7号 村调委会 下个月底前', want: { reply: '已交办给 村调委会，时限 2027-01-31', holder: '村调委会', deadline: '2027-01-31' } },
  { who: 'chief', text: '#交办 7号 赵调解员 1月5日前', want: { reply: '时限 2027-01-05', holder: '赵调解员', deadline: '2027-01-05' } },
  { who: 'chief', text: '#交办 7号 交给赵调解员，5天内办好', want: { reply: '已交办给 赵调解员，时限 2026-12-07', holder: '赵调解员', deadline: '2026-12-07' } },
  { who: 'chief', text: '#交办 7号 交镇司法所处理，限10天', want: { reply: '已交办给 镇司法所，时限 2026-12-12', holder: '镇司法所', deadline: '2026-12-12' } },
  { who: 'chief', text: '#交办 7号 赵调解员 5日内', want: { reply: '时限 2026-12-07', holder: '赵调解员', deadline: '2026-12-07' } },
  { who: 'admin', text: '#交办SS-2026-0007 赵调解员', want: { reply: '没写时限，按 7 天计', holder: '赵调解员', deadline: '2026-12-09' } },
  { who: 'chief', text: '#交办 7号 赵调解员 5日', want: { reply: '“5日”是5天内，还是5号前？请写 5天内 或 12月5日前', holder: null } },
  { who: 'chief', text: '#交办 7号 司法所 11月30日前', want: { reply: '时限“11月30日”已经过了，请写以后的日子，如 3天 或 下周五', holder: null } },
  { who: 'chief', text: '#交办 7号 司法所 1号前', want: { reply: '本月1号已经过了。是1月1号吗？请写明月份，如 1月1日', holder: null } },
  { who: 'chief', text: '#交办 7号 司法所 昨天', want: { reply: '时限“昨天”已经过了', holder: null } },
  { who: 'chief', text: '#交办 7号 赵调解员 前天之前', want: { reply: '时限“前天”已经过了', holder: null } },
  { who: 'chief', text: '#交办 7号 赵调解员 上周五前', want: { reply: '时限“上周五”已经过了', holder: null } },
  { who: 'chief', text: '#交办 7号 赵调解员 -3天', want: { reply: '时限“-3天”不对，时限要往后算', holder: null } },
  { who: 'chief', text: '#交办 7号 赵调解员 负两天', want: { reply: '时限“负两天”不对', holder: null } },
  { who: 'chief', text: '#交办 7号 司法所 9999天', want: { reply: '时限“9999天”太长了', holder: null } },
  { who: 'chief', text: '#交办 7号 司法所 限500天内', want: { reply: '太长了。时限最长一年', holder: null } },
  { who: 'chief', text: '#交办 7号 司法所 60周', want: { reply: '太长了', holder: null } },
  { who: 'chief', text: '#交办 7号 @赵调解员 @王网格员 3天', mentions: ['赵调解员', '王网格员'], want: { reply: '一次只能交办给一个人或一个部门', holder: null } },
  { who: 'chief', text: '#交办 7号 赵调解员、王网格员 3天', want: { reply: '一次只能交办给一个人或一个部门', holder: null } },
  { who: 'chief', text: '#交办 7号 司法所和派出所 3天', want: { reply: '一次只能交办给一个人或一个部门', holder: null } },
  { who: 'chief', text: '#交办 7号 孙悟空 3天', want: { reply: '名册里没有“孙悟空”', holder: null } },
  { who: 'chief', text: '#交办 7号 3天', want: { reply: '请写明交给谁', holder: null } },
  { who: 'neighbourWorker', text: '#交办 7号 司法所 3天', want: { reply: '没有查看或办理这件纠纷的权限', holder: null } },
  // Follow-up visits.
  { who: 'worker', text: '#回访 SS-2026-0007 很满意 双方都说好', before: [RESOLVED], want: { reply: '回访：满意（双方都说好）', visit: ['满意', '双方都说好'] } },
  { who: 'worker', text: '#回访 7号 还行', before: [RESOLVED], want: { reply: '回访：基本满意。', visit: ['基本满意', null] } },
  { who: 'worker', text: '#回访 7号 还可以', before: [RESOLVED], want: { reply: '回访：基本满意。', visit: ['基本满意', null] } },
  { who: 'worker', text: '#回访 7号 一般，赔偿款还差200', before: [RESOLVED], want: { reply: '基本满意（赔偿款还差200）', visit: ['基本满意', '赔偿款还差200'] } },
  { who: 'worker', text: '#回访 7号 不太满意 觉得赔少了', before: [RESOLVED], want: { reply: '不满意（觉得赔少了）', visit: ['不满意', '觉得赔少了'] } },
  { who: 'worker', text: '#回访 7号 不怎么满意，说赔少了', before: [RESOLVED], want: { reply: '不满意（说赔少了）', visit: ['不满意', '说赔少了'] } },
  { who: 'worker', text: '#回访 7号 不满意：说要去县里告', before: [RESOLVED], want: { reply: '不满意（说要去县里告）', visit: ['不满意', '说要去县里告'] } },
  { who: 'worker', text: '#回访 7号 挺满意的', before: [RESOLVED], want: { reply: '回访：满意。', visit: ['满意', null] } },
  { who: 'worker', text: '#回访 7号 满意度：满意', before: [RESOLVED], want: { reply: '回访：满意。', visit: ['满意', null] } },
  { who: 'worker', text: '#回访 7号 群众满意', before: [RESOLVED], want: { reply: '回访：满意。', visit: ['满意', null] } },
  { who: 'worker', text: '#回访 7号 双方都表示满意', before: [RESOLVED], want: { reply: '回访：满意。', visit: ['满意', null] } },
  { who: 'worker', text: '#回访 7号 张某满意，李某不满意', before: [RESOLVED], want: { reply: '请写回访结果：满意、基本满意 或 不满意' } },
  { who: 'worker', text: '#回访 7号', before: [RESOLVED], want: { reply: '请写回访结果' } },
  { who: 'worker', text: '#回访 7号 满意', want: { reply: '这件纠纷还没化解，化解后再回访。' } },
  // Statistics.
  { who: 'admin', text: '#统计 上司村', want: { reply: '【矛盾纠纷统计】本年 上司村' } },
  { who: 'admin', text: '#统计 上个月', want: { reply: '【矛盾纠纷统计】上个月 全镇' } },
  { who: 'admin', text: '#统计 上司村 本月', want: { reply: '【矛盾纠纷统计】本月 上司村' } },
  { who: 'admin', text: '#统计 上司村上个月', want: { reply: '【矛盾纠纷统计】上个月 上司村' } },
  { who: 'admin', text: '#统计本月', want: { reply: '【矛盾纠纷统计】本月 全镇' } },
  { who: 'admin', text: '#统计 本季度 新场', want: { reply: '【矛盾纠纷统计】本季度 新场村' } },
  { who: 'admin', text: '#统计 上半年', want: { reply: '看不懂“上半年”。期间可写：本周、本月、本年、全部' } },
  { who: 'admin', text: '#统计 月亮村', want: { reply: '没有找到村“月亮村”，请核对村名。' } },
  { who: 'chief', text: '#统计 本周', want: { reply: '【矛盾纠纷统计】本周 上司村' } },
  { who: 'chief', text: '#统计 本月 新场村', want: { reply: '网格长只能查看本村的统计。' } },
  // Registering a dispute.
  { who: 'worker', text: '#纠纷 事由：两家争地界吵架 当事人：王某 赵某 类型：土地', want: { reply: 'SS-2026-0009｜山林土地水事｜待化解｜两家争地界吵架' } },
  { who: 'worker', text: '#纠纷 类型 土地 当事人 王某、赵某 事由 承包地界址不清', want: { reply: 'SS-2026-0009｜山林土地水事｜待化解｜承包地界址不清' } },
  { who: 'worker', text: '＃纠纷 类型：经济 当事人：陈某、周某 事由：借款两万元未还 状态：还在调', want: { reply: 'SS-2026-0009｜经济｜化解中｜借款两万元未还' } },
  { who: 'worker', text: '#纠纷 婚姻家庭，当事人：刘某夫妻，事由：闹离婚，彩礼退还三万元', want: { reply: 'SS-2026-0009｜家庭婚恋｜待化解｜闹离婚，彩礼退还三万元' } },
  { who: 'worker', text: '#纠纷 张某欠李某工钱八千元不还', want: { reply: '纠纷缺少"类型"，请写成：类型:邻里' } },
  { who: 'worker', text: '#纠纷 类型:邻里 当事人:张某、李某', want: { reply: '纠纷缺少"事由"' } },
];

const current = async () => (await h.db.select().from(disputes).where(eq(disputes.id, d.id)))[0]!;
const lastNote = async () => (await h.db.select().from(disputeEvents).where(eq(disputeEvents.disputeId, d.id)).orderBy(desc(disputeEvents.id)).limit(1))[0]!.note;

const people = (): Member[] => Object.values(t).filter((v): v is Member => 'role' in v);
const member = (name: string): Member => people().find((m) => m.name === name)!;
const holder = (c: Dispute): string | null => c.assigneeText ?? people().find((m) => m.id === c.assigneeId)?.name ?? null;

describe('commands as typed on a phone', () => {
  it.each(rows.map((r) => [r.text, r] as const))('%s', async (_text, r) => {
    for (const b of r.before ?? []) await say(h, t.worker, b);
    const mentions = r.mentions ?? [];
    const said = await say(h, t[r.who], r.text, { mentions, mentionIds: mentions.map((n) => member(n).wechatId!) });
    const answer = privately(said);
    if (typeof r.want.reply === 'string') expect(answer).toContain(r.want.reply);
    else expect(answer).toMatch(r.want.reply);
    const c = await current();
    if (r.want.status !== undefined) expect(c.status).toBe(r.want.status);
    if (r.want.holder !== undefined) expect(holder(c)).toBe(r.want.holder);
    if (r.want.deadline !== undefined) expect(c.deadline && formatDate(c.deadline, h.deps.config.TZ)).toBe(r.want.deadline);
    if (r.want.note !== undefined) expect(await lastNote()).toBe(r.want.note);
    if (r.want.visit) {
      const visits = await h.db.select().from(followups).orderBy(asc(followups.id));
      expect(visits.map((v) => [v.satisfaction, v.note])).toEqual([r.want.visit]);
    }
  });

  it('answers a messy command in a group with a receipt only', async () => {
    const said = await say(h, t.worker, '#进展7号 调解好了，张某某赔了500元', { room: t.gridRoom });
    expect(said.replies.join('')).not.toMatch(/张某某|500|SS-2026/);
    expect(said.privateReplies.join('')).toContain('待化解 → 已化解');
  });
});
