import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { and, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { grids, members, ROLES, villages } from '../../db/schema.js';
import { roleLabel } from '../roles.js';
import { COLUMN_ORDER, EXPORT_HEADS } from './columns.js';
import { writeCsv } from './csv.js';
import { writeXlsx } from './xlsx.js';

export type ExportResult = { ok: true; count: number } | { ok: false; message: string };

/** Writes every active member as 村,网格,姓名,角色,电话 (CSV or xlsx by the file's extension), ready to re-import. */
export async function exportRoster(db: Db, file: string): Promise<ExportResult> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') return { ok: false, message: `只能导出为 .csv 或 .xlsx，不能是「${ext || '无扩展名'}」` };
  const rows = await rosterRows(db);
  const table = [COLUMN_ORDER.map((c) => EXPORT_HEADS[c]), ...rows];
  if (ext === '.csv') await writeFile(file, writeCsv(table), 'utf8');
  else await writeXlsx(file, '名单', table);
  return { ok: true, count: rows.length };
}

/**
 * Rows in the township's own order: villages and grids as they were created (the order of the
 * roster they came from, 一组 before 十组), those without a place first; then role (admins first)
 * and name.
 */
async function rosterRows(db: Db): Promise<string[][]> {
  const found = await db
    .select({ villageId: villages.id, village: villages.name, gridId: grids.id, grid: grids.name, name: members.name, role: members.role, phone: members.phone })
    .from(members)
    .leftJoin(grids, eq(members.gridId, grids.id))
    .leftJoin(villages, or(eq(villages.id, grids.villageId), and(isNull(members.gridId), eq(villages.id, members.villageId))))
    .where(eq(members.active, true));
  const key = (r: (typeof found)[number]) => [r.villageId ?? 0, r.gridId ?? 0, ROLES.indexOf(r.role)];
  found.sort((a, b) => compareNumbers(key(a), key(b)) || a.name.localeCompare(b.name, 'zh-CN'));
  return found.map((r) => [r.village ?? '', r.grid ?? '', r.name, roleLabel(r.role), r.phone ?? '']);
}

function compareNumbers(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
