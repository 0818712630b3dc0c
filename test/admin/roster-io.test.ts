import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportRoster, findGridByName, formatImportSummary, importRoster } from '../../src/roster/index.js';
import { members, rooms } from '../../src/db/schema.js';
import { harness, reset, type Harness } from './support.js';

// Rows as a township clerk might really type them: a BOM, blank lines, full-width spaces, a quoted
// comma, phones with spaces and +86, a grid written whole in the village column, and mistakes.
const MESSY = [
  '\uFEFF村,网格,姓名,角色,电话',
  '上司村,三组,张网格,网格员,138 0000 0001',
  '',
  '　上司村　,　三组　,李 大姐,群众,',
  '上司村,三组,"王,五",联户长,"+86 138-0000-0003"',
  '上司村三组,,赵六,网格长,',
  '翁台村,一组,孙七,队长,13800000005',
  ',,,,',
  '上司村,,钱八,网格员,',
  ',三组,周九,群众,',
  ',,王书记,管理员,abc',
  '上司村,,吴十,调解员,0854-1234567',
  ',,,群众,',
].join('\r\n');

const EXPECTED_PROBLEM_ROWS = [7, 9, 10, 11, 13];

let h: Harness;
let dir: string;
beforeAll(async () => {
  h = await harness();
  dir = mkdtempSync(join(tmpdir(), 'gridbot-roster-'));
});
beforeEach(() => reset(h));
afterAll(() => h.close());

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const people = async () =>
  (await h.db.select().from(members).orderBy(asc(members.id))).map((m) => ({ name: m.name, role: m.role, phone: m.phone, gridId: m.gridId, villageId: m.villageId }));

describe('importRoster', () => {
  it('imports messy CSV rows and reports each problem with its row number, in Chinese', async () => {
    const s = await importRoster(h.db, file('messy.csv', MESSY));
    expect(s).toMatchObject({ rows: 10, created: 6, updated: 0, unchanged: 0, villagesCreated: 1, gridsCreated: 1 });
    expect(s.problems.map((p) => p.row)).toEqual(EXPECTED_PROBLEM_ROWS);
    expect(s.problems.find((p) => p.row === 7)!.message).toContain('角色「队长」不认识');
    expect(s.problems.find((p) => p.row === 9)!.message).toContain('要填村和网格');
    expect(s.problems.find((p) => p.row === 10)!.message).toContain('缺少村名');
    expect(s.problems.find((p) => p.row === 11)!.message).toContain('电话「abc」');
    expect(s.problems.find((p) => p.row === 13)!.message).toContain('缺少姓名');
    const grid = (await findGridByName(h.db, '上司村三组'))!;
    const inGrid = { gridId: grid.gridId, villageId: grid.villageId };
    expect(await people()).toEqual([
      { name: '张网格', role: 'worker', phone: '13800000001', ...inGrid },
      { name: '李大姐', role: 'resident', phone: null, ...inGrid },
      { name: '王,五', role: 'household_head', phone: '13800000003', ...inGrid },
      { name: '赵六', role: 'chief', phone: null, ...inGrid },
      { name: '王书记', role: 'admin', phone: null, gridId: null, villageId: null },
      { name: '吴十', role: 'mediator', phone: '08541234567', gridId: null, villageId: grid.villageId },
    ]);
    expect(formatImportSummary(s)).toMatch(/新增 6 人[\s\S]*第 7 行 D 列（角色）：孙七 的角色「队长」不认识/);
  });

  it('is idempotent, and a re-import updates what changed', async () => {
    await importRoster(h.db, file('a.csv', MESSY));
    const again = await importRoster(h.db, file('a.csv', MESSY));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 6, villagesCreated: 0, gridsCreated: 0 });
    // One change per file: the same person twice in one file is refused (see roster-office.test.ts).
    const promoted = await importRoster(h.db, file('b.csv', '姓名,角色,村,网格,手机\n张网格,网格长,上司村,三组,13800000001'));
    expect(promoted).toMatchObject({ created: 0, updated: 1, gridsCreated: 0, problems: [] });
    const s = await importRoster(h.db, file('c.csv', '姓名,角色,村,网格,手机\n张网格,网格员,上司村,四组,13800000001'));
    expect(s).toMatchObject({ created: 0, updated: 1, gridsCreated: 1, problems: [] });
    const zhang = (await people()).filter((p) => p.name === '张网格');
    expect(zhang).toEqual([{ name: '张网格', role: 'worker', phone: '13800000001', gridId: (await findGridByName(h.db, '上司村四组'))!.gridId, villageId: expect.any(Number) }]);
  });

  it('accepts English heads and role words', async () => {
    const s = await importRoster(h.db, file('en.csv', 'village,grid,name,role,phone\n上司村,三组,Tom Lee,household head,13800000009\n,,Ann,Admin,'));
    expect(s).toMatchObject({ created: 2, problems: [] });
    expect((await people()).map((p) => [p.name, p.role])).toEqual([
      ['Tom Lee', 'household_head'],
      ['Ann', 'admin'],
    ]);
  });

  it.each([
    ['missing.csv', null, '找不到文件'],
    ['roster.txt', '姓名\n张三', '只认 .csv 或 .xlsx'],
    ['nohead.csv', '张三,网格员\n李四,群众', '表头'],
  ])('reports a file-level problem for %s and imports nothing', async (name, text, message) => {
    const path = text === null ? join(dir, name) : file(name, text);
    const s = await importRoster(h.db, path);
    expect(s.problems).toEqual([{ row: 0, message: expect.stringContaining(message) }]);
    expect(await people()).toEqual([]);
  });
});

describe('人工转发群 column', () => {
  it("marks each named residents' group posted by hand for the row's grid; a tick names it after the grid; blank and 否 mark nothing", async () => {
    const csv = [
      '村,网格,姓名,职务,人工转发群（没有机器人的村民群）',
      '上司村,三组,张网格,网格员,三组乡亲群',
      '翁台村,二组,杨网格,网格员,√',
      '翁台村,五组,蒙网格,网格员,否',
      '里腊村,一组,李网格,网格员,',
      '上司村,三组,刘网格,网格员,三组乡亲群',
    ].join('\n');
    const s = await importRoster(h.db, file('hand.csv', csv));
    expect(s.handGroups).toBe(2);
    expect(formatImportSummary(s)).toContain('2 个村民群记为人工转发');
    const marked = await h.db.select({ topic: rooms.topic, kind: rooms.kind, manual: rooms.manual, gridId: rooms.gridId }).from(rooms).orderBy(asc(rooms.id));
    const shangsi = await findGridByName(h.db, '上司村三组');
    const wengtai = await findGridByName(h.db, '翁台村二组');
    expect(marked).toEqual([
      { topic: '三组乡亲群', kind: 'grid', manual: true, gridId: shangsi!.gridId },
      { topic: '翁台村二组村民群', kind: 'grid', manual: true, gridId: wengtai!.gridId },
    ]);
    expect((await importRoster(h.db, file('hand.csv', csv))).handGroups).toBe(0);
  });
});

describe('export order', () => {
  it("lists villages and grids in the township's own (roster) order, not by pinyin", async () => {
    const roster = [
      '村,网格,姓名,角色,电话',
      '石门村,一组,蓝一,网格员,',
      '石门村,二组,蓝二,网格员,',
      '石门村,十组,蓝十,网格员,',
      '大坪村,三组,覃三,网格员,',
      '大坪村,一组,覃一,网格员,',
    ].join('\n');
    await importRoster(h.db, file('order.csv', roster));
    const out = join(dir, 'order-out.csv');
    await exportRoster(h.db, out);
    const lines = readFileSync(out, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',').slice(0, 3).join(''));
    expect(lines).toEqual(['石门村一组蓝一', '石门村二组蓝二', '石门村十组蓝十', '大坪村三组覃三', '大坪村一组覃一']);
  });
});

describe('round trip', () => {
  it('CSV: export, re-import into an empty roster, export again gives the same file', async () => {
    await importRoster(h.db, file('messy.csv', MESSY));
    const first = join(dir, 'out1.csv');
    expect(await exportRoster(h.db, first)).toEqual({ ok: true, count: 6 });
    const before = await people();
    await reset(h);
    const s = await importRoster(h.db, first);
    expect(s).toMatchObject({ created: 6, problems: [] });
    const second = join(dir, 'out2.csv');
    await exportRoster(h.db, second);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
    expect((await people()).map((p) => [p.name, p.role, p.phone]).sort()).toEqual(before.map((p) => [p.name, p.role, p.phone]).sort());
    expect(readFileSync(first, 'utf8')).toMatch(/^\uFEFF村,网格,姓名,角色,电话\r\n/);
    expect(readFileSync(first, 'utf8')).toContain('上司村,三组,"王,五",联户长,13800000003');
  });

  it('xlsx: messy sheet (numeric phones, blank rows, full-width spaces) imports, exports and re-imports', async () => {
    const path = join(dir, 'messy.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('花名册');
    ws.getRow(1).values = ['姓名', '村（社区）', '网格', '身份', '联系电话'];
    ws.getRow(2).values = ['张网格', '上司村', '三组', '网格员', 13800000001];
    ws.getRow(4).values = ['　李大姐　', '上司村', '三组', '', ''];
    ws.getRow(5).values = ['孙七', '翁台村', '一组', '队长', 13800000005];
    ws.getRow(6).values = ['陈一', '翁台村', '一组', 'chief', '138 0000 0006'];
    await wb.xlsx.writeFile(path);

    const s = await importRoster(h.db, path);
    expect(s).toMatchObject({ rows: 4, created: 3, villagesCreated: 2, gridsCreated: 2 });
    expect(s.problems).toEqual([{ sheet: null, row: 5, column: 'D 列（身份）', message: expect.stringContaining('角色「队长」不认识') }]);
    expect((await people()).map((p) => [p.name, p.role, p.phone])).toEqual([
      ['张网格', 'worker', '13800000001'],
      ['李大姐', 'resident', null],
      ['陈一', 'chief', '13800000006'],
    ]);

    const out = join(dir, 'out.xlsx');
    expect(await exportRoster(h.db, out)).toEqual({ ok: true, count: 3 });
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const rows = back.worksheets[0]!.getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(['村', '网格', '姓名', '角色', '电话']);
    expect(rows).toContainEqual(['上司村', '三组', '张网格', '网格员', '13800000001']);
    await reset(h);
    expect(await importRoster(h.db, out)).toMatchObject({ created: 3, problems: [] });
    expect(await importRoster(h.db, out)).toMatchObject({ created: 0, unchanged: 3 });
  });

  it('refuses to export to an unknown file type', async () => {
    expect(await exportRoster(h.db, join(dir, 'x.pdf'))).toEqual({ ok: false, message: expect.stringContaining('.csv 或 .xlsx') });
  });
});
