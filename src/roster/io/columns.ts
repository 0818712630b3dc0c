import type { SheetRow } from './csv.js';

export type Column = 'village' | 'grid' | 'name' | 'role' | 'phone' | 'wecom' | 'hand';

/** The heads written on export, in order. */
export const EXPORT_HEADS: Record<Column, string> = { village: '村', grid: '网格', name: '姓名', role: '角色', phone: '电话', wecom: '企业微信账号', hand: '人工转发群' };
export const COLUMN_ORDER: readonly Column[] = ['village', 'grid', 'name', 'role', 'phone'];
/** Read when present, never asked for: only townships on WeCom have them (the account; a residents' group no bot is in). */
const OPTIONAL_COLUMNS: readonly Column[] = ['wecom', 'hand'];

/**
 * Heads accepted on import (Chinese or English), compared after `headKey`: so 所属村, 村（社区）,
 * 网格（如：三组）, *姓名 and 联系\n电话 need no entry of their own. Add local spellings here.
 */
export const HEAD_WORDS: Record<Column, readonly string[]> = {
  village: ['村', '村名', '村社区', '村/社区', '社区', '村委会', '村委', '行政村', '村居', '村居委会', 'village'],
  grid: ['网格', '网格名', '网格名称', 'grid'],
  name: ['姓名', '名字', '名称', 'name'],
  role: ['角色', '身份', '职务', '岗位', '人员类别', '人员类型', 'role'],
  phone: ['电话', '手机', '手机号', '手机号码', '联系电话', '联系方式', '电话号码', '移动电话', 'phone', 'mobile', 'tel'],
  // 通讯录 exports call it 账号 or userid; clerks write 企业微信 / 企微 for short.
  wecom: ['企业微信账号', '企业微信', '企业微信号', '企业微信userid', '企微账号', '企微', '账号', 'userid', 'wecom'],
  // The grid's residents' group that the worker posts into by hand (no bot can join it): its name, or 是.
  // Not a bare 村民群: a residents' list may use that for the group a resident is in, with the bot.
  hand: ['人工转发群', '人工转发', '人工转发的群', '转发群', '人工发群', '手动转发群', '手动转发', 'handgroup'],
};

// Office sheets decorate heads: a star for required columns, a note in brackets (角色（网格员/群众）),
// a line break, 所属/所在 in front (所属村, 所在网格), and a name column called after its people (网格员姓名).
const HEAD_NOTE = /[(（【[][^)）】\]]*[)）】\]]/gu;
const HEAD_PREFIX = /^(?:所属|所在)(?=.)/u;
const NAME_HEAD = /^.+姓名$/u;

/** A head without its decoration: star, note in brackets, spaces and line breaks ('*村（社区）' → '村'). */
export const plainHead = (head: string): string =>
  head
    .normalize('NFKC')
    .replace(HEAD_NOTE, '')
    .replace(/[\s*]+/gu, '')
    .toLowerCase();

/** A head reduced to the word that says what the column holds ('所属村（社区）*' → '村', '网格员姓名' → '姓名'). */
function headKey(head: string): string {
  const key = plainHead(head).replace(HEAD_PREFIX, '');
  return NAME_HEAD.test(key) ? '姓名' : key;
}

const WORD_TO_COLUMN = new Map([...COLUMN_ORDER, ...OPTIONAL_COLUMNS].flatMap((c) => HEAD_WORDS[c].map((w) => [headKey(w), c] as const)));

export type ColumnMap = Partial<Record<Column, number>>;

/** Which column holds what, read from a header row; the first column for each wins, others are ignored. */
export function mapColumns(header: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  header.forEach((cell, index) => {
    const column = WORD_TO_COLUMN.get(headKey(cell));
    if (column && map[column] === undefined) map[column] = index;
  });
  return map;
}

/** 'A', 'B', … 'AA': the column letter as a spreadsheet shows it, for messages. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export const isBlankRow = (r: SheetRow): boolean => r.cells.every((c) => cleanCell(c) === '');

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const SPACE_NEAR_CJK = new RegExp(`(?<=[${CJK}]) +| +(?=[${CJK}])`, 'g');

/** Trims every kind of space (full-width, no-break), keeps one space inside Latin names, none next to Chinese. */
export function cleanCell(cell: string | undefined): string {
  return (cell ?? '')
    .replace(/[\s\u3000\u00a0\u2005\ufeff]+/g, ' ')
    .trim()
    .replace(SPACE_NEAR_CJK, '');
}
