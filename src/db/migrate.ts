import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../drizzle', import.meta.url));
const config = { migrationsFolder: MIGRATIONS_DIR };
/** Arbitrary constant shared by every gridbot instance: the advisory lock serialising migrations. */
const MIGRATION_LOCK = 0x67726964;

/**
 * Applies the committed drizzle-kit migrations on one dedicated connection that holds a session
 * advisory lock, so instances starting together on one server migrate one after the other.
 */
export async function migratePostgresUrl(url: string): Promise<void> {
  // Loaded here, not at the top: a bot on the embedded database never needs the server's client.
  const { default: postgres } = await import('postgres');
  const { drizzle: drizzlePostgres } = await import('drizzle-orm/postgres-js');
  const { migrate: migratePostgres } = await import('drizzle-orm/postgres-js/migrator');
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzlePostgres(sql), config);
    await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** PGlite is one connection in one process; the lock keeps the code path the same as on a server. */
export async function migratePgliteClient(client: PGlite): Promise<void> {
  await client.query(`select pg_advisory_lock(${MIGRATION_LOCK})`);
  try {
    await migratePglite(drizzlePglite(client), config);
  } finally {
    await client.query(`select pg_advisory_unlock(${MIGRATION_LOCK})`);
  }
}
