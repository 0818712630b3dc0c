import { sql, type SQL } from 'drizzle-orm';
import { parseChineseInt, toHalfWidthDigits } from '../kernel/cnnum.js';

/** SS-2026-0007: prefix, year and a per-year number of at least four digits. */
export function formatCode(prefix: string, year: number, n: number): string {
  return `${prefix}-${year}-${String(n).padStart(4, '0')}`;
}

/** formatCode inside a statement, for a number the statement itself reserves. */
export function codeSql(prefix: string, year: number, n: SQL): SQL<string> {
  return sql<string>`${`${prefix}-${year}-`}::text || lpad((${n})::text, greatest(4, length((${n})::text)), '0')`;
}

const DIGIT = '[0-9０-９]';
const SEP = '\\s*[-－—–_\\s]?\\s*';
// Users type ss-2026-7, SS－2026－0007, SS 2026 0003 or, on a phone, ss20260007; all mean the same
// case. The year is 20xx so that a glued number splits where the year ends.
const CODE = new RegExp(`([A-Za-zＡ-Ｚａ-ｚ]{1,6})${SEP}([2２][0０]${DIGIT}{2})${SEP}(${DIGIT}{1,6})(?!${DIGIT})`);
// Without the prefix, only right after the command word: 2026-7, 2026年7号, 2026年第7号 (but a
// date such as 2026-12-10 is no code).
const YEAR_NUMBER = new RegExp(`^([2２][0０]${DIGIT}{2})\\s*[-－—–_年]\\s*第?\\s*(${DIGIT}{1,6})\\s*(?:号|件|起)?(?!${DIGIT})(?!\\s*[-－/.]\\s*${DIGIT})`);
const CN_NUMBER = '[零〇一二两三四五六七八九十百千]{1,8}';
// Just the number, right after the command word: 7, 0007, 7号, 第7号, 第七号, 七号. Without 号 or 第
// the number must stand alone (`#交办 3天` is no case 3), and a Chinese numeral needs 号 or 第.
const BARE_NUMBER = new RegExp(`^(?:第\\s*(${DIGIT}{1,6}|${CN_NUMBER})\\s*(?:号|件|起)?|(${DIGIT}{1,6}|${CN_NUMBER})\\s*(?:号|件|起)|(${DIGIT}{1,6})(?=[\\s,，、:：;；。]|$))`);

const toAscii = (s: string): string => toHalfWidthDigits(s).replace(/[Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

export interface FoundCode {
  code: string;
  /** The text with the code taken out, trimmed. */
  rest: string;
  /** Written as a number alone (7号): the year is this year's, which the answer should say. */
  yearAssumed: boolean;
}

/** What a code written short (7号) stands for: the configured prefix and this year. */
export interface CodeDefaults {
  prefix: string;
  year: number;
}

const cut = (text: string, at: number, length: number): string => (text.slice(0, at) + ' ' + text.slice(at + length)).trim();

/**
 * Finds the first dispute code in `text`: 'ss-2026-7 已化解' → { code: 'SS-2026-0007', rest: '已化解' }.
 * With `defaults`, a code written short at the very start (7号 已化解, 2026-7) is read too: the
 * case numbers restart every year, so a number alone means this year's.
 */
export function findCode(text: string, defaults?: CodeDefaults): FoundCode | null {
  const m = CODE.exec(text);
  if (m) {
    const code = formatCode(toAscii(m[1]!).toUpperCase(), Number(toAscii(m[2]!)), Number(toAscii(m[3]!)));
    return { code, rest: cut(text, m.index, m[0].length), yearAssumed: false };
  }
  if (!defaults) return null;
  const lead = text.length - text.trimStart().length;
  const start = text.slice(lead);
  const y = YEAR_NUMBER.exec(start);
  if (y) return { code: formatCode(defaults.prefix, Number(toAscii(y[1]!)), Number(toAscii(y[2]!))), rest: cut(text, lead, y[0].length), yearAssumed: false };
  const b = BARE_NUMBER.exec(start);
  const n = b ? parseChineseInt(b[1] ?? b[2] ?? b[3] ?? '') : null;
  if (!b || n === null || n < 1) return null;
  return { code: formatCode(defaults.prefix, defaults.year, n), rest: cut(text, lead, b[0].length), yearAssumed: true };
}

/** True when `text` opens with a code, full or short: `#查7号` is #查 and 7号. */
export const startsWithCode = (text: string): boolean => CODE.exec(text)?.index === 0 || YEAR_NUMBER.test(text) || BARE_NUMBER.test(text);
