// A small RFC 4180 reader and writer: quoted fields, doubled quotes, commas and line breaks inside
// quotes, CRLF or LF. Enough for roster sheets saved from Excel or WPS; no extra dependency.

/** One record and its 1-based row number as a spreadsheet would show it. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** Parses CSV text into records; blank lines are kept (as one empty cell) so row numbers match the sheet. */
export function parseCsv(text: string): SheetRow[] {
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let open = false; // something was read since the last record ended
  const endField = () => {
    cells.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    rows.push({ row: rows.length + 1, cells });
    cells = [];
    open = false;
  };
  for (let i = text.startsWith('\uFEFF') ? 1 : 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '\n' && c !== '\r') open = true;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') endRecord();
    // A lone CR ends a record too (old Mac files); in CRLF the LF ends it.
    else if (c === '\r') {
      if (text[i + 1] !== '\n') endRecord();
    } else field += c;
  }
  if (open) endRecord();
  return rows;
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

const quote = (cell: string): string => (NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** Writes records as CSV with CRLF line ends and a BOM, so Excel opens the Chinese text correctly. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}

/** Roster files from Chinese Excel are often GB18030 (GBK), not UTF-8: try UTF-8 strictly, then GB18030. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
