import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import * as schema from './schema.js';
import { ensureWritableDir } from './data-dir.js';
import { acquireDirLock, DIR_LOCK_FILE } from './dir-lock.js';
import { migratePgliteClient, migratePostgresUrl } from './migrate.js';
import { freshMigratedPglite, PGLITE_START_PARAMS } from './pglite-assets.js';
import { initPgliteDir, isPgliteDir } from './pglite-init.js';

export type Schema = typeof schema;
/** The one database type the app sees, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** The database handle or an open transaction on it: both run the same queries. */
export type Tx = Pick<Db, 'execute' | 'select' | 'insert' | 'update' | 'delete'>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Files found in a PGlite folder without a whole database, moved there before it was made anew. */
  movedAside?: string;
  /** Applies the committed migrations (safe to call from several instances at once). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** `onCreate`: told before a new embedded database is made (the ~10 s of a first start). */
export type DatabaseTarget = { url: string } | { dataDir: string; onCreate?: () => void } | { memory: true };

/** Opens PostgreSQL at `url`, or embedded PGlite in `dataDir` (locked against a second process). */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if ('url' in target) return openPostgres(target.url);
  if ('memory' in target) return openPglite(await freshMigratedPglite(), async () => {});
  const dir = join(target.dataDir, 'pglite');
  ensureWritableDir(target.dataDir);
  ensureWritableDir(dir);
  const release = acquireDirLock(dir);
  try {
    // This process only ever opens an existing database; a new one is made in a child process.
    if (!isPgliteDir(dir)) target.onCreate?.();
    const movedAside = isPgliteDir(dir) ? null : await initPgliteDir(dir, [DIR_LOCK_FILE]);
    // PGlite loads its own files here: the shared assets would also compile initdb and keep the
    // file bundle for later instances, ~18 MB resident that one long-lived database never uses.
    const database = await openPglite(new PGlite(dir, { startParams: PGLITE_START_PARAMS }), release);
    return movedAside ? { ...database, movedAside } : database;
  } catch (err) {
    release();
    throw err;
  }
}

async function openPglite(client: PGlite, release: () => void | Promise<void>): Promise<Database> {
  await client.waitReady;
  const db: Db = drizzlePglite(client, { schema });
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePgliteClient(client),
    async close() {
      await client.close();
      await release();
    },
  };
}

/** The PostgreSQL client is loaded only for a server: an embedded database never holds it (~7 MB). */
async function openPostgres(url: string): Promise<Database> {
  const { default: postgres } = await import('postgres');
  const { drizzle: drizzlePostgres } = await import('drizzle-orm/postgres-js');
  const sql = postgres(url, { max: 10, onnotice: () => {}, connect_timeout: 10 });
  const db: Db = drizzlePostgres(sql, { schema });
  return { db, kind: 'postgres', migrate: () => migratePostgresUrl(url), close: () => sql.end({ timeout: 5 }) };
}
