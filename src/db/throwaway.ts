import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type Database } from './client.js';

/** A fresh migrated in-memory PGlite. */
export async function throwawayPglite(): Promise<Database> {
  const database = await openDatabase({ memory: true });
  await database.migrate();
  return database;
}

/** An empty database on the server behind `serverUrl`; drop() removes it. */
export async function emptyServerDatabase(serverUrl: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
      await admin.end();
    },
  };
}

/**
 * A new database on the server behind `serverUrl`, migrated, dropped again by close(): benchmarks
 * and tests never write into the township's own database.
 */
export async function throwawayPostgres(serverUrl: string, prefix = 'gridbot_tmp'): Promise<Database & { url: string }> {
  const empty = await emptyServerDatabase(serverUrl, prefix);
  try {
    const database = await openDatabase({ url: empty.url });
    await database.migrate();
    return {
      ...database,
      url: empty.url,
      async close() {
        await database.close();
        await empty.drop();
      },
    };
  } catch (err) {
    await empty.drop();
    throw err;
  }
}
