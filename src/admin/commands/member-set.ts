import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { members, type Role } from '../../db/schema.js';
import type { Member } from '../../db/types.js';
import { gridLabel } from '../../roster/grid-name.js';
import { done, refused, type Outcome } from '../route.js';
import { ensureGrid, resolveGridWords, type GridRef } from '../../roster/grids.js';
import { findMembersByName } from '../../roster/queries.js';
import { roleLabel } from '../../roster/roles.js';
import { MEMBER_USAGE, needsGrid, type MemberTarget, type SetMemberArgs } from './member-args.js';

/** Sets the role (and grid) of every target; each gets one line in the answer. */
export async function setMembers(db: Db, args: SetMemberArgs, now: Date): Promise<Outcome> {
  if (args.role === 'admin' && args.targets.some((t) => t.wechatId === null)) {
    return refused('设管理员要在管理群里@本人，或用 #邀请 管理员 发邀请码，不能只写名字。');
  }
  const typed = args.place.length ? await resolveGridWords(db, args.place) : null;
  if (typed && !typed.ok) return refused(`${typed.message}。${MEMBER_USAGE}`);
  const grid = typed ? await gridRefFor(db, typed.value.village, typed.value.grid, now) : null;
  const lines: string[] = [];
  let allOk = true;
  for (const target of args.targets) {
    const line = await setOne(db, target, args.role, grid, now);
    allOk &&= line.ok;
    lines.push(line.text);
  }
  if (grid?.created) lines.push(`（新建了网格 ${grid.label}）`);
  return allOk ? done(lines.join('\n')) : refused(lines.join('\n'));
}

type GridChoice = GridRef & { label: string; created: boolean };

async function gridRefFor(db: Db, village: string, grid: string, now: Date): Promise<GridChoice> {
  const g = await ensureGrid(db, village, grid, now);
  const ref = { gridId: g.grid.id, grid: g.grid.name, villageId: g.village.id, village: g.village.name };
  return { ...ref, label: gridLabel(ref.village, ref.grid), created: g.createdGrid };
}

async function setOne(db: Db, target: MemberTarget, role: Role, grid: GridChoice | null, now: Date): Promise<{ ok: boolean; text: string }> {
  const found = await resolveTarget(db, target, grid?.gridId ?? null, now);
  if ('error' in found) return { ok: false, text: found.error };
  const member = found.member;
  if (needsGrid(role) && !grid && member.gridId === null) {
    return { ok: false, text: `${member.name}：${roleLabel(role)}要指定网格，如 #成员 @${member.name} ${roleLabel(role)} 上司村三组` };
  }
  if (member.role === 'admin' && role !== 'admin' && (await activeAdminCount(db)) <= 1) {
    return { ok: false, text: `${member.name}是唯一的管理员，请先设另一位管理员。` };
  }
  const place = grid ? { gridId: grid.gridId, villageId: grid.villageId } : {};
  await db
    .update(members)
    .set({ role, ...place, active: true })
    .where(eq(members.id, member.id));
  return { ok: true, text: `已把 ${member.name} 设为${grid ? ` ${grid.label} ` : ''}${roleLabel(role)}。` };
}

/** The member meant: by this login's contact id, else the one roster entry with that name, else a new one. */
async function resolveTarget(db: Db, t: MemberTarget, gridId: number | null, now: Date): Promise<{ member: Member } | { error: string }> {
  if (t.wechatId) {
    const [byId] = await db
      .select()
      .from(members)
      .where(and(eq(members.wechatId, t.wechatId), eq(members.active, true)));
    if (byId) return { member: byId };
  }
  const named = (await findMembersByName(db, t.name)).filter((m) => gridId === null || m.gridId === null || m.gridId === gridId);
  if (named.length > 1) return { error: `有 ${named.length} 个叫 ${t.name} 的成员，请加上网格，如 #成员 ${t.name} 网格员 上司村三组` };
  const link = t.wechatId ? { wechatId: t.wechatId, resolvedAt: now } : null;
  if (named[0]) {
    if (link) await db.update(members).set(link).where(eq(members.id, named[0].id));
    return { member: named[0] };
  }
  const [created] = await db
    .insert(members)
    .values({ name: t.name, role: 'resident', ...link })
    .returning();
  return { member: created! };
}

async function activeAdminCount(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(members)
    .where(and(eq(members.role, 'admin'), eq(members.active, true)));
  return Number(row?.n ?? 0);
}
