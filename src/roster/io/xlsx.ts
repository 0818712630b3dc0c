import { loadExcel } from '../../kernel/excel.js';
import type { SheetRow } from './csv.js';

/** One worksheet's rows; CSV files have one, without a name. */
export interface Sheet {
  name: string | null;
  hidden: boolean;
  rows: SheetRow[];
}

/**
 * Every worksheet's rows as display text (phone numbers stored as numbers come out as digits).
 * A merged cell counts in its own column only: a village merged down a block of rows belongs to each
 * of them, while a title or a 填表人 line merged across the row stays in its first cell instead of
 * landing in the name column.
 */
export async function readXlsx(file: string): Promise<Sheet[]> {
  const workbook = new (await loadExcel()).Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => {
    const rows: SheetRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let col = 1; col <= row.cellCount; col++) {
        const cell = row.getCell(col);
        cells.push(cell.isMerged && cell.master.col !== cell.col ? '' : (cell.text ?? ''));
      }
      rows.push({ row: row.number, cells });
    });
    return { name: sheet.name, hidden: sheet.state !== 'visible', rows };
  });
}

/** Writes one sheet with a bold header row; phone numbers are kept as text so Excel does not mangle them. */
export async function writeXlsx(file: string, sheetName: string, rows: readonly (readonly string[])[]): Promise<void> {
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const r of rows) sheet.addRow([...r]);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((c) => {
    c.width = 14;
    c.numFmt = '@';
  });
  await workbook.xlsx.writeFile(file);
}
