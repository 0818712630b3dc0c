import { createInvite } from '../../src/admin/index.js';
import { GRID_A, memberId, PEOPLE, ROOMS, type Town, type Who } from './town.js';

// A realistic message for every entry of the command table, and what only an allowed one answers.

export type Where = 'private' | keyof typeof ROOMS;

export interface Example {
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
  /** Puts the town back after an allowed run that moved something the later cases rely on. */
  undo?: (t: Town, where: Where) => Promise<void>;
}

const { worker, mediator, household_head: householdHead } = PEOPLE;
const PRIVATE_AND_GROUP: Where[] = ['private', 'grid'];
const ADMIN_PLACES: Where[] = ['private', 'admin', 'grid'];
const at = (where: Where, name: string): string => (where === 'private' ? name : `@${name}`);

/** A realistic message for each table entry (by usage); a new command must add one here. */
export const EXAMPLES: Record<string, Example> = {
  '#帮助': { places: PRIVATE_AND_GROUP, text: () => '#帮助', ok: /可以用：|可以帮你：/ },
  '#周报 ……': { places: PRIVATE_AND_GROUP, text: () => `#周报 网格:${GRID_A} 排查户数:70 本周无矛盾纠纷`, ok: /已收到上司村三组第49周/, scoped: true },
  '#周报 设置': { places: ADMIN_PLACES, text: () => '#周报 设置', ok: /周报时间（每周）/ },
  '#周报 时间 提醒 周五 09:00': { places: ADMIN_PLACES, text: () => '#周报 时间 提醒 周五 09:00', ok: /已改好：提醒改为每周五 09:00/ },
  '#周报 暂停 本周': { places: ADMIN_PLACES, text: () => '#周报 暂停 本周', ok: /已暂停第49周/ },
  '#周报 恢复 本周': { places: ADMIN_PLACES, text: () => '#周报 恢复 本周', ok: /已恢复第49周/ },
  '#请假 至12月10日': { places: PRIVATE_AND_GROUP, text: () => '#请假 至12月10日', ok: /已登记请假：您请假至12月10日/ },
  '#请假 @某人 至12月10日': { places: ADMIN_PLACES, text: () => `#请假 @${worker.name} 至12月10日`, ok: /已登记请假：张网格请假至12月10日/ },
  '#请假 取消': { places: PRIVATE_AND_GROUP, text: () => '#请假 取消', ok: /已销假：您|您现在没有请假/ },
  '#销假': { places: PRIVATE_AND_GROUP, text: () => '#销假', ok: /已销假：您|您现在没有请假/ },
  '#纠纷 类型:… 事由:…': {
    places: PRIVATE_AND_GROUP,
    scoped: true,
    ok: /已登记上司村三组纠纷/,
    text: () => `#纠纷 网格:${GRID_A} 类型:邻里 当事人:孙某、周某 事由:鸡鸭啄食菜地引发口角`,
  },
  '#进展 编号 状态 [方式:…]': { places: PRIVATE_AND_GROUP, scoped: true, text: (t) => `#进展 ${t.openCode} 化解中 已约双方面谈`, ok: /已(?:更新|记下) SS-2026-0001/ },
  '#交办 编号 @人 3天': {
    places: PRIVATE_AND_GROUP,
    scoped: true,
    ok: /SS-2026-0001 已交办给 赵调解员/,
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
    places: ['private', 'unbound', 'grid'],
    ok: /已把本群「.+」绑定到 上司村/,
    text: (_t, where) => (where === 'grid' ? '#绑定 本群 上司村 三组' : '#绑定 本群 上司村 五组'),
  },
  '#绑定 本群 管理群': {
    places: ['private', 'admin', 'unbound2'],
    text: () => '#绑定 本群 管理群',
    ok: /设为管理群/,
    // There is one admin group: binding another moves it there, so the centre's group takes it back.
    undo: async (t, where) => {
      if (where === 'unbound2') await t.h.say(t.contact.admin, '#绑定 本群 管理群', { room: ROOMS.admin });
    },
  },
  '#成员 @某人 <角色> [<网格>]': {
    places: ADMIN_PLACES,
    ok: /已把 刘联户 设为 上司村三组 联户长/,
    text: (_t, where) => `#成员 ${at(where, householdHead.name)} 联户长 ${GRID_A}`,
  },
  '#成员 列表 [<村>]': { places: ADMIN_PLACES, text: () => '#成员 列表 上司村', ok: /成员名单（上司村）/ },
  '#邀请 管理员': { places: ADMIN_PLACES, text: () => '#邀请 管理员', ok: /管理员邀请码/ },
  // A code for the role the sender already has: claiming it works and leaves the town as it was.
  '#认领 <邀请码>': {
    places: PRIVATE_AND_GROUP,
    ok: /认领成功/,
    refusalChanges: () => ['invites'],
    async text(t, _where, who) {
      const invite = await createInvite(t.h.database.db, t.h.clock, { role: PEOPLE[who].role, createdBy: await memberId(t.h, PEOPLE.admin.name) });
      return `#认领 ${invite.code}`;
    },
  },
  问法律问题: { places: PRIVATE_AND_GROUP, mention: true, text: () => '邻居家的排水沟把我家承包地淹了，该怎么办？', ok: /《[^》]+》|12348/ },
  需要调解: { places: PRIVATE_AND_GROUP, mention: true, text: () => '需要调解，邻居家的排水沟把我家的田淹了', ok: /已转给/ },
};
