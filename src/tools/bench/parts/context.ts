import type { BenchRow } from '../table.js';

/** What every bench part is given. */
export interface PartContext {
  /** Smaller sizes: a smoke run for the test suite, numbers not meant to be quoted. */
  quick: boolean;
  /** A PostgreSQL server to measure on too (throwaway databases, dropped after). */
  databaseUrl?: string;
  /** The statutes folder, when there is one. */
  lawsDir: string | null;
  progress(line: string): void;
}

export type Part = (ctx: PartContext) => Promise<BenchRow[]>;

export const DB_SKIPPED = 'DATABASE_URL not set';
