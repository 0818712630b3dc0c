import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type Database } from '../db/client.js';

/** Where a bench part runs: embedded PGlite always, PostgreSQL when a server URL was given. */
export interface BenchTarget {
  label: 'PGlite' | 'PostgreSQL';
  open(): Promise<Database>;
}

/** A fresh migrated in-memory PGlite. */
export async function throwawayPglite(): Promise<Database> {
  const database = await openDatabase({ memory: true });
  await database.migrate();
  return database;
}

/**
 * A new database on the server behind `serverUrl`, migrated, dropped again by close(): the bench
 * never writes into the township's own database.
 */
export async function throwawayPostgres(serverUrl: string): Promise<Database & { url: string }> {
  const name = `gridbot_bench_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    const database = await openDatabase({ url: url.toString() });
    await database.migrate();
    return {
      ...database,
      url: url.toString(),
      async close() {
        await database.close();
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  } catch (err) {
    await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end();
    throw err;
  }
}

/** PGlite, then PostgreSQL when `databaseUrl` is set. */
export function benchTargets(databaseUrl: string | undefined): BenchTarget[] {
  const targets: BenchTarget[] = [{ label: 'PGlite', open: throwawayPglite }];
  if (databaseUrl) targets.push({ label: 'PostgreSQL', open: () => throwawayPostgres(databaseUrl) });
  return targets;
}

/** Runs `fn` on a throwaway database, closing (and on a server dropping) it whatever happens. */
export async function withDatabase<T>(target: BenchTarget, fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await target.open();
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}
