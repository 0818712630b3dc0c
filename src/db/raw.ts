import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.js';

/** The database handle or an open transaction on it. */
export type Queryable = Pick<Db, 'execute'>;

/** Rows of a raw query, whichever driver ran it (PGlite returns { rows }, postgres-js an array). */
export async function queryRows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * A whole row of `table` (the first matching `where`) as one JSON value, to read inside another
 * statement: the inbound insert returns the sender and room it will need instead of two more
 * round trips. Decode it with rowFromJson.
 */
export const rowJson = (table: PgTable, where: SQL): SQL<unknown> => sql`(select row_to_json(${table}.*) from ${table} where ${where} limit 1)`;

/**
 * Turns what rowJson returned back into the row drizzle would have selected: keys by field name and
 * values through each column's own decoding (timestamps to Dates, and so on). Null when no row matched.
 */
export function rowFromJson<T extends PgTable>(table: T, value: unknown): T['$inferSelect'] | null {
  if (value === null || value === undefined) return null;
  const json = parsedJson(value) as Record<string, unknown>;
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const raw = json[column.name];
    row[key] = raw === null || raw === undefined ? null : column.mapFromDriverValue(raw);
  }
  return row as T['$inferSelect'];
}

/** postgres-js and PGlite both parse json results; a driver that does not hands over the text. */
export const parsedJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);
