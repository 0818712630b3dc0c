import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { count, sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { lawArticles } from '../../src/db/schema.js';
import { createLogger } from '../../src/kernel/logger.js';
import { createLawLibrary, importLaws, importReportText, listLaws, loadStatutes, prepareLaws, readLawFiles } from '../../src/lawqa/index.js';
import { testDb } from '../support/db.js';
import { MINI_CIVIL, MINI_CRIMINAL, miniStatutes } from './fixtures.js';

const CIVIL = '中华人民共和国民法典';
const AT = new Date('2026-12-01T09:00:00+08:00');
const LATER = new Date('2026-12-02T09:00:00+08:00');

// The civil code fixture with 第二百九十条 reworded and 第一千零八十四条 gone: a new version of the law.
const CIVIL_V2 = MINI_CIVIL.replace('排水应当顺着自然流向', '排水应当顺着自然流向，不得堵塞').replace(/\n\n第一千零八十四条[^\n]*/, '');

let dir: string;
let database: Database;

function writeLaws(files: Record<string, string>): string {
  const folder = mkdtempSync(join(dir, 'laws-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gridbot-laws-'));
  database = await testDb();
});
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await database.db.execute(sql`truncate laws, law_articles restart identity cascade`);
});

describe('readLawFiles', () => {
  it('reads a folder in name order, skipping SOURCE and README, and single files', async () => {
    const folder = writeLaws({ 'b.md': MINI_CRIMINAL, 'a.md': MINI_CIVIL, 'SOURCE.md': '# 来源\n说明', 'README.txt': '说明', 'x.json': '{}' });
    const files = await readLawFiles([folder, join(folder, 'b.md')]);
    expect(files.map((f) => f.file)).toEqual([join(folder, 'a.md'), join(folder, 'b.md'), join(folder, 'b.md')]);
    expect(files.every((f) => f.parsed.ok)).toBe(true);
  });

  it('reports a missing path and a file without articles instead of throwing', async () => {
    const folder = writeLaws({ 'empty.md': '# 某某办法\n\n只有说明文字。' });
    const files = await readLawFiles([join(folder, 'nope.md'), folder]);
    expect(files.map((f) => f.parsed.ok)).toEqual([false, false]);
  });
});

describe('importLaws', () => {
  it('stores each law with its articles, numbers, sub-numbers, chapters and effective date', async () => {
    const folder = writeLaws({ 'civil.md': MINI_CIVIL, 'criminal.md': MINI_CRIMINAL });
    const report = await importLaws(database.db, [folder], { at: AT });
    expect(report.laws.map((l) => [l.title, l.articles, l.status])).toEqual([
      [CIVIL, 5, 'new'],
      ['中华人民共和国刑法', 1, 'new'],
    ]);
    expect(report.laws[1]!.notes).toEqual(['文中没有找到施行日期']);
    const rows = await listLaws(database.db);
    expect(rows.map((r) => [r.title, r.articleCount, r.effectiveDate])).toEqual([
      ['中华人民共和国刑法', 1, null],
      [CIVIL, 5, '2021-01-01'],
    ]);
    const stored = await loadStatutes(database.db);
    const parsed = miniStatutes();
    expect(stored.find((s) => s.title === CIVIL)).toEqual(parsed.find((s) => s.title === CIVIL));
    expect(stored.find((s) => s.title === '中华人民共和国刑法')!.articles[0]).toMatchObject({ article: 287, sub: 2, chapter: '第二编 分则' });
  });

  it('replaces every article of a law imported again, in one go', async () => {
    await importLaws(database.db, [writeLaws({ 'civil.md': MINI_CIVIL })], { at: AT });
    const report = await importLaws(database.db, [writeLaws({ 'civil.md': CIVIL_V2 })], { at: LATER });
    expect(report.laws.map((l) => [l.articles, l.status])).toEqual([[4, 'replaced']]);
    const [law] = await listLaws(database.db);
    expect(law).toMatchObject({ articleCount: 4, importedAt: LATER });
    const civil = (await loadStatutes(database.db))[0]!;
    expect(civil.articles.map((a) => a.article)).toEqual([290, 291, 680, 1079]);
    expect(civil.articles[0]!.text).toContain('不得堵塞');
    const [all] = await database.db.select({ n: count() }).from(lawArticles);
    expect(all!.n).toBe(4);
  });

  it('leaves an unchanged law alone at start-up, and re-imports a changed one', async () => {
    await importLaws(database.db, [writeLaws({ 'civil.md': MINI_CIVIL, 'criminal.md': MINI_CRIMINAL })], { at: AT });
    const again = await importLaws(database.db, [writeLaws({ 'civil.md': CIVIL_V2, 'criminal.md': MINI_CRIMINAL })], { at: LATER, skipUnchanged: true });
    expect(again.laws.map((l) => l.status)).toEqual(['replaced', 'unchanged']);
    const rows = await listLaws(database.db);
    expect(rows.find((r) => r.title === '中华人民共和国刑法')!.importedAt).toEqual(AT);
  });

  it('imports the good files and lists the bad ones with why', async () => {
    const folder = writeLaws({ 'civil.md': MINI_CIVIL, 'notes.txt': '会议纪要\n大家要注意防火。' });
    const report = await importLaws(database.db, [folder], { at: AT });
    expect(report.laws).toHaveLength(1);
    expect(report.failed).toEqual([{ file: join(folder, 'notes.txt'), problems: ['《notes》里没有找到“第X条”开头的条文'] }]);
    const text = importReportText(report);
    expect(text).toContain('《中华人民共和国民法典》 5 条（新导入，2021-01-01 施行）');
    expect(text).toContain('✗');
    expect(text).toContain('notes.txt');
  });

  it('takes the later of two files holding the same law, and says so', async () => {
    const folder = writeLaws({ '1.md': MINI_CIVIL, '2.md': CIVIL_V2 });
    const report = await importLaws(database.db, [folder], { at: AT });
    expect(report.laws[1]!.notes).toEqual(['与 1.md 是同一部法律，以本文件为准']);
    expect((await listLaws(database.db))[0]!.articleCount).toBe(4);
  });
});

describe('the law library', () => {
  it('answers from the statutes in the database and follows a re-import', async () => {
    const library = createLawLibrary(database.db);
    await importLaws(database.db, [writeLaws({ 'civil.md': MINI_CIVIL })], { at: AT });
    const before = await library.retriever();
    expect(before.article({ law: CIVIL, article: 1084 })).toBeDefined();
    expect(await library.retriever()).toBe(before);
    await importLaws(database.db, [writeLaws({ 'civil.md': CIVIL_V2 })], { at: LATER });
    const after = await library.retriever();
    expect(after).not.toBe(before);
    expect(after.article({ law: CIVIL, article: 1084 })).toBeUndefined();
    expect(after.article({ law: CIVIL, article: 290 })!.text).toContain('不得堵塞');
  });

  it('cites nothing while no statute is imported', async () => {
    const r = await createLawLibrary(database.db).retriever();
    expect(r.stats.articles).toBe(0);
    expect(r.search('邻居把排水沟堵了', 3).citations).toEqual([]);
  });
});

describe('prepareLaws (start-up)', () => {
  const log = createLogger('silent');

  it('imports LAWS_DIR the first time only, and builds the index', async () => {
    const folder = writeLaws({ 'civil.md': MINI_CIVIL, 'criminal.md': MINI_CRIMINAL });
    const first = await prepareLaws(database.db, { source: folder, at: AT, log });
    const second = await prepareLaws(database.db, { source: folder, at: LATER, log });
    expect(first!.laws.map((l) => l.status)).toEqual(['new', 'new']);
    expect(second!.laws.map((l) => l.status)).toEqual(['unchanged', 'unchanged']);
    expect((await listLaws(database.db)).map((l) => l.importedAt)).toEqual([AT, AT]);
  });

  it('starts without statutes when LAWS_DIR is missing or unset', async () => {
    expect(await prepareLaws(database.db, { source: join(dir, 'no-such-folder'), at: AT, log })).toBeNull();
    expect(await prepareLaws(database.db, { source: null, at: AT, log })).toBeNull();
    expect(await listLaws(database.db)).toEqual([]);
  });
});

describe('readLawFiles on a folder with subfolders', () => {
  it('reads only the files directly in it', async () => {
    const folder = writeLaws({ 'civil.md': MINI_CIVIL });
    mkdirSync(join(folder, 'old'));
    writeFileSync(join(folder, 'old', 'civil-2018.md'), MINI_CIVIL);
    expect((await readLawFiles([folder])).map((f) => f.file)).toEqual([join(folder, 'civil.md')]);
  });
});
