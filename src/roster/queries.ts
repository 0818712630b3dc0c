import { and, asc, eq, isNull, or, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { grids, members, rooms, villages, type Role } from '../db/schema.js';
import type { Member, Room } from '../db/types.js';
import { compactName } from './grid-name.js';
import { gridRefColumns, type GridRef } from './grids.js';

/** A bound grid group with the names of its grid and village. */
export type GridRoom = Room & GridRef;

/** Where a member belongs; any part may be missing (an admin has neither village nor grid). */
export type MemberPlace = { [K in keyof GridRef]: GridRef[K] | null };

/** Active members holding `role`, optionally only in one grid or village. */
export async function membersByRole(db: Db, role: Role, where: { gridId?: number; villageId?: number } = {}): Promise<Member[]> {
  const filters: SQL[] = [eq(members.role, role), eq(members.active, true)];
  if (where.gridId !== undefined) filters.push(eq(members.gridId, where.gridId));
  if (where.villageId !== undefined) filters.push(eq(members.villageId, where.villageId));
  return db
    .select()
    .from(members)
    .where(and(...filters))
    .orderBy(asc(members.id));
}

export const workersOfGrid = (db: Db, gridId: number): Promise<Member[]> => membersByRole(db, 'worker', { gridId });

/** The grid's 网格长; else a 网格长 of its village who has no grid of their own; else null. */
export async function chiefOfGrid(db: Db, gridId: number): Promise<Member | null> {
  const own = await membersByRole(db, 'chief', { gridId });
  if (own[0]) return own[0];
  const [g] = await db.select().from(grids).where(eq(grids.id, gridId));
  if (!g) return null;
  const villageChiefs = await membersByRole(db, 'chief', { villageId: g.villageId });
  return villageChiefs.find((m) => m.gridId === null) ?? null;
}

function gridRoomQuery(db: Db, filter?: SQL) {
  return db
    .select({ room: rooms, ...gridRefColumns })
    .from(rooms)
    .innerJoin(grids, eq(rooms.gridId, grids.id))
    .innerJoin(villages, eq(grids.villageId, villages.id))
    .where(and(eq(rooms.kind, 'grid'), filter))
    .orderBy(asc(villages.name), asc(grids.name), asc(rooms.id));
}

type GridRoomRow = { room: Room } & GridRef;
const toGridRoom = ({ room, ...ref }: GridRoomRow): GridRoom => ({ ...room, ...ref });

/** Every bound grid group, with its village and grid names. */
export async function gridRooms(db: Db): Promise<GridRoom[]> {
  return (await gridRoomQuery(db)).map(toGridRoom);
}

/** The grid groups of one village, by name ('上司村') or id. */
export async function roomsOfVillage(db: Db, village: string | number): Promise<GridRoom[]> {
  const filter = typeof village === 'number' ? eq(villages.id, village) : eq(villages.name, compactName(village));
  return (await gridRoomQuery(db, filter)).map(toGridRoom);
}

/** Active members with exactly this name (several people may share one). */
/** A member's whole roster record (a handler's `ctx.sender` is only the Person part); null for no id. */
export async function memberById(db: Db, id: number | null): Promise<Member | null> {
  if (id === null) return null;
  const [m] = await db.select().from(members).where(eq(members.id, id)).limit(1);
  return m ?? null;
}

export async function findMembersByName(db: Db, name: string): Promise<Member[]> {
  return db
    .select()
    .from(members)
    .where(and(eq(members.name, name.trim()), eq(members.active, true)))
    .orderBy(asc(members.id));
}

/** Every active member's name: what a masker must hide before text leaves for a model. */
export async function activeMemberNames(db: Db): Promise<string[]> {
  const rows = await db.select({ name: members.name }).from(members).where(eq(members.active, true));
  return rows.map((r) => r.name);
}

/** The village and grid a member belongs to; null when there is no such member. */
export async function memberGridInfo(db: Db, memberId: number): Promise<MemberPlace | null> {
  const rows = await db
    .select(gridRefColumns)
    .from(members)
    .leftJoin(grids, eq(members.gridId, grids.id))
    .leftJoin(villages, or(eq(villages.id, grids.villageId), and(isNull(members.gridId), eq(villages.id, members.villageId))))
    .where(eq(members.id, memberId));
  return rows[0] ?? null;
}
