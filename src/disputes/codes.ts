import { sql, type SQL } from 'drizzle-orm';
import { toHalfWidthDigits } from '../core/cnnum.js';

/** SS-2026-0007: prefix, year and a per-year number of at least four digits. */
export function formatCode(prefix: string, year: number, n: number): string {
  return `${prefix}-${year}-${String(n).padStart(4, '0')}`;
}

/** formatCode inside a statement, for a number the statement itself reserves. */
export function codeSql(prefix: string, year: number, n: SQL): SQL<string> {
  return sql<string>`${`${prefix}-${year}-`}::text || lpad((${n})::text, greatest(4, length((${n})::text)), '0')`;
}

// Users type ss-2026-7, SS－2026－0007 or SS 2026 0007; all mean the same case.
const CODE = /([A-Za-zＡ-Ｚａ-ｚ]{1,6})\s*[-－—–_\s]\s*([0-9０-９]{4})\s*[-－—–_\s]\s*([0-9０-９]{1,6})(?![0-9０-９])/;

const toAscii = (s: string): string =>
  toHalfWidthDigits(s).replace(/[Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

export interface FoundCode {
  code: string;
  /** The text with the code taken out, trimmed. */
  rest: string;
}

/** Finds the first dispute code in `text`: 'ss-2026-7 已化解' → { code: 'SS-2026-0007', rest: '已化解' }. */
export function findCode(text: string): FoundCode | null {
  const m = CODE.exec(text);
  if (!m) return null;
  const code = formatCode(toAscii(m[1]!).toUpperCase(), Number(toAscii(m[2]!)), Number(toAscii(m[3]!)));
  const rest = (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)).trim();
  return { code, rest };
}
