import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { createGzip, type Gzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { FORMAT, VERSION, type BackupHeader } from './backup-format.js';
import { appliedMigrations, codeMigrations } from './migrations.js';
import { queryRows, type Queryable } from './sql.js';
import { ident, schemaTables, type TableInfo } from './tables.js';

const PAGE_ROWS = 500;

export interface BackupSummary {
  file: string;
  rows: Record<string, number>;
  migrations: BackupHeader['migrations'];
}

async function writeLine(out: Gzip, value: unknown): Promise<void> {
  if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
}

/** Rows as PostgreSQL's JSON text, a page at a time in primary-key order (one snapshot throughout). */
async function* tableRows(tx: Queryable, t: TableInfo, pageRows: number): AsyncGenerator<string> {
  const order = t.primaryKey.length ? `order by ${t.primaryKey.map(ident).join(', ')}` : '';
  const limit = order ? `limit ${pageRows}` : '';
  for (let offset = 0; ; offset += pageRows) {
    const page = await queryRows<{ j: string }>(tx,
      sql.raw(`select row_to_json(t)::text as j from ${ident(t.name)} t ${order} ${limit} offset ${offset}`));
    for (const r of page) yield r.j;
    if (page.length < pageRows || !order) return;
  }
}

async function migrationLevel(tx: Queryable): Promise<BackupHeader['migrations']> {
  const applied = await appliedMigrations(tx);
  const last = applied.at(-1)?.when ?? null;
  const tag = codeMigrations().find((m) => m.when === last)?.tag ?? null;
  return { count: applied.length, last, lastTag: tag };
}

interface DumpOptions { kind: BackupHeader['database']; now: Date; pageRows: number }

async function dump(tx: Queryable, out: Gzip, o: DumpOptions): Promise<Omit<BackupSummary, 'file'>> {
  const migrations = await migrationLevel(tx);
  const header: BackupHeader = { format: FORMAT, version: VERSION, createdAt: o.now.toISOString(), database: o.kind, migrations };
  await writeLine(out, header);
  const rows: Record<string, number> = {};
  for (const t of schemaTables()) {
    await writeLine(out, { table: t.name, columns: t.columns });
    rows[t.name] = 0;
    for await (const j of tableRows(tx, t, o.pageRows)) {
      // The row is already JSON: spliced in as is, so nothing is re-typed on the way.
      if (!out.write(`{"table":${JSON.stringify(t.name)},"row":${j}}\n`)) await once(out, 'drain');
      rows[t.name]!++;
    }
  }
  await writeLine(out, { end: true, rows });
  return { rows, migrations };
}

/**
 * Writes every schema table to `file` from one consistent snapshot (a read-only REPEATABLE READ
 * transaction; PGlite has a single connection anyway). Written beside and renamed at the end, so
 * a failed backup never leaves a half file under the requested name.
 */
export async function backupDatabase(db: Db, kind: BackupHeader['database'], file: string, now: Date, pageRows = PAGE_ROWS): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  const out = createGzip();
  const sink = createWriteStream(partial);
  out.pipe(sink);
  try {
    const result = await db.transaction((tx) => dump(tx as unknown as Queryable, out, { kind, now, pageRows }),
      { isolationLevel: 'repeatable read', accessMode: 'read only' });
    out.end();
    await finished(sink);
    await rename(partial, file);
    return { file, ...result };
  } catch (err) {
    out.destroy();
    sink.destroy();
    await rm(partial, { force: true });
    throw err;
  }
}
