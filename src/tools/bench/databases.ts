import type { Database } from '../../db/client.js';
import { throwawayPglite, throwawayPostgres } from '../../db/throwaway.js';

export { throwawayPglite, throwawayPostgres };

/** Where a bench part runs: embedded PGlite always, PostgreSQL when a server URL was given. */
export interface BenchTarget {
  label: 'PGlite' | 'PostgreSQL';
  open(): Promise<Database>;
}

/** PGlite, then PostgreSQL when `databaseUrl` is set. */
export function benchTargets(databaseUrl: string | undefined): BenchTarget[] {
  const targets: BenchTarget[] = [{ label: 'PGlite', open: throwawayPglite }];
  if (databaseUrl) targets.push({ label: 'PostgreSQL', open: () => throwawayPostgres(databaseUrl, 'gridbot_bench') });
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
