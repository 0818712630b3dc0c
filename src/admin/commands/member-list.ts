import { and, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { grids, members, ROLES, villages, type Role } from '../../db/schema.js';
import { done, refused, type Outcome } from '../route.js';
import { resolveVillageName } from '../../roster/grids.js';
import { roleLabel } from '../../roster/roles.js';
import { unreachableLine, unreachableOnWecom } from '../../roster/reach.js';

export interface ListedMember {
  name: string;
  role: Role;
  village: string | null;
  grid: string | null;
}

/** Beyond this many groups of people, the whole-town list becomes a per-village summary. */
const FULL_LIST_LIMIT = 30;
const NO_PLACE = '未分村';

/** `#成员 列表 [<村>]`; the village may be written without 村 (上司). */
export async function listMembers(db: Db, villageName: string | undefined): Promise<Outcome> {
  const village = villageName ? await resolveVillageName(db, villageName) : null;
  if (villageName && !village) return refused(`没有叫「${villageName}」的村。`);
  const rows = await loadMembers(db);
  const shown = village ? rows.filter((r) => r.village === village.name) : rows;
  if (shown.length === 0) return done('名单是空的。可以用 gridbot roster import 导入，或发 #成员 @某人 网格员 上司村三组。');
  const unreachable = unreachableLine(await unreachableOnWecom(db));
  return done([formatMemberList(shown, village?.name ?? null), unreachable].filter(Boolean).join('\n'));
}

async function loadMembers(db: Db): Promise<ListedMember[]> {
  return db
    .select({ name: members.name, role: members.role, village: villages.name, grid: grids.name })
    .from(members)
    .leftJoin(grids, eq(members.gridId, grids.id))
    .leftJoin(villages, or(eq(villages.id, grids.villageId), and(isNull(members.gridId), eq(villages.id, members.villageId))))
    .where(eq(members.active, true))
    .orderBy(villages.name, grids.name, members.id);
}

/** Groups by village + grid; staff by name, residents as a count (the list is read on a phone). */
export function formatMemberList(rows: readonly ListedMember[], village: string | null): string {
  const groups = groupBy(rows, placeOf);
  const head = village ? `成员名单（${village}）：` : '成员名单：';
  if (!village && groups.size > FULL_LIST_LIMIT) return summaryByVillage(rows);
  return [head, ...[...groups].map(([place, people]) => `${place}：${describeRoles(people)}`)].join('\n');
}

function placeOf(m: ListedMember): string {
  if (m.role === 'admin' && !m.village) return '镇级';
  if (!m.village) return NO_PLACE;
  return m.grid ? `${m.village}${m.grid}` : `${m.village}（村级）`;
}

function describeRoles(people: readonly ListedMember[]): string {
  return ROLES.map((role) => {
    const names = people.filter((p) => p.role === role).map((p) => p.name);
    if (names.length === 0) return null;
    return role === 'resident' ? `群众 ${names.length} 人` : `${roleLabel(role)} ${names.join('、')}`;
  })
    .filter(Boolean)
    .join('；');
}

function summaryByVillage(rows: readonly ListedMember[]): string {
  const byVillage = groupBy(rows, (m) => m.village ?? NO_PLACE);
  const lines = [...byVillage].map(([v, people]) => {
    const gridCount = new Set(people.map((p) => p.grid).filter(Boolean)).size;
    return `${v}：${gridCount} 个网格，${countRoles(people)}`;
  });
  return ['成员概况（发 #成员 列表 上司村 看某个村的名单）：', ...lines].join('\n');
}

const countRoles = (people: readonly ListedMember[]): string =>
  ROLES.map((r) => [r, people.filter((p) => p.role === r).length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${roleLabel(r)} ${n} 人`)
    .join('，');

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}
