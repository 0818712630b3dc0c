import { cleanCell, columnLetter, COLUMN_ORDER, EXPORT_HEADS, isBlankRow, mapColumns, plainHead, type Column } from './columns.js';
import { hasPersonData, parseRosterRow, type RosterRow, type RowProblem, type SheetHeader } from './rows.js';
import type { Sheet } from './xlsx.js';

/** How one sheet was read, told back to the clerk so that no column is left out unseen. */
export interface SheetReport {
  sheet: string | null;
  headerRow: number;
  /** Each column read: the file's head and letter ('职务', 'G'). */
  used: Partial<Record<Column, { head: string; letter: string; index: number }>>;
  /** Heads of the columns not read (序号, 身份证号, 备注, or a second 电话 column). */
  ignored: string[];
  missing: Column[];
  /** Rows that hold a person (empty and numbered-only template rows not counted). */
  rows: number;
}

export interface ReadSheet {
  report: SheetReport;
  entries: RosterRow[];
  problems: RowProblem[];
}

// Office rosters put a title (上司镇网格员花名册), a blank line or a date above the header, so the
// header is the first row with a name column among the first few non-blank rows.
export const HEADER_SCAN_ROWS = 10;

/** The header row (index into `sheet.rows`) and its columns; null when none of the first rows has a name column. */
function findHeader(sheet: Sheet, label: string | null): { index: number; header: SheetHeader } | null {
  const scanned = sheet.rows
    .map((r, index) => ({ r, index }))
    .filter(({ r }) => !isBlankRow(r))
    .slice(0, HEADER_SCAN_ROWS);
  for (const { r, index } of scanned) {
    const columns = mapColumns(r.cells);
    if (columns.name !== undefined) return { index, header: { columns, heads: r.cells, sheet: label } };
  }
  return null;
}

/** Reads one sheet's people and problems; null when it has no header. `label` names the sheet in messages. */
export function readSheetRows(sheet: Sheet, label: string | null): ReadSheet | null {
  const found = findHeader(sheet, label);
  if (!found) return null;
  const { header } = found;
  const data = sheet.rows.slice(found.index + 1).filter((r) => hasPersonData(r, header));
  const parsed = data.map((r) => parseRosterRow(r, header));
  return {
    report: report(header, sheet.rows[found.index]!.row, data.length),
    entries: parsed.flatMap((p) => (p.value ? [p.value] : [])),
    problems: parsed.flatMap((p) => p.problems),
  };
}

function report(h: SheetHeader, headerRow: number, rows: number): SheetReport {
  const used: SheetReport['used'] = {};
  for (const c of COLUMN_ORDER) {
    const index = h.columns[c];
    if (index !== undefined) used[c] = { head: cleanCell(h.heads[index]), letter: columnLetter(index), index };
  }
  const read = new Set(Object.values(h.columns));
  const ignored = h.heads.flatMap((head, i) => (read.has(i) || !cleanCell(head) ? [] : [cleanCell(head)]));
  return { sheet: h.sheet, headerRow, used, ignored, missing: COLUMN_ORDER.filter((c) => h.columns[c] === undefined), rows };
}

/** '表头在第 3 行：姓名（B 列）、村＝所属村（E 列）…；没有用到的列：序号、备注；没有“角色”列，都按群众导入' */
export function formatSheetReport(r: SheetReport): string {
  // In the file's order; the file's own head is shown when it is another word (角色＝职务, 村＝所属村).
  const used = COLUMN_ORDER.flatMap((c) => (r.used[c] ? [{ c, ...r.used[c] }] : []))
    .sort((a, b) => a.index - b.index)
    .map((u) => (plainHead(u.head) === EXPORT_HEADS[u.c] ? `${EXPORT_HEADS[u.c]}（${u.letter} 列）` : `${EXPORT_HEADS[u.c]}＝${u.head}（${u.letter} 列）`));
  const parts = [`${r.sheet ? `工作表「${r.sheet}」` : ''}表头在第 ${r.headerRow} 行：${used.join('、')}`];
  if (r.ignored.length) parts.push(`没有用到的列：${r.ignored.join('、')}`);
  for (const c of r.missing) parts.push(`没有“${EXPORT_HEADS[c]}”列${MISSING_MEANS[c]}`);
  return parts.join('；');
}

/** What a missing column means for the rows, so the clerk sees it before looking at the roster. */
const MISSING_MEANS: Record<Column, string> = {
  name: '',
  role: '，都按群众导入',
  village: '',
  grid: '（网格员、网格长、联户长要有网格）',
  phone: '',
  wecom: '',
  hand: '',
};
