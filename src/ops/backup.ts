import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip, type Gzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { FORMAT, VERSION, type BackupHeader } from './backup-format.js';
import { appliedMigrations, codeMigrations } from './migrations.js';
import { queryRows, type Queryable } from '../db/raw.js';
import { ident, schemaTables, type TableInfo } from './tables.js';

const PAGE_ROWS = 500;

export interface BackupSummary {
  file: string;
  rows: Record<string, number>;
  migrations: BackupHeader['migrations'];
}

/** Resolves when the stream takes more; rejects when it failed or closed (a write never waits forever). */
function drained(out: Gzip): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      out.off('drain', ok).off('error', done).off('close', closed);
      if (err) reject(err);
      else resolve();
    };
    const ok = () => done();
    const closed = () => done(out.errored ?? new Error('备份文件写入中断'));
    out.on('drain', ok).on('error', done).on('close', closed);
  });
}

async function write(out: Gzip, text: string): Promise<void> {
  if (out.destroyed) throw out.errored ?? new Error('备份文件写入中断');
  if (!out.write(text)) await drained(out);
}

const writeLine = (out: Gzip, value: unknown): Promise<void> => write(out, `${JSON.stringify(value)}\n`);

/** Rows as PostgreSQL's JSON text, a page at a time in primary-key order (one snapshot throughout). */
async function* tableRows(tx: Queryable, t: TableInfo, pageRows: number): AsyncGenerator<string> {
  const order = t.primaryKey.length ? `order by ${t.primaryKey.map(ident).join(', ')}` : '';
  const limit = order ? `limit ${pageRows}` : '';
  for (let offset = 0; ; offset += pageRows) {
    const page = await queryRows<{ j: string }>(tx, sql.raw(`select row_to_json(t)::text as j from ${ident(t.name)} t ${order} ${limit} offset ${offset}`));
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

interface DumpOptions {
  kind: BackupHeader['database'];
  now: Date;
  pageRows: number;
}

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
      await write(out, `{"table":${JSON.stringify(t.name)},"row":${j}}\n`);
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
  // A failing file (no such folder, disk full) destroys the gzip stream too, so no write waits forever.
  const written = pipeline(out, createWriteStream(partial));
  written.catch(() => {}); // awaited below; this only keeps an early failure from counting as unhandled
  try {
    const result = await db.transaction((tx) => dump(tx as unknown as Queryable, out, { kind, now, pageRows }), { isolationLevel: 'repeatable read', accessMode: 'read only' });
    out.end();
    await written;
    await rename(partial, file);
    return { file, ...result };
  } catch (err) {
    out.destroy();
    const cause = await written.then(
      () => null,
      (e: unknown) => e,
    );
    await rm(partial, { force: true });
    throw cause ?? err; // the file's own error says more than the interrupted dump's
  }
}
