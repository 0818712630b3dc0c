import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { MIGRATIONS_DIR } from '../db/migrate.js';
import { queryRows, type Queryable } from '../db/raw.js';
import { tableExists } from './sql.js';

/** A migration committed with this code. `when` is drizzle's key: it records it as created_at. */
export interface CodeMigration {
  tag: string;
  when: number;
  hash: string;
}

export interface MigrationStatus {
  code: CodeMigration[];
  appliedCount: number;
  /** Committed but not yet applied (start applies them). */
  pending: string[];
  /** Applied in the database but unknown to this code: the database is newer than the program. */
  unknown: number;
  /** Applied, but the file changed since (it was edited after being applied). */
  changed: string[];
}

/** The committed migrations, oldest first, with the hashes drizzle records. */
export function codeMigrations(folder = MIGRATIONS_DIR): CodeMigration[] {
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string; when: number }[] };
  const files = readMigrationFiles({ migrationsFolder: folder });
  return journal.entries.map((e, i) => ({ tag: e.tag, when: e.when, hash: files[i]!.hash }));
}

/** What drizzle recorded in drizzle.__drizzle_migrations (nothing when never migrated). */
export async function appliedMigrations(db: Queryable): Promise<{ hash: string; when: number }[]> {
  if (!(await tableExists(db, 'drizzle.__drizzle_migrations'))) return [];
  const rows = await queryRows<{ hash: string; created_at: string | number }>(db, sql`select hash, created_at from drizzle.__drizzle_migrations order by created_at`);
  return rows.map((r) => ({ hash: r.hash, when: Number(r.created_at) }));
}

/** Compares the code's journal with the database, the way drizzle's migrator decides what to run. */
export async function migrationStatus(db: Queryable, folder = MIGRATIONS_DIR): Promise<MigrationStatus> {
  const code = codeMigrations(folder);
  const applied = await appliedMigrations(db);
  const last = applied.at(-1)?.when ?? -1;
  const byWhen = new Map(code.map((m) => [m.when, m]));
  return {
    code,
    appliedCount: applied.length,
    pending: code.filter((m) => m.when > last).map((m) => m.tag),
    unknown: applied.filter((a) => !byWhen.has(a.when)).length,
    changed: applied.filter((a) => byWhen.has(a.when) && byWhen.get(a.when)!.hash !== a.hash).map((a) => byWhen.get(a.when)!.tag),
  };
}
