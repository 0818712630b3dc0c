import { loadExcel } from '../../core/excel.js';
import type { SheetRow } from './csv.js';

/** The first worksheet's rows as display text (phone numbers stored as numbers come out as digits). */
export async function readXlsx(file: string): Promise<SheetRow[]> {
  const workbook = new (await loadExcel()).Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let col = 1; col <= row.cellCount; col++) cells.push(row.getCell(col).text ?? '');
    rows.push({ row: row.number, cells });
  });
  return rows;
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
