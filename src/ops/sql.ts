import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';

/** The database handle or an open transaction on it. */
export type Queryable = Pick<Db, 'execute'>;

/** Rows of a raw query, whichever driver ran it (PGlite answers { rows }, postgres-js an array). */
export async function queryRows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** Whether a relation exists (`laws`, `drizzle.__drizzle_migrations`): tables may not be migrated yet. */
export async function tableExists(db: Queryable, name: string): Promise<boolean> {
  const [row] = await queryRows<{ found: string | null }>(db, sql`select to_regclass(${name})::text as found`);
  return Boolean(row?.found);
}

/** A count from a raw query; drivers return bigint counts as strings. */
export async function countOf(db: Queryable, query: SQL): Promise<number> {
  const [row] = await queryRows<{ n: string | number }>(db, query);
  return Number(row?.n ?? 0);
}
