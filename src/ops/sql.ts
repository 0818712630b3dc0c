import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Queryable } from '../db/raw.js';

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
