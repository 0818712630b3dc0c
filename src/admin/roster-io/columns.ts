import type { SheetRow } from './csv.js';

export type Column = 'village' | 'grid' | 'name' | 'role' | 'phone';

/** The heads written on export, in order. */
export const EXPORT_HEADS: Record<Column, string> = { village: '村', grid: '网格', name: '姓名', role: '角色', phone: '电话' };
export const COLUMN_ORDER: readonly Column[] = ['village', 'grid', 'name', 'role', 'phone'];

/** Heads accepted on import (Chinese or English, case and spaces ignored). Add local spellings here. */
export const HEAD_WORDS: Record<Column, readonly string[]> = {
  village: ['村', '村名', '村社区', '村/社区', '村（社区）', '村(社区)', '社区', 'village'],
  grid: ['网格', '网格名', '网格名称', 'grid'],
  name: ['姓名', '名字', '名称', 'name'],
  role: ['角色', '身份', '职务', 'role'],
  phone: ['电话', '手机', '手机号', '手机号码', '联系电话', 'phone', 'mobile', 'tel'],
};

export type ColumnMap = Partial<Record<Column, number>>;

const normalizeHead = (h: string): string => h.replace(/[\s\u3000\u00a0*＊]+/g, '').toLowerCase();

/** Which column holds what, read from a header row; unknown heads are ignored. */
export function mapColumns(header: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  header.forEach((cell, index) => {
    const head = normalizeHead(cell);
    const column = COLUMN_ORDER.find((c) => HEAD_WORDS[c].some((w) => normalizeHead(w) === head));
    if (column && map[column] === undefined) map[column] = index;
  });
  return map;
}

export const isBlankRow = (r: SheetRow): boolean => r.cells.every((c) => cleanCell(c) === '');

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const SPACE_NEAR_CJK = new RegExp(`(?<=[${CJK}]) +| +(?=[${CJK}])`, 'g');

/** Trims every kind of space (full-width, no-break), keeps one space inside Latin names, none next to Chinese. */
export function cleanCell(cell: string | undefined): string {
  return (cell ?? '').replace(/[\s\u3000\u00a0\u2005\ufeff]+/g, ' ').trim().replace(SPACE_NEAR_CJK, '');
}
