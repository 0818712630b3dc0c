import { asc, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminCommand } from '../../src/admin/index.js';
import { adminGroup, findGridByName, gridRooms } from '../../src/roster/index.js';
import { members, outbox as outboxRows, rooms } from '../../src/db/schema.js';
import { createOutbox } from '../../src/outbox/enqueue.js';
import { notifyAdmins } from '../../src/roster/admin-group.js';
import type { Member } from '../../src/db/types.js';
import { addMember, addRoom, auditRows, harness, reset, rosterSnapshot, say, type Harness } from './support.js';

let h: Harness;
let admin: Member;
beforeAll(async () => {
  h = await harness();
});
beforeEach(async () => {
  await reset(h);
  admin = await addMember(h.db, '王书记', 'admin');
});
afterAll(() => h.close());

const memberNamed = async (name: string) => (await h.db.select().from(members).where(eq(members.name, name)))[0];

describe('#绑定 本群', () => {
  it.each([['#绑定 本群 上司村 三组'], ['#绑定 本群 上司村三组'], ['＃绑定　本群　上司村　三组'], ['#绑定  本群\u2005上司村三组 ']])(
    'binds an unbound group to a grid, creating it: %s',
    async (text) => {
      const said = await say(h, admin, text, { roomRef: { wechatId: 'r1', topic: '上司村三组网格群' } });
      expect(said.replies[0]).toContain('已把本群「上司村三组网格群」绑定到 上司村三组');
      const [room] = await gridRooms(h.db);
      expect(room).toMatchObject({ topic: '上司村三组网格群', kind: 'grid', wechatId: 'r1', village: '上司村', grid: '三组' });
      expect(room!.resolvedAt).toEqual(h.clock.now());
      const audit = await auditRows(h.db);
      expect(audit).toMatchObject([{ actorId: admin.id, actorName: '王书记', ok: true }]);
      expect(audit[0]!.command).toMatch(/^[#＃]绑定/);
    },
  );

  it('marks the admin group, and rebinding moves a group without duplicating it', async () => {
    const ref = { wechatId: 'r9', topic: '综治中心工作群' };
    expect((await say(h, admin, '#绑定 本群 管理群', { roomRef: ref })).replies[0]).toContain('设为管理群');
    expect(await adminGroup(h.db)).toMatchObject({ topic: '综治中心工作群', kind: 'admin', gridId: null });
    const room = (await adminGroup(h.db))!;
    const again = await say(h, admin, '#绑定 本群 上司村 二组', { room, roomRef: ref });
    expect(again.replies[0]).toContain('原来是管理群');
    expect(await adminGroup(h.db)).toBeNull();
    expect((await gridRooms(h.db)).map((r) => [r.id, r.grid])).toEqual([[room.id, '二组']]);
  });

  it.each([['#绑定 本群 管理群'], ['＃绑定　本群管理群'], ['#绑定 综治中心']])(
    'moves the admin role to a second group, leaving exactly one, and alerts go there: %s',
    async (text) => {
      const first = { wechatId: 'r-old', topic: '综治中心工作群' };
      const second = { wechatId: 'r-new', topic: '镇综治中心新群' };
      await say(h, admin, '#绑定 本群 管理群', { roomRef: first });
      const said = await say(h, admin, text, { roomRef: second });
      expect(said.replies[0]).toContain('已把本群「镇综治中心新群」设为管理群');
      expect(said.replies[0]).toContain('原管理群「综治中心工作群」以后不再收到告警和通知');
      const all = await h.db.select({ topic: rooms.topic, kind: rooms.kind }).from(rooms).orderBy(asc(rooms.id));
      expect(all).toEqual([
        { topic: '综治中心工作群', kind: 'unbound' },
        { topic: '镇综治中心新群', kind: 'admin' },
      ]);
      const centre = (await adminGroup(h.db))!;
      const outbox = createOutbox(h.db, h.clock, 1000);
      const key = `test-alert:${text}`;
      await notifyAdmins(h.db, outbox, { purpose: 'risk-alert', priority: 'alert', text: '上司村三组 高风险纠纷', key });
      const sent = await h.db
        .select()
        .from(outboxRows)
        .where(like(outboxRows.idempotencyKey, `${key}%`));
      expect(sent.map((r) => [r.targetKind, r.targetId])).toEqual([['room', centre.id]]);
      // Binding the same group again moves nothing and says nothing about a former one.
      expect((await say(h, admin, text, { roomRef: second })).replies[0]).not.toContain('原管理群');
    },
  );

  it('lets a former admin group be bound to a grid without calling it the admin group', async () => {
    await say(h, admin, '#绑定 本群 管理群', { roomRef: { wechatId: 'r1', topic: '综治中心工作群' } });
    await say(h, admin, '#绑定 本群 管理群', { roomRef: { wechatId: 'r2', topic: '综治中心新群' } });
    const said = await say(h, admin, '#绑定 本群 上司村三组', { roomRef: { wechatId: 'r1', topic: '综治中心工作群' } });
    expect(said.replies[0]).toContain('绑定到 上司村三组');
    expect(said.replies[0]).not.toContain('原来');
    expect((await gridRooms(h.db)).map((r) => r.topic)).toEqual(['综治中心工作群']);
    expect((await adminGroup(h.db))?.topic).toBe('综治中心新群');
  });

  it('is enforced by the schema: a second admin group cannot be written directly', async () => {
    await addRoom(h.db, '综治中心工作群', 'admin');
    await expect(addRoom(h.db, '另一个管理群', 'admin')).rejects.toThrow();
  });

  it('finds the group again by topic after a re-login gave it a new id', async () => {
    await say(h, admin, '#绑定 本群 上司村三组', { roomRef: { wechatId: 'old', topic: '三组群' } });
    await say(h, admin, '#绑定 本群 上司村三组', { roomRef: { wechatId: 'new', topic: '三组群' } });
    const rooms = await gridRooms(h.db);
    expect(rooms).toHaveLength(1);
    expect(rooms[0]!.wechatId).toBe('new');
  });

  it('must be sent in the group itself', async () => {
    const said = await say(h, admin, '#绑定 本群 上司村三组');
    expect(said.replies[0]).toContain('群里发');
    expect(await gridRooms(h.db)).toEqual([]);
  });

  it('explains the usage when the grid is missing or has no village', async () => {
    const ref = { wechatId: 'r1', topic: '某群' };
    expect((await say(h, admin, '#绑定 本群', { roomRef: ref })).replies[0]).toContain('用法');
    expect((await say(h, admin, '#绑定 本群 三组', { roomRef: ref })).replies[0]).toContain('村');
    expect(await gridRooms(h.db)).toEqual([]);
    expect((await auditRows(h.db)).map((a) => a.ok)).toEqual([false, false]);
  });

  it("refuses a resident's #绑定, changes nothing, and audits the refusal", async () => {
    const resident = await addMember(h.db, '李大姐', 'resident');
    const before = await rosterSnapshot(h.db);
    const said = await say(h, resident, '#绑定 本群 上司村 三组', { roomRef: { wechatId: 'r1', topic: '上司村三组网格群' } });
    expect(said.replies).toEqual(['抱歉，这个命令只有管理员才能用。']);
    expect(await rosterSnapshot(h.db)).toEqual(before);
    expect(await auditRows(h.db)).toMatchObject([{ actorId: resident.id, actorName: '李大姐', ok: false, command: '#绑定 本群 上司村 三组' }]);
  });
});

describe('#成员', () => {
  it('sets a mentioned member as worker of a grid (admin group)', async () => {
    const room = await addRoom(h.db, '综治中心工作群', 'admin');
    const text = '#成员 @张网格\u2005网格员 上司村三组';
    const said = await say(h, admin, text, { room, mentions: ['张网格'], mentionIds: ['wx-zhang'] });
    expect(said.replies[0]).toBe('已把 张网格 设为 上司村三组 网格员。\n（新建了网格 上司村三组）');
    const grid = (await findGridByName(h.db, '上司村三组'))!;
    expect(await memberNamed('张网格')).toMatchObject({ role: 'worker', gridId: grid.gridId, villageId: grid.villageId, wechatId: 'wx-zhang' });
  });

  it('updates the member already known by contact id instead of adding one, names with spaces included', async () => {
    const known = await addMember(h.db, 'Tom Lee', 'resident', { wechatId: 'wx-tom' });
    await say(h, admin, '#成员 @Tom Lee 调解员', { mentions: ['Tom Lee'], mentionIds: ['wx-tom'] });
    const rows = await h.db.select().from(members).where(eq(members.name, 'Tom Lee'));
    expect(rows).toMatchObject([{ id: known.id, role: 'mediator' }]);
  });

  it('sets a roster member by name in a private chat, and asks for a grid when the role needs one', async () => {
    await addMember(h.db, '赵六', 'resident', { wechatId: null });
    const noGrid = await say(h, admin, '#成员 赵六 网格长');
    expect(noGrid.replies[0]).toContain('要指定网格');
    expect((await memberNamed('赵六'))!.role).toBe('resident');
    const ok = await say(h, admin, '#成员 赵六 网格长 上司村 一组');
    expect(ok.replies[0]).toContain('已把 赵六 设为 上司村一组 网格长');
    expect((await memberNamed('赵六'))!.role).toBe('chief');
  });

  it('will not make an admin from a bare name, nor remove the last admin', async () => {
    await addMember(h.db, '钱七', 'resident', { wechatId: null });
    expect((await say(h, admin, '#成员 钱七 管理员')).replies[0]).toContain('#邀请');
    expect((await memberNamed('钱七'))!.role).toBe('resident');
    expect((await say(h, admin, '#成员 @王书记 群众', { mentions: ['王书记'], mentionIds: [admin.wechatId!] })).replies[0]).toContain('唯一的管理员');
    expect((await memberNamed('王书记'))!.role).toBe('admin');
  });

  it('rejects an unknown role word and lists the accepted ones', async () => {
    const said = await say(h, admin, '#成员 @孙八 队长', { mentions: ['孙八'], mentionIds: ['wx-sun'] });
    expect(said.replies[0]).toContain('角色「队长」不认识');
    expect(said.replies[0]).toContain('网格员');
    expect(await memberNamed('孙八')).toBeUndefined();
  });

  it("refuses a worker's #成员 and changes nothing", async () => {
    const worker = await addMember(h.db, '张网格', 'worker');
    const before = await rosterSnapshot(h.db);
    const said = await say(h, worker, '#成员 @张网格 管理员', { mentions: ['张网格'], mentionIds: [worker.wechatId!] });
    expect(said.replies).toEqual(['抱歉，这个命令只有管理员在私聊或管理群里才能用。']);
    expect(await rosterSnapshot(h.db)).toEqual(before);
    expect((await auditRows(h.db)).at(-1)).toMatchObject({ actorId: worker.id, ok: false });
  });

  it('refuses admin commands from an admin inside a grid group', async () => {
    const gridRoom = await addRoom(h.db, '上司村三组网格群', 'grid');
    const before = await rosterSnapshot(h.db);
    for (const text of ['#成员 列表', '#成员 @李大姐 网格员 上司村三组', '#邀请 管理员']) {
      const said = await say(h, admin, text, { room: gridRoom, mentions: ['李大姐'], mentionIds: ['wx-li'] });
      expect(said.replies[0]).toContain('私聊里或管理群里');
      expect(said.privateReplies).toEqual([]);
    }
    expect(await rosterSnapshot(h.db)).toEqual(before);
    expect((await auditRows(h.db)).map((a) => a.ok)).toEqual([false, false, false]);
  });

  it('lists members by village, grid and role', async () => {
    const grid = (await say(h, admin, '#成员 @张网格 网格员 上司村三组', { mentions: ['张网格'], mentionIds: ['wx-z'] }), await findGridByName(h.db, '上司村三组'))!;
    await addMember(h.db, '李大姐', 'resident', { gridId: grid.gridId, villageId: grid.villageId });
    await addMember(h.db, '周九', 'resident', { gridId: grid.gridId, villageId: grid.villageId });
    await say(h, admin, '#成员 @吴十 网格员 翁台村一组', { mentions: ['吴十'], mentionIds: ['wx-w'] });
    const all = (await say(h, admin, '#成员 列表')).replies[0]!;
    expect(all).toContain('镇级：管理员 王书记');
    expect(all).toContain('上司村三组：网格员 张网格；群众 2 人');
    expect(all).toContain('翁台村一组：网格员 吴十');
    const one = (await say(h, admin, '#成员 列表 上司村')).replies[0]!;
    expect(one).toContain('上司村三组');
    expect(one).not.toContain('吴十');
    expect((await say(h, admin, '#成员 列表 无此村')).replies[0]).toContain('没有叫「无此村」的村');
  });
});

describe('adminCommand', () => {
  it('audits a command whose handler fails, and lets the failure reach the per-message boundary', async () => {
    const failing = adminCommand(h.db, { names: ['坏'], place: 'admin-place', adminOnly: true }, async () => {
      throw new Error('boom');
    });
    const routes = h.routes;
    h.routes = [failing];
    await expect(say(h, admin, '#坏')).rejects.toThrow('boom');
    h.routes = routes;
    expect(await auditRows(h.db)).toMatchObject([{ actorId: admin.id, ok: false, command: '#坏', result: '出错，未完成' }]);
  });
});
