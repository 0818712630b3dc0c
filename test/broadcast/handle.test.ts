import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findPost } from '../../src/broadcast/repo.js';
import { importSeedPosts } from '../../src/broadcast/seed.js';
import { auditLog, outbox, postLog, schedules } from '../../src/db/schema.js';
import { harness, outboxRows, reset, say, town, type Harness } from './support.js';

let h: Harness;
let t: Awaited<ReturnType<typeof town>>;
beforeAll(async () => void (h = await harness()));
afterAll(() => h.close());
beforeEach(async () => {
  await reset(h);
  await importSeedPosts(h.db);
  t = await town(h.db);
});

const admin = (text: string, room = t.rooms.admin) => say(h, t.admin, text, { room });
const reply = async (text: string) => (await admin(text)).replies.join('\n');
const scheduleRows = () => h.db.select().from(schedules).orderBy(asc(schedules.id));

describe('#定时', () => {
  it('creates a weekly post schedule, re-arms the scheduler and echoes the rule and next three times', async () => {
    const r = await reply('#定时 普法 每周三 20:00 全部网格群');
    expect(r).toContain('编号 1');
    expect(r).toContain('全部网格群（目前 3 个群）');
    expect(r).toContain('每周三 20:00');
    expect(r).toContain('2026-12-02 周三 20:00\n2026-12-09 周三 20:00\n2026-12-16 周三 20:00');
    const [row] = await scheduleRows();
    expect(row).toMatchObject({ kind: 'post', active: true, createdBy: t.admin.id, ruleText: '每周三 20:00', target: { kind: 'allGrids' } });
    expect(h.reloads.count).toBe(1);
  });

  it('stores 本群 as the room it was said in', async () => {
    await reply('#定时 提醒 每月5号 09:00 本群 本月信访联席会议请准时参加');
    const [row] = await scheduleRows();
    expect(row?.target).toEqual({ kind: 'room', roomId: t.rooms.admin.id, name: '综治中心工作群' });
    expect(row?.message).toBe('本月信访联席会议请准时参加');
  });

  it.each([
    ['#定时 普法 每周三 20:00 本群', '本群'],
    ['#定时 普法 每周三 20:00 火星村', '没有找到'],
    ['#定时 普法 每周三 20:00 上司村九组', '没有找到网格'],
  ])('refuses %s and stores nothing', async (text, why) => {
    const r = (await say(h, t.admin, text)).replies.join('\n');
    expect(r).toContain(why);
    expect(await scheduleRows()).toEqual([]);
    expect(h.reloads.count).toBe(0);
  });

  it('answers an unreadable time with three examples', async () => {
    const r = await reply('#定时 普法 找个时间 全部网格群');
    for (const example of ['每周三 20:00', '每月1号 上午9点', '明天下午3点']) expect(r).toContain(example);
    expect(await scheduleRows()).toEqual([]);
  });

  it('refuses a non-admin, changes nothing and audits the attempt', async () => {
    const r = await say(h, t.worker, '#定时 普法 每周三 20:00 全部网格群');
    expect(r.replies.join()).toContain('只有管理员');
    expect(await scheduleRows()).toEqual([]);
    const audits = await h.db.select().from(auditLog);
    expect(audits).toMatchObject([{ actorId: t.worker.id, ok: false }]);
  });

  it('lists, pauses, resumes and deletes, re-arming after each change and auditing every command', async () => {
    await reply('#定时 普法 每周三 20:00 全部网格群');
    await reply('#定时 提醒 每月5号 09:00 管理群 开会');
    expect(await reply('#定时 列表')).toMatch(/1\. 普法｜每周三 20:00｜全部网格群｜下次 2026-12-02 周三 20:00\n2\. 提醒“开会”/);
    expect(await reply('#定时 暂停 1')).toContain('已暂停');
    expect((await scheduleRows())[0]?.active).toBe(false);
    expect(await reply('#定时 列表')).toContain('全部网格群｜已暂停');
    expect(await reply('#定时 暂停 1')).toContain('本来就已暂停');
    expect(await reply('#定时 恢复 1')).toContain('下次：2026-12-02 周三 20:00');
    expect(await reply('#定时 删除 2')).toContain('已删除');
    expect((await scheduleRows()).map((s) => s.id)).toEqual([1]);
    expect(await reply('#定时 删除 9')).toContain('没有编号为 9');
    expect(h.reloads.count).toBe(5);
    expect(await h.db.select().from(auditLog)).toHaveLength(9);
  });
});

describe('#普法', () => {
  it('adds a post in chat, enabled, with the next chat code', async () => {
    const r = await reply('#普法 添加 借钱要写借条|借钱给亲戚朋友，也要写张借条，写清金额、还款日期，双方签字按手印。|经济');
    expect(r).toContain('已添加 c001《借钱要写借条》（经济）');
    expect(await findPost(h.db, 'c001')).toMatchObject({ enabled: true, source: 'chat', theme: 'economic' });
  });

  it('lists one theme in full, and all posts as counts per theme', async () => {
    const land = await reply('#普法 列表 土地');
    expect(land).toContain('p021 [山林土地]');
    expect(land).not.toContain('[邻里]');
    const all = await reply('#普法 列表');
    expect(all).toMatch(/共 \d+ 条/);
    expect(all).toContain('· 山林土地：');
  });

  it('previews a post as the groups would see it, with its law', async () => {
    const r = await reply('#普法 预览 p021');
    expect(r).toContain('【普法·山林土地】');
    expect(r).toContain('法律依据：《农村土地承包法》第21条');
    expect(r).toContain('编号 p021');
    expect(await reply('#普法 预览 p999')).toContain('没有编号为 p999');
  });

  it('disables and enables a post', async () => {
    expect(await reply('#普法 停用 p021')).toContain('已停用 p021');
    expect((await findPost(h.db, 'p021'))?.enabled).toBe(false);
    expect(await reply('#普法 列表 土地')).toContain('（停用）');
    expect(await reply('#普法 启用 21')).toContain('已启用 p021');
    expect((await findPost(h.db, 'p021'))?.enabled).toBe(true);
  });

  it('sends a post by hand to a village, again if asked, and refuses a disabled one', async () => {
    expect(await reply('#普法 发送 p012 上司村')).toContain('上司村（2 个群）');
    await reply('#普法 发送 p012 上司村');
    const rows = await outboxRows(h.db);
    expect(rows.map((r) => r.targetId).sort()).toEqual([t.rooms.shangsi1.id, t.rooms.shangsi1.id, t.rooms.shangsi3.id, t.rooms.shangsi3.id].sort());
    expect(await h.db.select().from(postLog).where(eq(postLog.manual, true))).toHaveLength(4);
    await reply('#普法 停用 p013');
    expect(await reply('#普法 发送 p013 上司村')).toContain('停用');
    expect(await reply('#普法 发送 p012 本群')).toContain('（1 个群）');
  });

  it("counts posts and groups per village and theme, and the year's activities", async () => {
    await reply('#普法 发送 p012 全部网格群');
    await reply('#普法 发送 p021 里腊村');
    await h.db.update(outbox).set({ status: 'sent' });
    const month = await reply('#普法 统计');
    expect(month).toContain('普法统计（2026年11月）');
    expect(month).toContain('推送 4 次，覆盖 3 个群（已发出 4，失败 0，待发 0）');
    expect(month).toContain('· 上司村：2 次，2 个群');
    expect(month).toContain('· 里腊村：2 次，1 个群');
    expect(month).toContain('· 邻里：3 次，3 个群');
    expect(month).toContain('· 山林土地：1 次，1 个群');
    expect(month).toContain('2026年普法活动：共 2 次（定时 0 次，手动 2 次）');
    const nextMonth = (await say(h, t.admin, '#普法 统计 本月', { room: t.rooms.admin, now: new Date('2026-12-01T09:00:00+08:00') })).replies.join();
    expect(nextMonth).toContain('还没有推送记录');
    expect(nextMonth).toContain('共 2 次');
    expect(await reply('#普法 统计 本年')).toContain('普法统计（2026年）');
  });

  it('says a model must be configured before #普法 生成 can draft', async () => {
    expect(await reply('#普法 生成 兄弟分家后宅基地界线不清')).toContain('OPENAI_API_KEY');
  });
});

describe('#定时 and #普法 as typed on a phone (more in commands-messy.test.ts)', () => {
  it('sets a grid written apart from its village, and a schedule said as #普法 …', async () => {
    expect(await reply('＃定时 普法 每周五下午两点一刻 上司村 三组')).toContain('发到上司村三组（目前 1 个群）');
    expect(await reply('#普法 每周三晚上八点 全部')).toContain('已设置定时普法，编号 2：发到全部网格群（目前 3 个群）');
    expect((await scheduleRows()).map((r) => r.target)).toEqual([{ kind: 'grid', name: '上司村三组' }, { kind: 'allGrids' }]);
  });

  it('pauses, resumes and deletes with the words run together', async () => {
    await reply('#定时 普法 每周三 20:00 全部网格群');
    expect(await reply('#定时暂停1')).toContain('已暂停定时任务 1');
    expect(await reply('#定时恢复 1号')).toContain('已恢复定时任务 1');
    expect(await reply('#定时删除第1个')).toContain('已删除定时任务 1');
    expect(await scheduleRows()).toEqual([]);
  });

  it('stores nothing when it asks back', async () => {
    expect(await reply('#定时 普法 每两周 周三 20:00 全部网格群')).toContain('还不能');
    expect(await reply('#定时 普法 每周三 20:00 上司村、里腊村')).toContain('一条只能发到一个地方');
    expect(await scheduleRows()).toEqual([]);
    expect(h.reloads.count).toBe(0);
  });
});
