import { fail, ok, problem, type Result } from '../kernel/result.js';

export interface GridName {
  village: string;
  grid: string;
}

// The village part ends at the first of these words: 上司村三组 → 上司村 | 三组, 城南社区二网格 → 城南社区 | 二网格.
const VILLAGE_ENDINGS = ['村', '社区'] as const;
const SPACES = /[\s\u3000\u2005\u00a0]+/g;

/** Removes every kind of space (ASCII, full-width, WeChat's U+2005) from a Chinese place name. */
export const compactName = (s: string): string => s.replace(SPACES, '');

/**
 * Splits '上司村三组' into { village: '上司村', grid: '三组' }: the village is everything up to and
 * including the first 村 or 社区, the grid the rest. A name without either is an error.
 */
export function splitGridName(name: string): Result<GridName> {
  const full = compactName(name);
  const end = villageEnd(full);
  if (end === null) return fail([problem('网格', `「${full}」里看不出村名，请写成“上司村三组”这样（村或社区在前）`)]);
  const village = full.slice(0, end);
  const grid = full.slice(end);
  if (village.length < 2) return fail([problem('网格', `「${full}」缺少村名`)]);
  if (!grid) return fail([problem('网格', `「${full}」只有村名，缺少网格，如“${village}三组”`)]);
  return ok({ village, grid });
}

/** Index just after the first 村/社区, or null. */
function villageEnd(full: string): number | null {
  const hits = VILLAGE_ENDINGS.map((w) => ({ at: full.indexOf(w), len: w.length })).filter((h) => h.at >= 0);
  if (hits.length === 0) return null;
  const first = hits.reduce((a, b) => (b.at < a.at ? b : a));
  return first.at + first.len;
}

/** '上司村' + '三组' → '上司村三组' (how people write a grid in chat). */
export const gridLabel = (village: string, grid: string): string => `${village}${grid}`;
