import { sql } from 'drizzle-orm';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { members, villages } from '../../src/db/schema.js';
import { testDb } from '../support/db.js';

describe('database', () => {
  it('applies the committed migrations and is idempotent', async () => {
    const database = await testDb();
    await database.migrate();
    await database.db.insert(villages).values({ name: '上司村' });
    const rows = await database.db.select().from(villages);
    expect(rows.map((r) => r.name)).toEqual(['上司村']);
    const applied = await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect(Number((applied as unknown as { rows?: { n: number }[] }).rows?.[0]?.n ?? (applied as unknown as { n: number }[])[0]?.n)).toBeGreaterThan(0);
    await database.close();
  });

  it('refuses a second opener of the same PGlite folder with a clear message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gridbot-lock-'));
    const first = await openDatabase({ dataDir: dir });
    // Same process: simulate another live holder by writing our parent's pid into the lock.
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'pglite', 'gridbot.lock'), String(process.ppid));
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/正被另一个 gridbot 进程/);
    writeFileSync(join(dir, 'pglite', 'gridbot.lock'), String(process.pid));
    await first.close();
  });

  it('makes a new data folder whole (in a child process), rebuilding one a failed first start left half-made', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gridbot-init-'));
    // The remains of a first start killed before the database was complete: files but no PG_VERSION.
    mkdirSync(join(dir, 'pglite', 'base'), { recursive: true });
    writeFileSync(join(dir, 'pglite', 'base', 'junk'), 'x');
    // An empty temp folder: no migrated template cached, as on a new machine (initdb and migrations in place).
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = mkdtempSync(join(tmpdir(), 'gridbot-notemplate-'));
    const database = await openDatabase({ dataDir: dir }).finally(() => {
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
    });
    await database.migrate();
    await database.db.insert(members).values({ name: '王书记', role: 'admin' });
    await database.close();
    expect(existsSync(join(dir, 'pglite', 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(dir, 'pglite', 'base', 'junk'))).toBe(false);
    // What was there is moved aside, not deleted, and said so; nothing of the child's work folder is
    // left beside it; a reopen keeps the data.
    expect(database.movedAside).toMatch(/pglite-leftover-/);
    expect(readFileSync(join(database.movedAside!, 'base', 'junk'), 'utf8')).toBe('x');
    expect(readdirSync(dir).sort()).toEqual(['pglite', basename(database.movedAside!)]);
    const again = await openDatabase({ dataDir: dir });
    expect((await again.db.select().from(members)).map((m) => m.name)).toEqual(['王书记']);
    await again.close();
  });
});
