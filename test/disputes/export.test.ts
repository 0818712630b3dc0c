import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { asc, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { disputes } from '../../src/db/schema.js';
import { recordReport } from '../../src/reports/repo.js';
import { exportLedger, LEDGER_HEADERS } from '../../src/summary/index.js';
import { CATEGORY_LABELS, recordDisputes, type Category } from '../../src/ledger/index.js';
import { draft, type Harness, NOW, privately, say, type Town, withTown } from './support.js';

let h: Harness;
let t: Town;
withTown((s) => ({ h, t } = s));

const read = async (buffer: Buffer | ArrayBuffer | string): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  if (typeof buffer === 'string') await wb.xlsx.readFile(buffer);
  else await wb.xlsx.load(buffer as ArrayBuffer);
  return wb;
};
const rowValues = (ws: ExcelJS.Worksheet, n: number): unknown[] => (ws.getRow(n).values as unknown[]).slice(1);

async function load324(): Promise<void> {
  const counts: [Category, number][] = [
    ['family', 145],
    ['neighbor', 26],
    ['land', 37],
    ['economic', 54],
    ['other', 62],
  ];
  const drafts = counts
    .flatMap(([category, n]) => Array.from({ length: n }, () => category))
    .map((category, i) => draft({ category, summary: `纠纷${i + 1}`, status: i % 13 === 0 ? 'in_progress' : 'resolved', method: '人民调解' }));
  await recordDisputes(h.deps, { reporter: t.worker, gridId: t.grids.g3.id, reportId: null, drafts, at: NOW });
}

describe('exportLedger', () => {
  it('writes an xlsx whose first sheet reads back with the same 324 rows', async () => {
    await load324();
    const file = join(mkdtempSync(join(tmpdir(), 'ledger-')), '台账.xlsx');
    expect(await exportLedger(h.db, file, { now: NOW })).toEqual({ file, rows: 324 });
    const wb = await read(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['矛盾纠纷台账', '统计', '周报报送']);
    const ws = wb.worksheets[0]!;
    expect(rowValues(ws, 1)[0]).toBe('矛盾纠纷台账（全镇，全部，2026-12-02导出）');
    expect(rowValues(ws, 2)).toEqual(LEDGER_HEADERS);
    expect(ws.autoFilter).toBe('A2:P2');
    expect(LEDGER_HEADERS).toEqual([
      '编号',
      '登记日期',
      '村',
      '网格',
      '类型',
      '当事人',
      '事由',
      '风险',
      '状态',
      '化解方式',
      '责任人',
      '时限',
      '化解日期',
      '回访',
      '满意度',
      '报送人',
    ]);
    expect(ws.rowCount).toBe(326);
    const stored = await h.db.select().from(disputes).where(isNull(disputes.voidedAt)).orderBy(asc(disputes.createdAt), asc(disputes.id));
    const sheetRows = Array.from({ length: 324 }, (_, i) => rowValues(ws, i + 3));
    expect(sheetRows.map((r) => r[0])).toEqual(stored.map((d) => d.code));
    expect(sheetRows.map((r) => r[4])).toEqual(stored.map((d) => CATEGORY_LABELS[d.category]));
    expect(sheetRows.filter((r) => r[8] === '已化解')).toHaveLength(299);
    expect(sheetRows.filter((r) => r[8] === '化解中')).toHaveLength(25);
    expect(sheetRows.map((r) => r[6])).toEqual(stored.map((d) => d.summary));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const stats = wb.getWorksheet('统计')!;
    const found = stats.getSheetValues().find((r) => Array.isArray(r) && r[1] === '排查发现纠纷') as unknown[];
    expect(found.slice(2, 5)).toEqual([324, 299, 0.9228]);
  });

  it('writes plain cells: dates as real dates on the local day, text as text', async () => {
    const late = new Date('2026-12-02T23:30:00+08:00'); // 15:30 UTC, still 2 December in Shanghai
    const [d] = await recordDisputes(h.deps, {
      reporter: t.worker,
      gridId: t.grids.g3.id,
      reportId: null,
      at: late,
      drafts: [draft({ risks: ['petition', 'other'], parties: ['王某', '赵某'] })],
    });
    await say(h, t.worker, `#交办 ${d!.code} @赵调解员 3天`, { now: late, mentions: ['赵调解员'], mentionIds: [t.mediator.wechatId!] });
    await say(h, t.mediator, `#进展 ${d!.code} 已化解 方式:人民调解`, { now: late });
    await say(h, t.worker, `#回访 ${d!.code} 基本满意`, { now: late });
    const file = join(mkdtempSync(join(tmpdir(), 'ledger-')), 'one.xlsx');
    await exportLedger(h.db, file, { period: '本月', now: late });
    const ws = (await read(file)).worksheets[0]!;
    const row = ws.getRow(3);
    expect(row.getCell(2).value).toEqual(new Date(Date.UTC(2026, 11, 2)));
    expect(row.getCell(2).numFmt).toBe('yyyy-mm-dd');
    expect(rowValues(ws, 3).slice(2, 11)).toEqual(['上司村', '三组', '邻里', '王某、赵某', '排水沟堵塞引发争吵', '扬言上访、其他风险', '已化解', '人民调解', '赵调解员']);
    expect(row.getCell(12).value).toEqual(new Date(Date.UTC(2026, 11, 5)));
    expect(row.getCell(14).value).toEqual(new Date(Date.UTC(2026, 11, 2)));
    expect([row.getCell(15).value, row.getCell(16).value]).toEqual(['基本满意', '张网格员']);
  });

  it('lists report submissions per week with the missing grids', async () => {
    await recordReport(h.deps, {
      reporter: t.worker,
      gridId: t.grids.g3.id,
      isoWeek: '2026-W49',
      inboundMessageId: null,
      households: 72,
      nil: true,
      rawText: '…',
      drafts: [],
      at: NOW,
    });
    const file = join(mkdtempSync(join(tmpdir(), 'ledger-')), 'weeks.xlsx');
    // Listed once the week's deadline (Sunday 20:00) has passed.
    await exportLedger(h.db, file, { period: '本月', now: new Date('2026-12-07T09:00:00+08:00') });
    const ws = (await read(file)).getWorksheet('周报报送')!;
    expect(rowValues(ws, 2)[0]).toBe('周次');
    expect(rowValues(ws, 3)).toEqual(['第49周（11月30日—12月6日）', 3, 1, 0.3333, 72, '上司村四组、新场村一组']);
  });

  it('writes real CSV for a .csv file: UTF-8 with a BOM, one row per case, dates as days', async () => {
    await recordDisputes(h.deps, { reporter: t.worker, gridId: t.grids.g3.id, reportId: null, drafts: [draft({ summary: '水沟堵了, 两家吵"凶"' }), draft()], at: NOW });
    const file = join(mkdtempSync(join(tmpdir(), 'ledger-')), '台账.csv');
    expect(await exportLedger(h.db, file, { now: NOW })).toEqual({ file, rows: 2 });
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(LEDGER_HEADERS.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(',2026-12-02,上司村,三组,');
    expect(lines[1]).toContain('"' + '水沟堵了, 两家吵""凶""' + '"');
  });

  it('refuses a file that is neither .xlsx nor .csv', async () => {
    await expect(exportLedger(h.db, join(tmpdir(), 'x.pdf'), { now: NOW })).rejects.toThrow('只能导出为 .xlsx 或 .csv');
  });
});

describe('#台账 导出', () => {
  it('sends the admin the file privately, even when asked in a group', async () => {
    await load324();
    const said = await say(h, t.admin, '#台账 导出 全部', { room: t.adminRoom });
    expect(said.files).toHaveLength(1);
    expect(said.files[0]!.name).toMatch(/^矛盾纠纷台账-全镇-全部-2026-12-02\.xlsx$/);
    expect(said.replies.join('')).not.toContain('纠纷1');
    const ws = (await read(Buffer.from(said.files[0]!.base64, 'base64'))).worksheets[0]!;
    expect(ws.rowCount).toBe(326);
    expect(said.privateReplies.join('')).toContain('共 324 件');
  });

  it('filters by village', async () => {
    await recordDisputes(h.deps, { reporter: t.otherVillageWorker, gridId: t.grids.x1.id, reportId: null, drafts: [draft()], at: NOW });
    await recordDisputes(h.deps, { reporter: t.worker, gridId: t.grids.g3.id, reportId: null, drafts: [draft(), draft()], at: NOW });
    const said = await say(h, t.admin, '#台账 导出 本月 新场村');
    expect(privately(said)).toContain('新场村，本月，共 1 件');
  });

  it('is for admins only', async () => {
    for (const who of [t.chief, t.worker, t.resident]) {
      const said = await say(h, who, '#台账 导出 全部');
      expect(said.files).toEqual([]);
      expect(privately(said)).toContain('只有管理员');
    }
  });
});
