import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema.js';

/** One table of the drizzle schema, as backup, restore and the privacy export see it. */
export interface TableInfo {
  /** SQL name, e.g. `dispute_events`. */
  name: string;
  table: PgTable;
  /** SQL column names in schema order. */
  columns: string[];
  /** Primary-key columns (a stable order for dumping). */
  primaryKey: string[];
  /** Tables this one references (other than itself). */
  references: string[];
}

function describe(table: PgTable): TableInfo {
  const config = getTableConfig(table);
  const single = config.columns.filter((c) => c.primary).map((c) => c.name);
  const composite = config.primaryKeys[0]?.columns.map((c) => c.name) ?? [];
  const references = config.foreignKeys.map((fk) => getTableConfig(fk.reference().foreignTable).name);
  return {
    name: config.name,
    table,
    columns: config.columns.map((c) => c.name),
    primaryKey: single.length ? single : composite,
    references: [...new Set(references)].filter((r) => r !== config.name),
  };
}

/** Orders tables so that every table comes after the tables it references (ties by name). */
export function foreignKeyOrder(tables: readonly TableInfo[]): TableInfo[] {
  const left = new Map(tables.map((t) => [t.name, t]));
  const out: TableInfo[] = [];
  while (left.size > 0) {
    const ready = [...left.values()].filter((t) => t.references.every((r) => !left.has(r)));
    if (ready.length === 0) throw new Error(`外键成环，无法排序：${[...left.keys()].join(', ')}`);
    ready.sort((a, b) => a.name.localeCompare(b.name));
    for (const t of ready) {
      out.push(t);
      left.delete(t.name);
    }
  }
  return out;
}

/** Every table the drizzle schema defines, parents before children. */
export function schemaTables(): TableInfo[] {
  const tables = (Object.values(schema) as unknown[]).filter((v): v is PgTable => is(v, PgTable));
  return foreignKeyOrder(tables.map(describe));
}

/** Quotes an identifier for raw SQL built from schema names (never from user input). */
export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
