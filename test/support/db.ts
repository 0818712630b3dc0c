import type { Database } from '../../src/db/client.js';
import { throwawayPglite, throwawayPostgres } from '../../src/db/throwaway.js';

/**
 * A fresh, migrated database for one test: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by DATABASE_URL (dropped again by close()).
 */
export async function testDb(): Promise<Database> {
  const serverUrl = process.env.DATABASE_URL;
  return serverUrl ? throwawayPostgres(serverUrl, 'gridbot_test') : throwawayPglite();
}
