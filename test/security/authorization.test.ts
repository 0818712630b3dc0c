import { and, asc, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, createInvite, type CommandEntry, type Place } from '../../src/admin/index.js';
import { auditLog, disputes, invites } from '../../src/db/schema.js';
import { createHarness } from '../../src/replay/harness.js';
import type { SentRecord } from '../../src/wechat/mock-world.js';
import { buildTown, changed, digest, FAST_SENDS, GRID_A, memberId, NOW, PEOPLE, ROOMS, WHO, type Town, type Who } from './town.js';

// Every chat command of the command table (the README's table and #帮助 come from it), tried by
// every kind of sender in the places that matter, against a town built through chat.

type Where = 'private' | keyof typeof ROOMS;

interface Example {
  places: Where[];
  text(t: Town, where: Where, who: Who): string | Promise<string>;
  /** What only an allowed command answers. */
  ok: RegExp;
  /** About grid 上司村三组 or its cases: a worker of another grid is refused although workers may use it. */
  scoped?: true;
  /** Said with @bot in groups (plain phrases are only heard that way). */
  mention?: true;
  /** Tables a refusal is expected to change (a code shown in a group is voided). */
  refusalChanges?: (where: Where) => string[];
}

const { worker, mediator, household_head: householdHead } = PEOPLE;
const PRIVATE_AND_GROUP: Where[] = ['private', 'grid'];
const ADMIN_PLACES: Where[] = ['private', 'admin', 'grid'];
const at = (where: Where, name: string): string => (where === 'private' ? name : `@${name}`);

/** A realistic message for each table entry (by usage); a new command must add one here. */
const EXAMPLES: Record<string, Example> = {
  '#帮助': { places: PRIVATE_AND_GROUP, text: () => '#帮助', ok: /可以用：|可以帮你：/ },
  '#周报 ……': { places: PRIVATE_AND_GROUP, text: () => `#周报 网格:${GRID_A} 排查户数:70 本周无矛盾纠纷`, ok: /已收到上司村三组第49周/, scoped: true },
  '#周报 设置': { places: ADMIN_PLACES, text: () => '#周报 设置', ok: /周报时间（每周）/ },
  '#周报 时间 提醒 周五 09:00': { places: ADMIN_PLACES, text: () => '#周报 时间 提醒 周五 09:00', ok: /已改好：提醒改为每周五 09:00/ },
  '#周报 暂停 本周': { places: ADMIN_PLACES, text: () => '#周报 暂停 本周', ok: /已暂停第49周/ },
  '#周报 恢复 本周': { places: ADMIN_PLACES, text: () => '#周报 恢复 本周', ok: /已恢复第49周/ },
  '#请假 至12月10日': { places: PRIVATE_AND_GROUP, text: () => '#请假 至12月10日', ok: /已登记请假：您请假至12月10日/ },
  '#请假 @某人 至12月10日': { places: ADMIN_PLACES, text: () => `#请假 @${worker.name} 至12月10日`, ok: /已登记请假：张网格请假至12月10日/ },
  '#请假 取消': { places: PRIVATE_AND_GROUP, text: () => '#请假 取消', ok: /已销假：您/ },
  '#销假': { places: PRIVATE_AND_GROUP, text: () => '#销假', ok: /已销假：您/ },
  '#纠纷 类型:… 事由:…': {
    places: PRIVATE_AND_GROUP, scoped: true, ok: /已登记上司村三组纠纷/,
    text: () => `#纠纷 网格:${GRID_A} 类型:邻里 当事人:孙某、周某 事由:鸡鸭啄食菜地引发口角`,
  },
  '#进展 编号 状态 [方式:…]': { places: PRIVATE_AND_GROUP, scoped: true, text: (t) => `#进展 ${t.openCode} 化解中 已约双方面谈`, ok: /已(?:更新|记下) SS-2026-0001/ },
  '#交办 编号 @人 3天': {
    places: PRIVATE_AND_GROUP, scoped: true, ok: /SS-2026-0001 已交办给 赵调解员/,
    text: (t, where) => `#交办 ${t.openCode} ${at(where, mediator.name)} 3天`,
  },
  '#回访 编号 满意|基本满意|不满意': { places: PRIVATE_AND_GROUP, scoped: true, text: (t) => `#回访 ${t.resolvedCode} 满意 双方已和好`, ok: /已记录 SS-2026-0002 的回访：满意/ },
  '#查 编号': { places: PRIVATE_AND_GROUP, scoped: true, text: (t) => `#查 ${t.openCode}`, ok: /事由：排水沟堵塞引发争吵/ },
  '#我的': { places: PRIVATE_AND_GROUP, text: () => '#我的', ok: /件未办结的纠纷|没有未办结的纠纷/ },
  '#统计 [本周|本月|本年|全部] [村]': { places: PRIVATE_AND_GROUP, text: () => '#统计 本月 上司村', ok: /【矛盾纠纷统计】本月 上司村/ },
  '#台账 导出 [本月|本年|全部] [村]': { places: ADMIN_PLACES, text: () => '#台账 导出 本月', ok: /台账已导出：全镇，本月/ },
  '#定时 …': { places: ADMIN_PLACES, text: (t) => `#定时 暂停 ${t.scheduleId}`, ok: /定时任务 1（每周三 20:00，全部网格群）/ },
  '#普法 …': { places: ADMIN_PLACES, text: (t) => `#普法 停用 ${t.postCode}`, ok: /c001《借钱要写借条》/ },
  '#问答 统计': { places: ADMIN_PLACES, text: () => '#问答 统计 本月', ok: /法律问答统计（本月）/ },
  // Binding an already bound group again to the same thing changes nothing; the unbound groups are bound once.
  '#绑定 本群 <村> <网格>': {
    places: ['private', 'unbound', 'grid'], ok: /已把本群「.+」绑定到 上司村/,
    text: (_t, where) => (where === 'grid' ? '#绑定 本群 上司村 三组' : '#绑定 本群 上司村 五组'),
  },
  '#绑定 本群 管理群': { places: ['private', 'admin', 'unbound2'], text: () => '#绑定 本群 管理群', ok: /设为管理群/ },
  '#成员 @某人 <角色> [<网格>]': {
    places: ADMIN_PLACES, ok: /已把 刘联户 设为 上司村三组 联户长/,
    text: (_t, where) => `#成员 ${at(where, householdHead.name)} 联户长 ${GRID_A}`,
  },
  '#成员 列表 [<村>]': { places: ADMIN_PLACES, text: () => '#成员 列表 上司村', ok: /成员名单（上司村）/ },
  '#邀请 管理员': { places: ADMIN_PLACES, text: () => '#邀请 管理员', ok: /管理员邀请码/ },
  // A code for the role the sender already has: claiming it works and leaves the town as it was.
  '#认领 <邀请码>': {
    places: PRIVATE_AND_GROUP, ok: /认领成功/, refusalChanges: () => ['invites'],
    async text(t, _where, who) {
      const invite = await createInvite(t.h.database.db, t.h.clock, { role: PEOPLE[who].role, createdBy: await memberId(t.h, PEOPLE.admin.name) });
      return `#认领 ${invite.code}`;
    },
  },
  问法律问题: { places: PRIVATE_AND_GROUP, mention: true, text: () => '邻居家的排水沟把我家承包地淹了，该怎么办？', ok: /《[^》]+》|12348/ },
  需要调解: { places: PRIVATE_AND_GROUP, mention: true, text: () => '需要调解，邻居家的排水沟把我家的田淹了', ok: /已转给/ },
};

/** What a refusal says, in any of its forms; no allowed answer says any of it. */
const REFUSED = /抱歉|只有.{0,20}(?:可以|才能)|不能替|请在和我的私聊里或管理群里发|要在需要绑定的群里发|请私聊我发送|邀请码不能发在群里|请@要请假的人|是给群众用的|替别人登记请假请在/;

const PACE_MS = 5_000;
// WeChat puts U+2005 after an @-mention; the audit keeps the text as it arrived.
const spaced = (s: string): string => s.replace(/[\s\u2005]+/g, ' ');

const placeAllows = (place: Place, where: Where): boolean =>
  place === 'any' || (place === 'private' ? where === 'private' : place === 'group' ? where !== 'private' : where === 'private' || where === 'admin');

/** Allowed exactly when the table gives the sender's role the command, in that place (and, for grid matters, their grid). */
const allowedFor = (entry: CommandEntry, ex: Example, who: Who, where: Where): boolean =>
  entry.roles.includes(PEOPLE[who].role) && placeAllows(entry.place, where) && !(ex.scoped && who === 'otherGridWorker');

/** Admin actions: the commands the table gives to admins alone. */
const isAdminAction = (entry: CommandEntry): boolean => entry.roles.length === 1 && entry.roles[0] === 'admin';

const exampleOf = (entry: CommandEntry): Example => {
  const ex = EXAMPLES[entry.usage];
  if (!ex) throw new Error(`no example for ${entry.usage}: add one to EXAMPLES`);
  return ex;
};

/** What the sender sees: the conversation the message came from, and private answers to them. */
function conversation(sent: SentRecord[], name: string, where: Where): string {
  const topic = where === 'private' ? null : ROOMS[where];
  return sent.filter((s) => (s.toKind === 'contact' && s.to === name) || s.to === topic).map((s) => s.text ?? `[文件] ${s.fileName}`).join('\n');
}

/**
 * Admin commands are tried by admins everywhere; by anyone else privately and in the admin group
 * (where only the role can refuse them), not again in a grid group.
 */
const placesFor = (entry: CommandEntry, ex: Example, who: Who): Where[] =>
  isAdminAction(entry) && who !== 'admin' ? ex.places.filter((w) => w !== 'grid') : ex.places;

const CASES = COMMANDS.flatMap((entry) => {
  const ex = exampleOf(entry);
  return WHO.flatMap((who) => placesFor(entry, ex, who).map((where) => ({ entry, ex, who, where, allowed: allowedFor(entry, ex, who, where) })));
});

let town: Town;
beforeAll(async () => {
  town = await buildTown();
}, 120_000);
afterAll(async () => {
  await town?.close();
});

describe('the command table', () => {
  it('has an example for every command, and the matrix allows and refuses', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(COMMANDS.map((c) => c.usage).sort());
    expect(CASES.filter((c) => c.allowed).length).toBeGreaterThan(60);
    expect(CASES.filter((c) => !c.allowed).length).toBeGreaterThan(300);
  });
});

describe.each(WHO)('from %s', (who) => {
  const mine = CASES.filter((c) => c.who === who);
  it.each(mine.map((c) => [`${c.entry.usage} in ${c.where}: ${c.allowed ? 'allowed' : 'refused'}`, c] as const))('%s', async (_title, c) => {
    const { h } = town;
    const name = PEOPLE[who].name;
    // People type at people's pace: a few commands a minute stay clear of the flood throttle.
    await h.advanceTo(new Date(h.clock.now().getTime() + PACE_MS));
    const text = await c.ex.text(town, c.where, who);
    const before = await digest(h);
    const lastAudit = (await h.database.db.select({ id: auditLog.id }).from(auditLog).orderBy(asc(auditLog.id))).at(-1)?.id ?? 0;
    const sent = await h.say(town.contact[who], text, c.where === 'private' ? {} : { room: ROOMS[c.where], mention: c.ex.mention });
    const seen = conversation(sent, name, c.where);
    if (c.allowed) {
      expect(seen).toMatch(c.ex.ok);
      expect(seen).not.toMatch(REFUSED);
    } else {
      expect(seen).toMatch(REFUSED);
      expect(seen).not.toMatch(c.ex.ok);
      expect(changed(before, await digest(h))).toEqual(c.ex.refusalChanges?.(c.where) ?? []);
    }
    if (isAdminAction(c.entry)) {
      const rows = await h.database.db.select().from(auditLog).where(gt(auditLog.id, lastAudit));
      expect(rows.map((r) => [r.actorId, r.ok, spaced(r.command)])).toEqual([[await memberId(h, name), c.allowed, spaced(text)]]);
    }
  });
});

describe('identities from elsewhere', () => {
  it("another township's admin is an admin there and a stranger here; their invite codes mean nothing here", async () => {
    const other = await createHarness({ start: NOW, env: FAST_SENDS });
    try {
      await other.seed([{ name: PEOPLE.otherTownship.name, role: 'admin' }], [{ topic: '里腊镇综治中心', admin: true, members: [PEOPLE.otherTownship.name] }]);
      const there = await other.say(PEOPLE.otherTownship.name, '#邀请 管理员');
      const code = /#认领 ([A-Z0-9]{8})/.exec(there.map((s) => s.text).join('\n'))?.[1];
      expect(code).toBeDefined();
      const before = await digest(town.h);
      const here = await town.h.say(town.contact.otherTownship, `#认领 ${code}`);
      expect(conversation(here, PEOPLE.otherTownship.name, 'private')).toContain('邀请码无效或已过期');
      expect(changed(before, await digest(town.h))).toEqual([]);
      const [member] = await town.h.database.db.select().from(invites).where(eq(invites.code, code!));
      expect(member).toBeUndefined();
    } finally {
      await other.close();
    }
  });

  it("a namesake of the admin (anyone can rename themselves) gains nothing and is audited as themself", async () => {
    const { h } = town;
    const adminId = await memberId(h, PEOPLE.admin.name);
    const impostor = h.world.addContact(PEOPLE.admin.name);
    const before = await digest(h);
    for (const text of ['#成员 列表', '#邀请 管理员', `#成员 ${householdHead.name} 管理员`]) {
      const sent = await h.say(impostor, text);
      expect(sent.map((s) => s.text).join('\n')).toMatch(/只有管理员/);
    }
    const after = await digest(h);
    expect(changed(before, after)).toEqual(['members']); // the new contact, as a resident
    const audit = await h.database.db.select().from(auditLog).where(eq(auditLog.actorName, PEOPLE.admin.name)).orderBy(asc(auditLog.id));
    const last = audit.slice(-3);
    expect(last.every((r) => r.actorId !== adminId && !r.ok)).toBe(true);
  });
});

describe('cases residents asked about', () => {
  it('需要调解 hands the case to the grid worker, and the resident who asked cannot see or change it', async () => {
    const { h } = town;
    const asked = await h.say(town.contact.resident, '需要调解，隔壁家的牛把我家的玉米吃了一片');
    const code = /编号 (SS-\d{4}-\d{4})/.exec(conversation(asked, PEOPLE.resident.name, 'private'))?.[1];
    expect(code).toBeDefined();
    const [d] = await h.database.db.select().from(disputes).where(eq(disputes.code, code!));
    expect(d!.assigneeId).not.toBeNull();
    const before = await digest(h);
    for (const text of [`#查 ${code}`, `#进展 ${code} 已化解`, `#交办 ${code} 司法所 3天`, `#回访 ${code} 满意`]) {
      const seen = conversation(await h.say(town.contact.resident, text), PEOPLE.resident.name, 'private');
      expect(seen).toContain('没有查看或办理这件纠纷的权限');
      expect(seen).not.toContain('玉米');
    }
    expect(changed(before, await digest(h))).toEqual([]);
  });

  it('a case cannot be handed to a resident, who could then read it', async () => {
    const { h } = town;
    const before = await digest(h);
    const sent = await h.say(town.contact.admin, `#交办 ${town.openCode} @${PEOPLE.resident.name} 3天`, { room: ROOMS.admin });
    expect(conversation(sent, PEOPLE.admin.name, 'admin')).toContain('不能交办给他');
    expect(changed(before, await digest(h))).toEqual([]);
    const [d] = await h.database.db.select().from(disputes).where(and(eq(disputes.code, town.openCode)));
    expect(d!.assigneeId).toBe(await memberId(h, mediator.name));
  });
});
