import { and, asc, eq, isNull, or, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { grids, members, rooms, villages, type Role } from '../db/schema.js';
import type { Grid, Member, Room, Village } from '../db/types.js';
import { matchGridWords, matchVillageName, type GridMatch } from './grid-match.js';
import { compactName, splitGridName, type GridName } from './grid-name.js';

/** A grid with its village: the one shape every capability uses (messages, joins, the ledger). */
export interface GridRef {
  gridId: number;
  grid: string;
  villageId: number;
  village: string;
}

/** A bound grid group with the names of its grid and village. */
export type GridRoom = Room & GridRef;

/** Where a member belongs; any part may be missing (an admin has neither village nor grid). */
export type MemberPlace = { [K in keyof GridRef]: GridRef[K] | null };

export interface EnsuredGrid {
  village: Village;
  grid: Grid;
  createdVillage: boolean;
  createdGrid: boolean;
}

/**
 * The village named `name`, created when missing (safe against a concurrent creator). `at` is the
 * creation time from the caller's clock (chat, replay); without it the database's own.
 */
export async function ensureVillage(db: Db, name: string, at?: Date): Promise<{ village: Village; created: boolean }> {
  const [inserted] = await db.insert(villages).values({ name, ...(at ? { createdAt: at } : {}) }).onConflictDoNothing().returning();
  if (inserted) return { village: inserted, created: true };
  const [found] = await db.select().from(villages).where(eq(villages.name, name));
  return { village: found!, created: false };
}

/**
 * The grid `grid` of village `village`, both created when missing. A grid is asked for weekly
 * reports from the first reminder after `at` (its creation, by the caller's clock).
 */
export async function ensureGrid(db: Db, village: string, grid: string, at?: Date): Promise<EnsuredGrid> {
  const v = await ensureVillage(db, compactName(village), at);
  const name = compactName(grid);
  const [inserted] = await db.insert(grids).values({ villageId: v.village.id, name, ...(at ? { createdAt: at } : {}) }).onConflictDoNothing().returning();
  const found = inserted ?? (await db.select().from(grids).where(and(eq(grids.villageId, v.village.id), eq(grids.name, name))))[0]!;
  return { village: v.village, grid: found, createdVillage: v.created, createdGrid: inserted !== undefined };
}

const gridRefColumns = { gridId: grids.id, grid: grids.name, villageId: villages.id, village: villages.name };

const gridsWithVillages = (db: Db, filter?: SQL) =>
  db.select({ ...gridRefColumns, since: grids.createdAt }).from(grids).innerJoin(villages, eq(grids.villageId, villages.id)).where(filter);

/** The grid with this id and its village; null when there is none. */
export async function gridById(db: Db, gridId: number): Promise<GridRef | null> {
  const [row] = await gridsWithVillages(db, eq(grids.id, gridId));
  return row ? toRef(row) : null;
}

/** Every grid with its village and its creation time (`since`), villages and grids in creation order. */
export async function allGrids(db: Db): Promise<(GridRef & { since: Date })[]> {
  return gridsWithVillages(db).orderBy(asc(villages.id), asc(grids.id));
}

const toRef = ({ gridId, grid, villageId, village }: GridRef): GridRef => ({ gridId, grid, villageId, village });

/** Finds a grid by '上司村三组', or by village and grid given apart; null when there is none. */
export async function findGridByName(db: Db, name: string, grid?: string): Promise<GridRef | null> {
  const split = grid === undefined ? splitGridName(name) : { ok: true as const, value: { village: compactName(name), grid: compactName(grid) } };
  if (!split.ok) return null;
  const [row] = await gridsWithVillages(db, and(eq(villages.name, split.value.village), eq(grids.name, split.value.grid)));
  return row ? toRef(row) : null;
}

async function knownGrids(db: Db): Promise<GridName[]> {
  return (await allGrids(db)).map(({ village, grid }) => ({ village, grid }));
}

/** The grid an admin typed in chat (上司村三组, 上司村 三组, 三组, 上司三组…), read against the roster's grids. */
export async function resolveGridWords(db: Db, words: readonly string[]): Promise<GridMatch> {
  return matchGridWords(words, await knownGrids(db));
}

/** The village an admin typed (上司村, or 上司 when only one village is called so). */
export async function resolveVillageName(db: Db, typed: string): Promise<Village | null> {
  const all = await db.select().from(villages);
  const name = matchVillageName(typed, all.map((v) => v.name));
  return all.find((v) => v.name === name) ?? null;
}

export async function findVillageByName(db: Db, name: string): Promise<Village | null> {
  const [v] = await db.select().from(villages).where(eq(villages.name, compactName(name)));
  return v ?? null;
}

/** Active members holding `role`, optionally only in one grid or village. */
export async function membersByRole(db: Db, role: Role, where: { gridId?: number; villageId?: number } = {}): Promise<Member[]> {
  const filters: SQL[] = [eq(members.role, role), eq(members.active, true)];
  if (where.gridId !== undefined) filters.push(eq(members.gridId, where.gridId));
  if (where.villageId !== undefined) filters.push(eq(members.villageId, where.villageId));
  return db.select().from(members).where(and(...filters)).orderBy(asc(members.id));
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
export async function findMembersByName(db: Db, name: string): Promise<Member[]> {
  return db.select().from(members).where(and(eq(members.name, name.trim()), eq(members.active, true))).orderBy(asc(members.id));
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
