import type ExcelJS from 'exceljs';
import { loadExcel } from '../kernel/excel.js';
import { writeCsv } from '../roster/index.js';
import { weekLabel } from '../reports/cycle/week-times.js';
import type { Db } from '../db/client.js';
import { ledgerRows, gridNames, type LedgerRow } from './sheet-rows.js';
import { computeStats, type Stats } from './stats.js';
import { loadStatsInput, type Scope } from './stats-query.js';
import { weeklySubmissions, type WeekSubmission } from './weekly.js';
import { CATEGORY_LABELS, RISK_LABELS, STATUS_LABELS } from '../ledger/vocabulary.js';
import type { Calendar } from '../kernel/calendar.js';

const DATE_FMT = 'yyyy-mm-dd';
const PCT_FMT = '0.00%';

/**
 * Excel has no time zones: a cell holds a wall-clock date. Writing the local day as UTC midnight
 * makes Excel and WPS show the day the township lived, not the day in London.
 */
function excelDate(d: Date | null, cal: Calendar): Date | null {
  if (!d) return null;
  const p = cal.local(d);
  return new Date(Date.UTC(p.year, p.month - 1, p.day));
}

const LEDGER_COLUMNS: { header: string; width: number; date?: boolean; value: (r: LedgerRow, cal: Calendar) => string | Date | null }[] = [
  { header: '编号', width: 15, value: (r) => r.dispute.code },
  { header: '登记日期', width: 12, date: true, value: (r, cal) => excelDate(r.dispute.createdAt, cal) },
  { header: '村', width: 10, value: (r) => r.village },
  { header: '网格', width: 12, value: (r) => r.grid },
  { header: '类型', width: 13, value: (r) => CATEGORY_LABELS[r.dispute.category] },
  { header: '当事人', width: 18, value: (r) => r.dispute.parties.join('、') },
  { header: '事由', width: 40, value: (r) => r.dispute.summary },
  { header: '风险', width: 14, value: (r) => r.dispute.risks.map((k) => RISK_LABELS[k]).join('、') },
  { header: '状态', width: 9, value: (r) => STATUS_LABELS[r.dispute.status] },
  { header: '化解方式', width: 12, value: (r) => r.dispute.method ?? '' },
  { header: '责任人', width: 12, value: (r) => r.assignee ?? '' },
  { header: '时限', width: 12, date: true, value: (r, cal) => excelDate(r.dispute.deadline, cal) },
  { header: '化解日期', width: 12, date: true, value: (r, cal) => excelDate(r.dispute.resolvedAt, cal) },
  { header: '回访', width: 12, date: true, value: (r, cal) => excelDate(r.lastFollowup?.at ?? null, cal) },
  { header: '满意度', width: 10, value: (r) => r.lastFollowup?.satisfaction ?? '' },
  { header: '报送人', width: 10, value: (r) => r.reporter },
];

/** The column heads of the ledger sheet, in order. */
export const LEDGER_HEADERS = LEDGER_COLUMNS.map((c) => c.header);

/**
 * A sheet as a clerk sends it upward: a title row saying what it is (the sheet name, where, which
 * period), then the column heads with a filter on them, frozen while scrolling.
 */
function sheet(wb: ExcelJS.Workbook, name: string, title: string, columns: { header: string; width: number }[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  ws.insertRow(1, [`${name}（${title}）`]);
  ws.mergeCells(1, 1, 1, columns.length);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.getRow(2).font = { bold: true };
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };
  return ws;
}

function addLedger(wb: ExcelJS.Workbook, title: string, rows: LedgerRow[], cal: Calendar): void {
  const ws = sheet(wb, '矛盾纠纷台账', title, LEDGER_COLUMNS);
  LEDGER_COLUMNS.forEach((c, i) => {
    if (c.date) ws.getColumn(i + 1).numFmt = DATE_FMT;
  });
  // Nothing to say leaves the cell empty (not an empty string), which both Excel and WPS read as blank.
  for (const r of rows) ws.addRow(LEDGER_COLUMNS.map((c) => c.value(r, cal) || null));
}

// 92.28 → 0.9228 exactly (a plain division leaves 0.9228000000000001 in the cell).
const pct = (p: number | null): number | string => (p === null ? '' : Number((p / 100).toFixed(4)));

function addStats(wb: ExcelJS.Workbook, title: string, s: Stats): void {
  const ws = sheet(wb, '统计', title, [
    { header: '项目', width: 22 },
    { header: '数量', width: 12 },
    { header: '已化解', width: 10 },
    { header: '化解率', width: 10 },
  ]);
  const put = (label: string, n: number | string, resolved: number | string = '', rate: number | null = null) => {
    const row = ws.addRow([label, n, resolved, pct(rate)]);
    row.getCell(4).numFmt = PCT_FMT;
  };
  put('统计期间', s.period);
  put('范围', s.village ?? '全镇');
  put('排查发现纠纷', s.found, s.resolved, s.resolutionRate);
  put('其中：化解中', s.inProgress);
  put('其中：待化解', s.pending);
  put('其中：已移交', s.escalated);
  for (const c of s.byCategory) put(`类型：${c.label}`, c.found, c.resolved, c.resolutionRate);
  for (const v of s.byVillage) put(`村：${v.village}`, v.found, v.resolved, v.resolutionRate);
  put('排查户数', s.households);
  put('周报应报（份）', s.reports.expected);
  put('周报实报（份）/报送率', s.reports.received, '', s.reports.rate);
  put('交办（件）/已化解/化解率', s.assignments.total, s.assignments.resolved, s.assignments.rate);
  put('回访（次）', s.followups.total);
  put('满意/基本满意/不满意', `${s.followups.satisfied}/${s.followups.basicallySatisfied}/${s.followups.dissatisfied}`, '', s.followups.satisfactionRate);
}

function addWeekly(wb: ExcelJS.Workbook, title: string, weeks: WeekSubmission[], cal: Calendar): void {
  const ws = sheet(wb, '周报报送', title, [
    { header: '周次', width: 28 },
    { header: '应报', width: 8 },
    { header: '实报', width: 8 },
    { header: '报送率', width: 10 },
    { header: '排查户数', width: 10 },
    { header: '未报网格', width: 60 },
  ]);
  ws.getColumn(4).numFmt = PCT_FMT;
  for (const w of weeks) ws.addRow([weekLabel(w.week, cal, '—'), w.expected, w.received, pct(w.rate), w.households, w.missing.join('、')]);
}

/** '全镇，本年，2026-12-07导出' */
const sheetTitle = (scope: Scope, now: Date, cal: Calendar): string => `${scope.village?.name ?? '全镇'}，${scope.label}，${cal.formatDate(now)}导出`;

/** The ledger sheet alone as CSV (UTF-8 with a BOM, so Excel and WPS open the Chinese), dates as 2026-12-02. */
export async function ledgerCsv(db: Db, scope: Scope, cal: Calendar): Promise<{ text: string; rows: number }> {
  const rows = await ledgerRows(db, scope);
  const cell = (v: string | Date | null): string => (v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? ''));
  const table = rows.map((r) => LEDGER_COLUMNS.map((c) => cell(c.value(r, cal))));
  return { text: writeCsv([LEDGER_HEADERS, ...table]), rows: rows.length };
}

export interface LedgerBook {
  buffer: Buffer;
  rows: number;
  stats: Stats;
}

/** Builds the three-sheet workbook (台账, 统计, 周报报送) for a scope. */
export async function ledgerWorkbook(db: Db, scope: Scope, now: Date, cal: Calendar): Promise<LedgerBook> {
  const [rows, input, names] = await Promise.all([ledgerRows(db, scope), loadStatsInput(db, scope, now, cal), gridNames(db, scope)]);
  const stats = computeStats(input);
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'gridbot';
  wb.created = now;
  const title = sheetTitle(scope, now, cal);
  addLedger(wb, title, rows, cal);
  addStats(wb, title, stats);
  addWeekly(wb, title, weeklySubmissions(input.weeks, names, input.reports), cal);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return { buffer, rows: rows.length, stats };
}
