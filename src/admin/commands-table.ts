import { ROLES, type Role } from '../db/schema.js';
import type { Place } from './guard.js';

export type Capability = 'admin' | 'reports' | 'disputes' | 'lawqa' | 'broadcast';

/** One thing a person can say to the bot. `#帮助`, the usage guide's table (docs/usage.md) and the authorization tests read this. */
export interface CommandEntry {
  /** The word after '#' ('绑定'); null for plain phrases such as a legal question. */
  name: string | null;
  /** The first argument when it selects a sub-command ('列表' in `#成员 列表`). */
  sub?: string;
  usage: string;
  /** One short line in Chinese. */
  summary: string;
  roles: readonly Role[];
  capability: Capability;
  place: Place;
  /** false: documented (docs/usage.md) but not offered by `#帮助` (e.g. `#认领`, told by the inviting admin). */
  inHelp?: boolean;
}

const ALL = ROLES;
const STAFF: readonly Role[] = ['worker', 'chief', 'mediator', 'admin'];

/** Every chat command of the product, in the order `#帮助` shows them. */
export const COMMANDS: readonly CommandEntry[] = [
  { name: '帮助', usage: '#帮助', summary: '看看你能用哪些命令', roles: ALL, capability: 'admin', place: 'any' },
  // Weekly reports (reports/)
  // Chiefs cover their village's grids (a worker on leave), admins any grid: see reports/place.ts.
  { name: '周报', usage: '#周报 ……', summary: '交本周周报（矛盾纠纷排查情况）', roles: ['worker', 'chief', 'admin'], capability: 'reports', place: 'any' },
  { name: '周报', sub: '设置', usage: '#周报 设置', summary: '查看周报的提醒和截止时间', roles: ['admin'], capability: 'reports', place: 'admin-place' },
  { name: '周报', sub: '时间', usage: '#周报 时间 提醒 周五 09:00', summary: '修改周报提醒或截止时间', roles: ['admin'], capability: 'reports', place: 'admin-place' },
  { name: '周报', sub: '暂停', usage: '#周报 暂停 本周', summary: '本周不收周报（如节假日）', roles: ['admin'], capability: 'reports', place: 'admin-place' },
  { name: '周报', sub: '恢复', usage: '#周报 恢复 本周', summary: '取消暂停，本周照常收周报', roles: ['admin'], capability: 'reports', place: 'admin-place' },
  { name: '请假', usage: '#请假 至12月10日', summary: '请假，期间不催周报', roles: ['worker', 'chief'], capability: 'reports', place: 'any' },
  { name: '请假', usage: '#请假 @某人 至12月10日', summary: '替网格员登记请假', roles: ['admin'], capability: 'reports', place: 'admin-place' },
  { name: '请假', sub: '取消', usage: '#请假 取消', summary: '提前回来，取消请假，照常报周报', roles: ['worker', 'chief'], capability: 'reports', place: 'any' },
  { name: '销假', usage: '#销假', summary: '同 #请假 取消', roles: ['worker', 'chief'], capability: 'reports', place: 'any' },
  // Dispute ledger (disputes/)
  { name: '纠纷', usage: '#纠纷 类型:… 事由:…', summary: '登记一起矛盾纠纷', roles: ['worker', 'chief', 'admin'], capability: 'disputes', place: 'any' },
  { name: '进展', usage: '#进展 编号 状态 [方式:…]', summary: '更新纠纷进展（调解员限交给自己的）', roles: STAFF, capability: 'disputes', place: 'any' },
  // Per case (disputes/access.ts): the grid's worker and chief, assignees (not for #交办), admins all.
  { name: '交办', usage: '#交办 编号 @人 3天', summary: '把纠纷交给某人限期办理（网格员限本网格的）', roles: ['admin', 'chief', 'worker'], capability: 'disputes', place: 'any' },
  { name: '回访', usage: '#回访 编号 满意|基本满意|不满意', summary: '记录回访结果（调解员限交给自己的）', roles: STAFF, capability: 'disputes', place: 'any' },
  { name: '查', usage: '#查 编号', summary: '查看一起纠纷的详情', roles: STAFF, capability: 'disputes', place: 'any' },
  { name: '我的', usage: '#我的', summary: '看交给我的、我登记的纠纷', roles: STAFF, capability: 'disputes', place: 'any' },
  { name: '统计', usage: '#统计 [本周|本月|本年|全部] [村]', summary: '纠纷统计', roles: ['admin', 'chief'], capability: 'disputes', place: 'any' },
  { name: '台账', sub: '导出', usage: '#台账 导出 [本月|本年|全部] [村]', summary: '导出纠纷台账（Excel）', roles: ['admin'], capability: 'disputes', place: 'admin-place' },
  // Legal-awareness posts (broadcast/) and legal Q&A (lawqa/)
  { name: '定时', usage: '#定时 …', summary: '查看、设置定时普法推送', roles: ['admin'], capability: 'broadcast', place: 'admin-place' },
  { name: '普法', usage: '#普法 …', summary: '发送或管理普法内容', roles: ['admin'], capability: 'broadcast', place: 'admin-place' },
  { name: '问答', sub: '统计', usage: '#问答 统计', summary: '法律问答的使用情况', roles: ['admin'], capability: 'lawqa', place: 'admin-place' },
  // Roster (admin/)
  { name: '绑定', usage: '#绑定 本群 <村> <网格>', summary: '在网格群里发，把本群绑定到网格', roles: ['admin'], capability: 'admin', place: 'group' },
  { name: '绑定', usage: '#绑定 本群 管理群', summary: '在管理群里发，设为管理群（综治中心）', roles: ['admin'], capability: 'admin', place: 'group' },
  {
    name: '成员',
    usage: '#成员 @某人 <角色> [<网格>]',
    summary: '设置成员角色（管理员、网格长、网格员、联户长、调解员、群众）',
    roles: ['admin'],
    capability: 'admin',
    place: 'admin-place',
  },
  { name: '成员', sub: '列表', usage: '#成员 列表 [<村>]', summary: '查看成员名单', roles: ['admin'], capability: 'admin', place: 'admin-place' },
  { name: '邀请', usage: '#邀请 管理员', summary: '生成一次性邀请码（私聊发给你）', roles: ['admin'], capability: 'admin', place: 'admin-place' },
  { name: '认领', usage: '#认领 <邀请码>', summary: '私聊发邀请码，认领管理员等身份', roles: ALL, capability: 'admin', place: 'private', inHelp: false },
  // Plain phrases, no '#'
  { name: null, usage: '问法律问题', summary: '私聊直接提问，或在群里@我提问', roles: ALL, capability: 'lawqa', place: 'any' },
  { name: null, usage: '需要调解', summary: '发“需要调解”和大概情况，网格员会联系你', roles: ['resident', 'household_head'], capability: 'disputes', place: 'any' },
];

/** What `role` may use, in table order. */
export const commandsFor = (role: Role, table: readonly CommandEntry[] = COMMANDS): CommandEntry[] => table.filter((c) => c.roles.includes(role));
