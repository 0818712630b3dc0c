import type { Role } from '../../db/schema.js';
import { compactName, splitGridName } from '../grid-name.js';
import { GRID_ROLES, parseRole, roleLabel, unknownRoleMessage } from '../roles.js';
import { cleanCell, columnLetter, EXPORT_HEADS, type Column, type ColumnMap } from './columns.js';
import type { SheetRow } from './csv.js';

/** One person as the roster file says, cleaned. */
export interface RosterRow {
  /** The worksheet, when the workbook has several; null for CSV and single-sheet files. */
  sheet: string | null;
  row: number;
  village: string | null;
  grid: string | null;
  name: string;
  role: Role;
  phone: string | null;
  /** The person's WeCom account (userid), when the roster has that column. */
  wecomUserid?: string | null;
  /** Their grid's residents' group, posted by hand (人工转发群): the bot sends its posts to the worker to forward. */
  handGroup?: string | null;
}

/** What is wrong with one row, in Chinese, with the row number (and column) as the sheet shows them. */
export interface RowProblem {
  row: number;
  message: string;
  sheet?: string | null;
  /** 'G 列（职务）': the cell to fix. */
  column?: string;
}

/** A row to import (null when it must be skipped) and what was wrong with it. */
export interface ParsedRow {
  value: RosterRow | null;
  problems: RowProblem[];
}

/** A sheet's header: where each column is and how the file calls it. */
export interface SheetHeader {
  columns: ColumnMap;
  heads: readonly string[];
  sheet: string | null;
}

const cell = (r: SheetRow, h: SheetHeader, c: Column): string => {
  const index = h.columns[c];
  return index === undefined ? '' : cleanCell(r.cells[index]);
};

/** 'G 列（职务）' for the column holding `c`; the export head when the file has no such column. */
function columnName(h: SheetHeader, c: Column): string {
  const index = h.columns[c];
  return index === undefined ? `（没有“${EXPORT_HEADS[c]}”列）` : `${columnLetter(index)} 列（${cleanCell(h.heads[index]) || EXPORT_HEADS[c]}）`;
}

/** True when the row holds anything a person row would: a numbered but empty template row does not. */
export const hasPersonData = (r: SheetRow, h: SheetHeader): boolean => (Object.keys(h.columns) as Column[]).some((c) => cell(r, h, c) !== '');

// A roster's names are people's names. A 填表人：… or 备注：… line under the table, or a sentence
// typed into the name column, is not someone to add: it is refused with its row rather than imported.
const NOT_A_NAME = /[:：]/u;
const MAX_NAME_CHARS = 20;

/** Checks and cleans one data row. A bad phone is dropped with a note; other problems skip the row. */
export function parseRosterRow(r: SheetRow, h: SheetHeader): ParsedRow {
  const say = (c: Column, message: string): ParsedRow => ({ value: null, problems: [{ sheet: h.sheet, row: r.row, column: columnName(h, c), message }] });
  const name = cell(r, h, 'name');
  if (!name) return say('name', '缺少姓名，这一行没有导入');
  if (NOT_A_NAME.test(name) || [...name].length > MAX_NAME_CHARS) return say('name', `「${name}」不像人名（表格下方的填表人、说明不用导入），这一行没有导入`);
  const roleWord = cell(r, h, 'role');
  const role = roleWord ? parseRole(roleWord) : 'resident';
  if (!role) return say('role', `${name} 的${unknownRoleMessage(roleWord)}，这一行没有导入`);
  const place = readPlace(compactName(cell(r, h, 'village')), compactName(cell(r, h, 'grid')));
  if ('error' in place) return say('grid', `${name}：${place.error}，这一行没有导入`);
  if (GRID_ROLES.includes(role) && !place.grid) return say('grid', `${name} 是${roleLabel(role)}，要填村和网格，这一行没有导入`);
  const phone = readPhone(cell(r, h, 'phone'));
  const problems = phone.ok ? [] : [{ sheet: h.sheet, row: r.row, column: columnName(h, 'phone'), message: `${name} 的电话「${phone.raw}」看不懂，电话没有导入` }];
  const wecom = cell(r, h, 'wecom');
  const wecomOk = !wecom || WECOM_USERID.test(wecom);
  if (!wecomOk)
    problems.push({
      sheet: h.sheet,
      row: r.row,
      column: columnName(h, 'wecom'),
      message: `${name} 的企业微信账号「${wecom}」不像账号（通讯录成员详情里的“账号”，字母数字），没有导入`,
    });
  const wecomUserid = wecom && wecomOk ? wecom : null;
  const handGroup = readHandGroup(cell(r, h, 'hand'), place);
  const value = {
    sheet: h.sheet,
    row: r.row,
    name,
    role,
    ...place,
    phone: phone.ok ? phone.value : null,
    ...(wecomUserid ? { wecomUserid } : {}),
    ...(handGroup ? { handGroup } : {}),
  };
  return { value, problems };
}

/** A tick in the column (是, √, 人工) names the grid's group as people usually do: 上司村三组村民群. */
const YES = /^(?:是|√|✓|✔|对|要|需要|人工|人工转发|手动|y|yes|1)$/iu;
const NO = /^(?:否|不|不是|无|没有|×|✗|n|no|0|-|—)$/iu;

/** The residents' group named in the 人工转发群 column; null when blank, a no, or the row has no grid. */
function readHandGroup(word: string, place: Place): string | null {
  if (!word || NO.test(word) || 'error' in place || !place.grid || !place.village) return null;
  return YES.test(word) ? `${place.village}${place.grid}村民群` : word;
}

/** A WeCom userid: letters, digits and _ - . @, up to 64 (what 通讯录 allows for 账号). */
const WECOM_USERID = /^[A-Za-z0-9_.@-]{1,64}$/;

type Place = { village: string | null; grid: string | null } | { error: string };

/** Village and grid; '上司村三组' written whole in either column is split. */
function readPlace(village: string, grid: string): Place {
  // The grid column often repeats the village (村: 上司村, 网格: 上司村三组): the grid is 三组.
  if (village && grid) return { village, grid: grid.startsWith(village) && grid.length > village.length ? grid.slice(village.length) : grid };
  if (!village && !grid) return { village: null, grid: null };
  if (village) {
    // A bare village (上司村, 城关社区, 新村村) stays whole; '上司村三组' is split.
    const split = /(村|社区)$/.test(village) ? null : splitGridName(village);
    return split?.ok ? split.value : { village, grid: null };
  }
  const split = splitGridName(grid);
  return split.ok ? split.value : { error: `网格「${grid}」缺少村名` };
}

type Phone = { ok: true; value: string | null } | { ok: false; raw: string };

/** Accepts 138 0000 0000, 138-0000-0000, +86 13800000000, 0854-1234567, full-width digits; keeps the digits only. */
function readPhone(raw: string): Phone {
  if (!raw) return { ok: true, value: null };
  const digits = raw
    .normalize('NFKC')
    .replace(/[\s\-()]/g, '')
    .replace(/^(?:\+86|0086|86)(?=1\d{10}$)/, '');
  if (/^1\d{10}$/.test(digits)) return { ok: true, value: digits };
  if (/^0\d{9,11}$|^\d{7,8}$/.test(digits)) return { ok: true, value: digits };
  return { ok: false, raw };
}
