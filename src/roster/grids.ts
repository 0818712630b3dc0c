import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { grids, villages } from '../db/schema.js';
import type { Grid, Village } from '../db/types.js';
import { matchGridWords, matchVillageName, type GridMatch } from './grid-match.js';
import { compactName, splitGridName, type GridName } from './grid-name.js';

/** A grid with its village: the one shape every capability uses (messages, joins, the ledger). */
export interface GridRef {
  gridId: number;
  grid: string;
  villageId: number;
  village: string;
}

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
  const [inserted] = await db
    .insert(villages)
    .values({ name, ...(at ? { createdAt: at } : {}) })
    .onConflictDoNothing()
    .returning();
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
  const [inserted] = await db
    .insert(grids)
    .values({ villageId: v.village.id, name, ...(at ? { createdAt: at } : {}) })
    .onConflictDoNothing()
    .returning();
  const found =
    inserted ??
    (
      await db
        .select()
        .from(grids)
        .where(and(eq(grids.villageId, v.village.id), eq(grids.name, name)))
    )[0]!;
  return { village: v.village, grid: found, createdVillage: v.created, createdGrid: inserted !== undefined };
}

/** The columns of a GridRef, for queries that join grids and villages. */
export const gridRefColumns = { gridId: grids.id, grid: grids.name, villageId: villages.id, village: villages.name };

const gridsWithVillages = (db: Db, filter?: SQL) =>
  db
    .select({ ...gridRefColumns, since: grids.createdAt })
    .from(grids)
    .innerJoin(villages, eq(grids.villageId, villages.id))
    .where(filter);

/** The grid with this id and its village; null when there is none. */
export async function gridById(db: Db, gridId: number): Promise<GridRef | null> {
  const [row] = await gridsWithVillages(db, eq(grids.id, gridId));
  return row ? toRef(row) : null;
}

/** Every grid (of one village, given its id) with its village and creation time (`since`), in roster order. */
export async function allGrids(db: Db, villageId?: number): Promise<(GridRef & { since: Date })[]> {
  const filter = villageId === undefined ? undefined : eq(grids.villageId, villageId);
  return gridsWithVillages(db, filter).orderBy(asc(villages.id), asc(grids.id));
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
  const name = matchVillageName(
    typed,
    all.map((v) => v.name),
  );
  return all.find((v) => v.name === name) ?? null;
}

export async function findVillageByName(db: Db, name: string): Promise<Village | null> {
  const [v] = await db
    .select()
    .from(villages)
    .where(eq(villages.name, compactName(name)));
  return v ?? null;
}
