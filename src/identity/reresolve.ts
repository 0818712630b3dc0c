import { and, eq, isNotNull, ne } from 'drizzle-orm';
import type { Transport } from '../chat/port.js';
import type { Db } from '../db/client.js';
import { gridLabel } from '../roster/grid-name.js';
import { isAdminGroup } from '../roster/admin-group.js';
import { grids, members, rooms, villages } from '../db/schema.js';
import type { Member, Room } from '../db/types.js';
import { cacheMemberWechatId, cacheRoomWechatId, isRosterMember } from './resolve.js';

export type ResolvingTransport = Pick<Transport, 'findRoomByTopic' | 'findContactByAlias' | 'findRoomMembersByName' | 'setAlias'>;

/** A bound room or a known person that a new login could not find again. Names are for admins' eyes, never for logs. */
export interface Unresolved {
  kind: 'room' | 'member';
  id: number;
  name: string;
  admin: boolean;
  reason: 'not_found' | 'ambiguous' | 'no_alias';
  /** Where the name was looked for (room topics). */
  where: string[];
  /** How many people answered to the name, when ambiguous. */
  count?: number;
  /** For a room: the command that binds the renamed group in its place. */
  bind?: string;
}

const issue = (m: Member, reason: Unresolved['reason'], where: string[] = [], count?: number): Unresolved => ({
  kind: 'member',
  id: m.id,
  name: m.name,
  admin: m.role === 'admin',
  reason,
  where,
  ...(count ? { count } : {}),
});

/** One line per problem, for the admins' alert. */
export function describeUnresolved(u: Unresolved): string {
  const where = u.where.length ? `「${u.where.join('」「')}」` : '所在网格的群';
  if (u.kind === 'room') {
    return `群「${u.name}」：没找到这个名字的群，或有几个同名的群（群名改过？机器人被移出了？）。群名改过的话，请管理员在改名后的群里发 ${u.bind}，原来的记录会换成新群名。`;
  }
  if (u.admin) return `管理员 ${u.name}：微信备注丢失，无法确认是本人，请 TA 用新的邀请码私聊我 #认领。`;
  if (u.reason === 'ambiguous') return `${u.name}：在${where}里有 ${u.count ?? 2} 个人叫这个名字，请在群里用 #成员 @本人 重新指定。`;
  return `${u.name}：在${where}里没找到（改了微信名或退群了？）`;
}

async function reresolveRooms(db: Db, t: ResolvingTransport, now: Date): Promise<{ resolved: Room[]; issues: Unresolved[] }> {
  const resolved: Room[] = [];
  const issues: Unresolved[] = [];
  const bound = await db
    .select({ room: rooms, village: villages.name, grid: grids.name })
    .from(rooms)
    .leftJoin(grids, eq(rooms.gridId, grids.id))
    .leftJoin(villages, eq(grids.villageId, villages.id))
    .where(and(ne(rooms.channel, 'wecom'), ne(rooms.kind, 'unbound')));
  for (const { room, village, grid } of bound) {
    const id = await t.findRoomByTopic(room.topic);
    const row = id ? await cacheRoomWechatId(db, room.id, id, now) : null;
    if (row) resolved.push(row);
    // A group posted by hand usually has no bot in it: not finding it is no news for the admins.
    else if (!room.manual) {
      const bind = `#绑定 本群 ${isAdminGroup(room) ? '管理群' : gridLabel(village ?? '', grid ?? '')}`;
      issues.push({ kind: 'room', id: room.id, name: room.topic, admin: isAdminGroup(room), reason: 'not_found', where: [], bind });
    }
  }
  return { resolved, issues };
}

/** By name inside the member's bound grid rooms; only a name that one person answers to counts. */
async function byName(db: Db, t: ResolvingTransport, m: Member, ctx: NameContext, now: Date): Promise<Unresolved | null> {
  const here = ctx.gridRooms.filter((r) => r.gridId === m.gridId);
  const where = here.map((r) => r.topic);
  const namesakes = ctx.roster.filter((o) => o.gridId === m.gridId && o.name === m.name).length;
  if (namesakes > 1) return issue(m, 'ambiguous', where, namesakes);
  const found = new Set<string>();
  for (const room of here) for (const id of await t.findRoomMembersByName(room.wechatId!, m.name)) found.add(id);
  const free = [...found].filter((id) => !ctx.taken.has(id));
  if (free.length === 1) {
    ctx.taken.add(free[0]!);
    await cacheMemberWechatId(db, m.id, free[0]!, t, now);
    return null;
  }
  if (free.length > 1) return issue(m, 'ambiguous', where, free.length);
  return m.resolvedAt ? issue(m, 'not_found', where) : null;
}

interface NameContext {
  gridRooms: Room[];
  roster: Member[];
  /** Contact ids already given to someone this login. */
  taken: Set<string>;
}

/**
 * After a login every cached WeChat id is stale. Rooms are found again by the topic recorded at
 * binding; people by the remark the bot set on them (`gb-<id>`), else — never for admins, since
 * anyone can take an admin's name — by a name only one person answers to in their grid's bound
 * rooms. Returns what could not be found: bound rooms, and people known to WeChat before (or
 * ambiguous), for the admins to sort out.
 */
export async function reresolveAfterLogin(db: Db, t: ResolvingTransport, now: Date): Promise<Unresolved[]> {
  await db.update(members).set({ wechatId: null }).where(isNotNull(members.wechatId));
  // WeCom groups keep their (stable) ids: a WeChat login knows nothing of them.
  await db
    .update(rooms)
    .set({ wechatId: null })
    .where(and(isNotNull(rooms.wechatId), ne(rooms.channel, 'wecom')));
  const { resolved, issues } = await reresolveRooms(db, t, now);
  // People on WeCom are reached there: a WeChat login that cannot find them is no problem.
  const active = (await db.select().from(members).where(eq(members.active, true))).filter((m) => !m.wecomUserid);
  const ctx: NameContext = { gridRooms: resolved.filter((r) => r.kind === 'grid'), roster: active.filter(isRosterMember), taken: new Set() };
  const rest: Member[] = [];
  for (const m of active.filter((x) => x.alias || isRosterMember(x))) {
    const id = m.alias ? await t.findContactByAlias(m.alias) : null;
    if (id && !ctx.taken.has(id)) {
      ctx.taken.add(id);
      await cacheMemberWechatId(db, m.id, id, null, now);
    } else rest.push(m);
  }
  for (const m of rest) {
    if (m.role === 'admin') {
      if (m.resolvedAt || m.alias) issues.push(issue(m, m.alias ? 'not_found' : 'no_alias'));
    } else if (isRosterMember(m) && m.gridId !== null) {
      const problem = await byName(db, t, m, ctx, now);
      if (problem) issues.push(problem);
    } else if (isRosterMember(m) && m.resolvedAt) issues.push(issue(m, 'not_found'));
  }
  return issues;
}
