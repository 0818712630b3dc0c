import type { Role } from '../../db/schema.js';
import { compactName, splitGridName } from '../grid-name.js';
import { GRID_ROLES, parseRole, roleChoices, roleLabel } from '../roles.js';
import { cleanCell, type Column, type ColumnMap } from './columns.js';
import type { SheetRow } from './csv.js';

/** One person as the roster file says, cleaned. */
export interface RosterRow {
  row: number;
  village: string | null;
  grid: string | null;
  name: string;
  role: Role;
  phone: string | null;
}

/** What is wrong with one row, in Chinese, with the row number as the sheet shows it. */
export interface RowProblem {
  row: number;
  message: string;
}

/** A row to import (null when it must be skipped) and what was wrong with it. */
export interface ParsedRow {
  value: RosterRow | null;
  problems: RowProblem[];
}

const cell = (r: SheetRow, columns: ColumnMap, c: Column): string => {
  const index = columns[c];
  return index === undefined ? '' : cleanCell(r.cells[index]);
};

/** Checks and cleans one data row. A bad phone is dropped with a note; other problems skip the row. */
export function parseRosterRow(r: SheetRow, columns: ColumnMap): ParsedRow {
  const say = (message: string): ParsedRow => ({ value: null, problems: [{ row: r.row, message }] });
  const name = cell(r, columns, 'name');
  if (!name) return say('缺少姓名，这一行没有导入');
  const roleWord = cell(r, columns, 'role');
  const role = roleWord ? parseRole(roleWord) : 'resident';
  if (!role) return say(`${name} 的角色「${roleWord}」不认识（可用：${roleChoices()}），这一行没有导入`);
  const place = readPlace(compactName(cell(r, columns, 'village')), compactName(cell(r, columns, 'grid')));
  if ('error' in place) return say(`${name}：${place.error}，这一行没有导入`);
  if (GRID_ROLES.includes(role) && !place.grid) return say(`${name} 是${roleLabel(role)}，要填村和网格，这一行没有导入`);
  const phone = readPhone(cell(r, columns, 'phone'));
  const problems = phone.ok ? [] : [{ row: r.row, message: `${name} 的电话「${phone.raw}」看不懂，电话没有导入` }];
  return { value: { row: r.row, name, role, ...place, phone: phone.ok ? phone.value : null }, problems };
}

type Place = { village: string | null; grid: string | null } | { error: string };

/** Village and grid; '上司村三组' written whole in either column is split. */
function readPlace(village: string, grid: string): Place {
  if (village && grid) return { village, grid };
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

/** Accepts 138 0000 0000, 138-0000-0000, +86 13800000000, 0854-1234567; keeps the digits only. */
function readPhone(raw: string): Phone {
  if (!raw) return { ok: true, value: null };
  const digits = raw.replace(/[\s\-－()（）]/g, '').replace(/^(?:\+86|0086|86)(?=1\d{10}$)/, '');
  if (/^1\d{10}$/.test(digits)) return { ok: true, value: digits };
  if (/^0\d{9,11}$|^\d{7,8}$/.test(digits)) return { ok: true, value: digits };
  return { ok: false, raw };
}
