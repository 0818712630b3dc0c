import { loadConfig, type Config } from '../config.js';
import { openDatabase, type Database } from '../db/client.js';

/** Opens the configured database (PGlite in DATA_DIR, or DATABASE_URL), migrated, for one command. */
export async function withConfiguredDatabase<T>(fn: (database: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.DATA_DIR });
  try {
    await database.migrate();
    return await fn(database, config);
  } finally {
    await database.close();
  }
}
