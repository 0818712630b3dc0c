import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { asc, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import { villages } from '../../src/db/schema.js';
import { backupDatabase, codeMigrations, restoreDatabase, schemaTables } from '../../src/ops/index.js';
import { queryRows } from '../../src/db/raw.js';
import { createHarness } from '../../src/tools/replay/harness.js';
import { testDb } from '../support/db.js';
import { playWeek, WEEK_START } from '../privacy/week.js';

const dir = mkdtempSync(join(tmpdir(), 'gridbot-backup-'));
const file = join(dir, 'town.jsonl.gz');
let source: Database;
let target: Database;

async function counts(db: Database['db']): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of schemaTables()) {
    const [row] = await queryRows<{ n: string | number }>(db, sql.raw(`select count(*) as n from "${t.name}"`));
    out[t.name] = Number(row!.n);
  }
  return out;
}

/** Every row of a table, as drizzle reads it (Dates, parsed JSON), in primary-key order. */
const rowsOf = (db: Database['db'], table: PgTable, orderBy: string[]) =>
  db
    .select()
    .from(table)
    .orderBy(...orderBy.map((c) => asc(sql.raw(`"${c}"`))));

beforeAll(async () => {
  // The source is always the embedded database; the target is PostgreSQL when DATABASE_URL is set.
  source = await openDatabase({ memory: true });
  await source.migrate();
  const h = await createHarness({ start: WEEK_START, database: source });
  await playWeek(h);
  await h.close();
  target = await testDb();
}, 120_000);
afterAll(async () => {
  await source.close();
  await target.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('backup from PGlite, restore into a fresh database', () => {
  it('writes a gzip JSON-lines file: header with the migration level, tables in foreign-key order, a footer', async () => {
    // Pages of 7 rows, so that tables span several pages (production reads 500 at a time).
    const summary = await backupDatabase(source.db, 'pglite', file, new Date('2026-12-04T12:00:00+08:00'), 7);
    const lines = gunzipSync(readFileSync(file))
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({
      format: 'gridbot-backup',
      version: 1,
      database: 'pglite',
      migrations: { count: codeMigrations().length, lastTag: codeMigrations().at(-1)!.tag },
    });
    expect(lines.at(-1)).toEqual({ end: true, rows: summary.rows });
    const order = lines.filter((l) => 'columns' in l).map((l) => l.table as string);
    expect(order).toEqual(schemaTables().map((t) => t.name));
    expect(summary.rows).toEqual(await counts(source.db));
    expect(summary.rows.disputes).toBe(3);
    expect(summary.rows.outbox).toBeGreaterThan(20);
  });

  it('restores identical row counts and identical rows', async () => {
    const restored = await restoreDatabase(target.db, file, { batchRows: 5 });
    expect(restored.rows).toEqual(await counts(source.db));
    expect(await counts(target.db)).toEqual(await counts(source.db));
    for (const t of schemaTables()) {
      expect(await rowsOf(target.db, t.table, t.primaryKey), t.name).toEqual(await rowsOf(source.db, t.table, t.primaryKey));
    }
  });

  it('continues serial numbers after the restored rows', async () => {
    const [{ max }] = (await target.db.select({ max: sql<number>`max(id)` }).from(villages)) as [{ max: number }];
    const [row] = await target.db.insert(villages).values({ name: '新来村' }).returning();
    expect(row!.id).toBe(Number(max) + 1);
  });

  it('refuses a database that holds data unless forced, and then replaces it', async () => {
    await expect(restoreDatabase(target.db, file)).rejects.toThrow(/数据库里已有数据.*--force/);
    expect((await target.db.select().from(villages)).map((v) => v.name)).toContain('新来村');
    await restoreDatabase(target.db, file, { force: true });
    expect((await target.db.select().from(villages)).map((v) => v.name)).not.toContain('新来村');
    expect(await counts(target.db)).toEqual(await counts(source.db));
  });

  it('fails cleanly when the file cannot be written', async () => {
    await expect(backupDatabase(source.db, 'pglite', join(dir, 'no-such-folder', 'b.gz'), new Date())).rejects.toThrow(/ENOENT/);
  });

  it('rejects a cut-off file and changes nothing', async () => {
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trim().split('\n');
    const cut = join(dir, 'cut.jsonl.gz');
    writeFileSync(cut, gzipSync(lines.slice(0, -1).join('\n')));
    const before = await counts(target.db);
    await expect(restoreDatabase(target.db, cut, { force: true })).rejects.toThrow(/文件不完整/);
    expect(await counts(target.db)).toEqual(before);
  });

  it('rejects a file that is not a gridbot backup, or one from a newer program', async () => {
    const junk = join(dir, 'junk.gz');
    writeFileSync(junk, 'not gzip at all');
    await expect(restoreDatabase(target.db, junk, { force: true })).rejects.toThrow(/备份文件不能用/);
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trim().split('\n');
    const header = JSON.parse(lines[0]!);
    header.migrations.last = codeMigrations().at(-1)!.when + 1;
    const newer = join(dir, 'newer.jsonl.gz');
    writeFileSync(newer, gzipSync([JSON.stringify(header), ...lines.slice(1)].join('\n')));
    await expect(restoreDatabase(target.db, newer, { force: true })).rejects.toThrow(/更新版本/);
  });
});
