// Roster files as a township office produces them, written for real into a folder: xlsx through
// exceljs (titles, merged cells, several sheets) and CSV as Excel saves it on Chinese Windows (GB18030).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

let gb18030: Map<string, number[]> | null = null;

/** Text as GB18030 bytes. Node decodes GB18030 but cannot encode it: the table is the decoder inverted. */
export function encodeGb18030(text: string): Buffer {
  gb18030 ??= twoByteCodes();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const pair = code < 0x80 ? [code] : gb18030.get(ch);
    if (!pair) throw new Error(`no GB18030 two-byte code for ${ch}`);
    bytes.push(...pair);
  }
  return Buffer.from(bytes);
}

function twoByteCodes(): Map<string, number[]> {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if ([...ch].length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

/** A cell value: text, a number (phones typed into Excel become numbers), or null for an empty cell. */
export type Cell = string | number | null;

export interface SheetSpec {
  name: string;
  hidden?: boolean;
  /** Rows from row 1; null leaves the row empty. */
  rows: (Cell[] | null)[];
  /** Ranges such as 'A1:I1' (a title across the table) or 'A3:A6' (a village down a block). */
  merges?: string[];
}

export async function writeXlsx(dir: string, file: string, sheets: readonly SheetSpec[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, spec.hidden ? { state: 'hidden' } : {});
    spec.rows.forEach((cells, i) => {
      if (cells) sheet.getRow(i + 1).values = cells;
    });
    // A merged range keeps its first cell's value, as Excel does.
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  const path = join(dir, file);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** CSV lines joined with CRLF, as Excel writes them: 'gb18030' (Chinese Windows), 'bom' (UTF-8 with BOM), or plain UTF-8. */
export function writeCsv(dir: string, file: string, lines: readonly string[], encoding: 'gb18030' | 'bom' | 'utf8'): string {
  const text = `${lines.join('\r\n')}\r\n`;
  const path = join(dir, file);
  writeFileSync(path, encoding === 'gb18030' ? encodeGb18030(text) : encoding === 'bom' ? `\uFEFF${text}` : text);
  return path;
}
