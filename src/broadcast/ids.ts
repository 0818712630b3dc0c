import { parseChineseInt } from '../kernel/cnnum.js';

// Schedule ids are PostgreSQL integers: a larger number would fail the query, not just find nothing.
const MAX_ID = 2_147_483_647;

/** A schedule number as admins type it: 3, 3号, 第3个, #3, 三. Null when it is not one. */
export function readScheduleId(word: string | undefined): number | null {
  if (!word) return null;
  const core = word
    .trim()
    .replace(/^[#＃]|^第|^编号/g, '')
    .replace(/[号个条]$/, '');
  const n = parseChineseInt(core);
  return n !== null && n > 0 && n <= MAX_ID ? n : null;
}

/** A post id: 'p001', 'P1' → 'p001'; a bare number 12 → 'p012'. Null when it is not one. */
export function readPostId(word: string | undefined): string | null {
  const m = /^([A-Za-z])?\s*0*(\d{1,6})$/.exec((word ?? '').trim().replace(/^[#＃]|^编号/, ''));
  if (!m) return null;
  return `${(m[1] ?? 'p').toLowerCase()}${m[2]!.padStart(3, '0')}`;
}
