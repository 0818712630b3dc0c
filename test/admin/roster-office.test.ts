import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatImportSummary, importRoster, roleLabel } from '../../src/roster/index.js';
import { grids, members, villages } from '../../src/db/schema.js';
import { writeCsv, writeXlsx } from './office-files.js';
import { harness, reset, type Harness } from './support.js';

// Roster files as a township office really makes them, imported by the real import code. Each case
// lists who must be on the roster afterwards ('姓名 角色 村网格 电话') and each refused row
// ([sheet, row, column, words of the message]): nobody is dropped or changed without a line saying so.

type Problem = [sheet: string | null, row: number, column: string | undefined, says: string];
interface Case {
  title: string;
  write(dir: string): Promise<string> | string;
  people: string[];
  problems?: Problem[];
  /** Words the printed summary must contain (how columns and sheets were read). */
  summary?: string[];
}

const HEAD = ['序号', '姓名', '性别', '身份证号', '所属村', '所在网格', '职务', '联系电话', '备注'];

const CASES: Case[] = [
  {
    title: 'xlsx: merged title, blank row, extra columns, role words as written, numbered empty rows, merged footer',
    write: (dir) =>
      writeXlsx(dir, '上司镇网格员花名册.xlsx', [
        {
          name: '上司村',
          merges: ['A1:I1', 'A21:I21'],
          rows: [
            ['上司镇网格员花名册'],
            null,
            HEAD,
            [1, '张网格', '男', '522726198001011234', '上司村', '三组', '专职网格员', 13800000001, ''],
            [2, '李兼职', '女', '522726198001011235', '上司村', '三组', '兼职网格员', '138 0000 0002', ''],
            null,
            [3, '王十户', '男', '', '上司村', '三组', '十户长', '138-0000-0003', ''],
            [4, '赵调解 ', '', '', '上司村', '', '人民调解员', '１３８０００００００４', ''],
            [5, '陈支书', '', '', '上司村', '', '村支书', 13800000005, ''],
            [6, '周组长', '', '', '上司村', '三组', '组长', 13800000006, ''],
            [7, '吴网格长', '', '', '上司村 ', '三组 ', '网格长', 13800000007, '兼'],
            ...Array.from({ length: 9 }, (_, i) => [i + 8]),
            ['填表人：王五　　审核人：李四　　填表日期：2026年11月20日'],
          ],
        },
      ]),
    people: [
      '张网格 网格员 上司村三组 13800000001',
      '李兼职 网格员 上司村三组 13800000002',
      '王十户 联户长 上司村三组 13800000003',
      '赵调解 调解员 上司村 13800000004',
      '吴网格长 网格长 上司村三组 13800000007',
    ],
    problems: [
      [null, 9, 'G 列（职务）', '陈支书 的角色「村支书」不认识'],
      [null, 10, 'G 列（职务）', '周组长 的角色「组长」不认识'],
    ],
    summary: [
      '读到 7 行',
      '表头在第 3 行：姓名（B 列）、村＝所属村（E 列）、网格＝所在网格（F 列）、角色＝职务（G 列）、电话＝联系电话（H 列）',
      '没有用到的列：序号、性别、身份证号、备注',
    ],
  },
  {
    title: 'xlsx: one sheet per village; an instructions sheet and a hidden drop-down list are named, not read',
    write: (dir) =>
      writeXlsx(dir, 'sheets.xlsx', [
        {
          name: '上司村',
          rows: [
            ['名字', '村委会', '网格名称', '身份', '手机号'],
            ['孙一', '上司村', '一组', '网格员', 13800000011],
            ['孙二', '上司村', '一组', '队长', 13800000012],
          ],
        },
        {
          name: '翁台村',
          rows: [
            ['名字', '村委会', '网格名称', '身份', '手机号'],
            ['钱一', '翁台村', '二组', '网格员', 13800000021],
            ['钱二', '翁台村', '二组', '调解员', 13800000022],
          ],
        },
        { name: '填表说明', rows: [['1. 角色只能填：网格员、网格长、联户长、调解员、群众'], ['2. 电话填手机号']] },
        { name: '下拉', hidden: true, rows: [['角色'], ['网格员'], ['群众']] },
      ]),
    people: ['孙一 网格员 上司村一组 13800000011', '钱一 网格员 翁台村二组 13800000021', '钱二 调解员 翁台村二组 13800000022'],
    problems: [['上司村', 3, 'D 列（身份）', '孙二 的角色「队长」不认识']],
    summary: [
      '工作表「上司村」表头在第 1 行',
      '工作表「翁台村」表头在第 1 行',
      '没有导入的工作表：「填表说明」（找不到表头）、「下拉」（隐藏的表）',
      '工作表「上司村」第 3 行 D 列（身份）',
    ],
  },
  {
    title: 'xlsx: village and grid merged down their blocks; 网格员姓名, 人员类别, 联系方式 as heads',
    write: (dir) =>
      writeXlsx(dir, 'merged.xlsx', [
        {
          name: 'Sheet1',
          merges: ['A1:E1', 'A3:A6', 'B3:B4', 'B5:B6'],
          rows: [
            ['上司村网格员名单'],
            ['村', '网格', '网格员姓名', '人员类别', '联系方式'],
            ['上司村', '四组', '杨一', '网格员', 13800000031],
            [null, null, '杨二', '网格长', 13800000032],
            [null, '五组', '杨三', '网格员', 13800000033],
            [null, null, '杨四', '联户长', 13800000034],
          ],
        },
      ]),
    people: ['杨一 网格员 上司村四组 13800000031', '杨二 网格长 上司村四组 13800000032', '杨三 网格员 上司村五组 13800000033', '杨四 联户长 上司村五组 13800000034'],
  },
  {
    title: 'xlsx: heads with a star, a note in brackets and a line break; the grid column repeating the village',
    write: (dir) =>
      writeXlsx(dir, 'notes.xlsx', [
        {
          name: '名单',
          rows: [
            ['*姓名', '村（社区）', '网格（如：三组）', '角色（网格员/网格长/联户长/调解员/群众）', '联系\n电话'],
            ['蒋一', '上司村', '上司村六组', '网格员', '13800000041'],
            ['蒋二', '上司村', '六组', '网格员(兼)', ''],
          ],
        },
      ]),
    people: ['蒋一 网格员 上司村六组 13800000041', '蒋二 网格员 上司村六组 -'],
    summary: ['表头在第 1 行：姓名（A 列）、村（B 列）、网格（C 列）、角色（D 列）、电话＝联系电话（E 列）'],
  },
  {
    title: 'xlsx: one person twice with another role or grid, and two rows nobody can tell apart, are refused',
    write: (dir) =>
      writeXlsx(dir, 'twice.xlsx', [
        {
          name: '名单',
          rows: [
            ['村', '网格', '姓名', '角色', '电话'],
            ['上司村', '七组', '韩一', '网格员', 13800000051],
            ['上司村', '七组', '韩一', '调解员', 13800000051],
            ['上司村', '七组', '李明', '群众', ''],
            ['上司村', '七组', '李明', '群众', ''],
            ['上司村', '八组', '韩一', '网格员', 13800000051],
            ['上司村', '七组', '韩一', '网格员', '138-0000-0051'],
          ],
        },
      ]),
    people: ['韩一 网格员 上司村七组 13800000051', '李明 群众 上司村七组 -'],
    problems: [
      [null, 3, undefined, '韩一（13800000051）在第 2 行已是上司村七组 网格员，一个人只能有一个角色和网格'],
      [null, 5, undefined, '李明 和第 4 行同名，都在上司村七组，又没有电话区分'],
      [null, 6, undefined, '在第 2 行已是上司村七组 网格员'],
      [null, 7, undefined, '韩一 和第 2 行重复，只导入一次'],
    ],
  },
  {
    title: 'CSV: two people of one name in one grid, told apart by their phones, stay two people',
    write: (dir) => writeCsv(dir, 'namesakes.csv', ['村,网格,姓名,角色,电话', '上司村,八组,王芳,群众,13800000091', '上司村,八组,王芳,联户长,13800000092'], 'utf8'),
    people: ['王芳 群众 上司村八组 13800000091', '王芳 联户长 上司村八组 13800000092'],
  },
  {
    title: 'CSV in GB18030 (Excel on Chinese Windows): title and blank rows, extra columns, a footer in the 序号 column',
    write: (dir) =>
      writeCsv(
        dir,
        '花名册.csv',
        [
          '上司镇网格员花名册,,,,,,,',
          ',,,,,,,',
          '序号,姓名,性别,村,网格,角色,联系电话,备注',
          '1,郑一,男,上司村,九组,网格员,13800000061,',
          '2,郑二,女,上司村,九组,十户长,138 0000 0062,',
          ',,,,,,,',
          '3,郑三,男,上司村,九组,组长,13800000063,',
          '4,郑四,男,上司村,,村支书,13800000064,',
          '填表人：王五,,,,,,,',
        ],
        'gb18030',
      ),
    people: ['郑一 网格员 上司村九组 13800000061', '郑二 联户长 上司村九组 13800000062'],
    problems: [
      [null, 7, 'F 列（角色）', '郑三 的角色「组长」不认识，请填他在网格里的角色：管理员、网格长、网格员、联户长、调解员、群众'],
      [null, 8, 'F 列（角色）', '郑四 的角色「村支书」不认识'],
    ],
    summary: ['表头在第 3 行', '没有用到的列：序号、性别、备注'],
  },
  {
    title: 'CSV in GB18030 with the header on the first line and 村委会, 身份, 手机号 as heads',
    write: (dir) => writeCsv(dir, 'plain.csv', ['村委会,网格,姓名,身份,手机号', '上司村,十一组,褚一,网格员,13800000081', '上司村,十一组,褚二,群众,'], 'gb18030'),
    people: ['褚一 网格员 上司村十一组 13800000081', '褚二 群众 上司村十一组 -'],
  },
  {
    title: 'CSV with a UTF-8 BOM: trailing spaces, full-width digits, the grid column repeating the village',
    write: (dir) =>
      writeCsv(
        dir,
        'bom.csv',
        [
          '序号,名字,所属村,所在网格,职务,电话,身份证号',
          '1,冯一 ,上司村 ,十组 ,网格员 ,１３８００００００７１,522726198001011234',
          '2,冯二,上司村,十组,人民调解员,138-0000-0072,',
          '3,冯三,上司村,上司村十组,专职网格员,13800000073,',
          '4,冯四,上司村,十组,联户长,"13800000074",',
        ],
        'bom',
      ),
    people: ['冯一 网格员 上司村十组 13800000071', '冯二 调解员 上司村十组 13800000072', '冯三 网格员 上司村十组 13800000073', '冯四 联户长 上司村十组 13800000074'],
  },
  {
    title: 'CSV: a note typed into the name column under the table is refused, not added as a person',
    write: (dir) => writeCsv(dir, 'footer.csv', ['姓名,村,网格,角色,电话', '卫一,上司村,三组,网格员,13800000095', '填表人：王五（联系电话13800000099）,,,,'], 'utf8'),
    people: ['卫一 网格员 上司村三组 13800000095'],
    problems: [[null, 3, 'A 列（姓名）', '「填表人：王五（联系电话13800000099）」不像人名']],
  },
  {
    title: 'CSV without a role column: everyone is a resident, and the summary says why',
    write: (dir) => writeCsv(dir, 'residents.csv', ['姓名,村,网格,电话', '沈一,上司村,三组,13800000096'], 'utf8'),
    people: ['沈一 群众 上司村三组 13800000096'],
    summary: ['没有“角色”列，都按群众导入'],
  },
  {
    title: 'xlsx without a name column in its first rows: the file is refused, saying which heads are read',
    write: (dir) => writeXlsx(dir, 'nohead.xlsx', [{ name: 'Sheet1', rows: [['上司镇网格员花名册'], ['张三', '网格员', '上司村三组']] }]),
    people: [],
    problems: [[null, 0, undefined, '没有找到表头：前 10 行里没有“姓名”列']],
  },
];

let h: Harness;
let dir: string;
beforeAll(async () => {
  h = await harness();
  dir = mkdtempSync(join(tmpdir(), 'gridbot-office-'));
});
beforeEach(() => reset(h));
afterAll(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

/** '姓名 角色 村网格 电话' for everyone on the roster ('-' when no phone), in a stable order. */
async function roster(): Promise<string[]> {
  const rows = await h.db
    .select({ name: members.name, role: members.role, village: villages.name, grid: grids.name, phone: members.phone })
    .from(members)
    .leftJoin(grids, eq(members.gridId, grids.id))
    .leftJoin(villages, eq(villages.id, members.villageId));
  return rows.map((r) => `${r.name} ${roleLabel(r.role)} ${r.village ?? ''}${r.grid ?? ''} ${r.phone ?? '-'}`).sort();
}

describe('roster files as the township office makes them', () => {
  it.each(CASES.map((c) => [c.title, c] as const))('%s', async (_title, c) => {
    const summary = await importRoster(h.db, await c.write(dir));
    expect(await roster()).toEqual([...c.people].sort());
    const problems = summary.problems.map((p) => [p.sheet ?? null, p.row, p.column, p.message]);
    expect(problems).toEqual((c.problems ?? []).map(([sheet, row, column, says]) => [sheet, row, column, expect.stringContaining(says)]));
    const printed = formatImportSummary(summary);
    for (const words of c.summary ?? []) expect(printed).toContain(words);
  });

  it('re-importing the same office file changes nothing', async () => {
    const path = await CASES[0]!.write(dir);
    await importRoster(h.db, path);
    expect(await importRoster(h.db, path)).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
  });
});
