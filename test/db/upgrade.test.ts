import { asc, sql } from 'drizzle-orm';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { openDatabase, type Db } from '../../src/db/client.js';
import { MIGRATIONS_DIR, migratePgliteClient } from '../../src/db/migrate.js';
import { pgliteAssets } from '../../src/db/pglite-assets.js';
import { outbox, rooms } from '../../src/db/schema.js';
import { emptyServerDatabase } from '../../src/db/throwaway.js';

/** The committed migrations up to (not including) `tag`, in a folder of their own. */
function migrationsBefore(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gridbot-migrations-'));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const path = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(path, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag.endsWith(tag));
  expect(at).toBeGreaterThan(0);
  writeFileSync(path, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  return dir;
}

let drop: (() => Promise<void>) | null = null;
afterEach(async () => {
  await drop?.();
  drop = null;
});

/** A database as an older version left it: migrated up to `tag`, on PGlite or the server in DATABASE_URL. */
async function olderDatabase(tag: string): Promise<{ db: Db; migrate(): Promise<void> }> {
  const folder = migrationsBefore(tag);
  const server = process.env.DATABASE_URL;
  if (!server) {
    // A PGlite of its own: openDatabase would clone the template, already at the newest migration.
    const client = new PGlite({ ...(await pgliteAssets()) });
    const db = drizzle(client) as unknown as Db;
    await migratePglite(db as never, { migrationsFolder: folder });
    drop = () => client.close();
    return { db, migrate: () => migratePgliteClient(client) };
  }
  const empty = await emptyServerDatabase(server, 'gridbot_test');
  const database = await openDatabase({ url: empty.url });
  await migratePostgres(database.db as never, { migrationsFolder: folder });
  drop = async () => {
    await database.close();
    await empty.drop();
  };
  return database;
}

describe('upgrading a database', () => {
  it('keeps the most recently bound of two admin groups and unbinds the other', async () => {
    const database = await olderDatabase('one_admin_group');
    const { db } = database;
    // Columns of that version only (no later ones): raw SQL, as the older program wrote them.
    await db.execute(sql`insert into rooms (topic, kind) values ('综治中心工作群', 'admin'), ('上司村三组群', 'grid'), ('综治中心新群', 'admin')`);
    await database.migrate();
    const after = await db.select({ topic: rooms.topic, kind: rooms.kind }).from(rooms).orderBy(asc(rooms.id));
    expect(after).toEqual([
      { topic: '综治中心工作群', kind: 'unbound' },
      { topic: '上司村三组群', kind: 'grid' },
      { topic: '综治中心新群', kind: 'admin' },
    ]);
    // From now on the schema itself refuses a second one.
    await expect(db.execute(sql`update rooms set kind = 'admin' where topic = '综治中心工作群'`)).rejects.toThrow();
  });

  it('reads what queued outbox rows carried in their keys into meta, once', async () => {
    const database = await olderDatabase('outbox_meta');
    const { db } = database;
    const keys = [
      'report-remind:2026-W48:member:7',
      'report-chase:2026-W48:room:3:member:7',
      'outbox:failed:12:room:1',
      'reply:88',
      'post:5',
      'post:5#2',
      'report-remind-cover:2026-W48:member:9',
    ];
    for (const key of keys) {
      // Columns of that version only, as the older program wrote them.
      await db.execute(sql`insert into outbox (idempotency_key, purpose, priority, target_kind, target_id, text, seq, not_before, created_at)
        values (${key}, 'x', 1, 'member', 7, '…', ${key.endsWith('#2') ? 1 : 0}, now(), now())`);
    }
    await database.migrate();
    const rows = await db.select({ key: outbox.idempotencyKey, meta: outbox.meta }).from(outbox).orderBy(asc(outbox.id));
    expect(rows.map((r) => [r.key, r.meta])).toEqual([
      [keys[0], { owner: 'weekly-cycle', week: '2026-W48', member: 7 }],
      [keys[1], { owner: 'weekly-cycle', week: '2026-W48', member: 7 }],
      [keys[2], { owner: 'outbox' }],
      [keys[3], {}],
      [keys[4], { message: 'post:5' }],
      [keys[5], { message: 'post:5' }],
      [keys[6], {}],
    ]);
  });
});
