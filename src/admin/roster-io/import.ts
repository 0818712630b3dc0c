import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { members } from '../../db/schema.js';
import type { Member } from '../../db/types.js';
import { ensureGrid, ensureVillage } from '../roster.js';
import { isBlankRow, mapColumns } from './columns.js';
import { decodeText, parseCsv, type SheetRow } from './csv.js';
import { parseRosterRow, type RosterRow, type RowProblem } from './rows.js';
import { readXlsx } from './xlsx.js';

export interface ImportSummary {
  /** Data rows read (blank lines not counted). */
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  villagesCreated: number;
  gridsCreated: number;
  /** Row 0 means the whole file (unreadable, no 姓名 column). */
  problems: RowProblem[];
}

const emptySummary = (): ImportSummary => ({ rows: 0, created: 0, updated: 0, unchanged: 0, villagesCreated: 0, gridsCreated: 0, problems: [] });
const fileProblem = (message: string): ImportSummary => ({ ...emptySummary(), problems: [{ row: 0, message }] });

/**
 * Imports a roster (CSV or xlsx; heads 村,网格,姓名,角色,电话 or village,grid,name,role,phone).
 * Idempotent: a person already there (same name and phone, else same name and grid) is updated.
 * Never removes anyone; all rows are applied in one transaction.
 */
export async function importRoster(db: Db, file: string): Promise<ImportSummary> {
  const sheet = await readSheet(file);
  if ('error' in sheet) return fileProblem(sheet.error);
  const [header, ...data] = sheet.rows.filter((r) => !isBlankRow(r));
  const columns = mapColumns(header?.cells ?? []);
  if (columns.name === undefined) return fileProblem('第一行应是表头：村,网格,姓名,角色,电话（至少要有“姓名”列）');
  const parsed = data.map((r) => parseRosterRow(r, columns));
  const summary = await applyRosterEntries(db, parsed.flatMap((p) => (p.value ? [p.value] : [])));
  return { ...summary, rows: data.length, problems: parsed.flatMap((p) => p.problems) };
}

/** One person to put on the roster, already checked (as parsed from a file, or a replay's `people`). */
export type RosterEntry = Omit<RosterRow, 'row'>;

/** Creates or updates each entry (and its village and grid) in one transaction; the same rules as a file import. */
export async function applyRosterEntries(db: Db, entries: readonly RosterEntry[]): Promise<ImportSummary> {
  const summary = { ...emptySummary(), rows: entries.length };
  await db.transaction(async (tx) => {
    for (const entry of entries) await applyRow(tx, entry, summary);
  });
  return summary;
}

async function readSheet(file: string): Promise<{ rows: SheetRow[] } | { error: string }> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') return { error: `只认 .csv 或 .xlsx 文件，不认「${ext || '无扩展名'}」` };
  try {
    return { rows: ext === '.csv' ? parseCsv(decodeText(await readFile(file))) : await readXlsx(file) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? `找不到文件 ${file}` : `读不了文件 ${file}（${code ?? '格式不对'}）` };
  }
}

async function applyRow(db: Db, row: RosterEntry, summary: ImportSummary): Promise<void> {
  const place = await placeOf(db, row, summary);
  const existing = await findExisting(db, row, place);
  const values = { name: row.name, role: row.role, ...place, active: true, ...(row.phone ? { phone: row.phone } : {}) };
  if (!existing) {
    await db.insert(members).values(values);
    summary.created++;
  } else if (isSame(existing, values)) {
    summary.unchanged++;
  } else {
    await db.update(members).set(values).where(eq(members.id, existing.id));
    summary.updated++;
  }
}

type Place = { gridId: number | null; villageId: number | null };

async function placeOf(db: Db, row: RosterEntry, summary: ImportSummary): Promise<Place> {
  if (row.village && row.grid) {
    const g = await ensureGrid(db, row.village, row.grid);
    summary.villagesCreated += Number(g.createdVillage);
    summary.gridsCreated += Number(g.createdGrid);
    return { gridId: g.grid.id, villageId: g.village.id };
  }
  if (!row.village) return { gridId: null, villageId: null };
  const v = await ensureVillage(db, row.village);
  summary.villagesCreated += Number(v.created);
  return { gridId: null, villageId: v.village.id };
}

/** Same name and phone (the person may have moved grid), else same name in the same place. */
async function findExisting(db: Db, row: RosterEntry, place: Place): Promise<Member | null> {
  const sameName = eq(members.name, row.name);
  if (row.phone) {
    const [byPhone] = await db.select().from(members).where(and(sameName, eq(members.phone, row.phone))).orderBy(asc(members.id));
    if (byPhone) return byPhone;
  }
  const inGrid = place.gridId === null ? isNull(members.gridId) : eq(members.gridId, place.gridId);
  const inVillage = place.villageId === null ? isNull(members.villageId) : eq(members.villageId, place.villageId);
  const [byPlace] = await db.select().from(members).where(and(sameName, inGrid, inVillage)).orderBy(asc(members.id));
  return byPlace ?? null;
}

const isSame = (m: Member, v: Partial<Member>): boolean =>
  (Object.keys(v) as (keyof Member)[]).every((k) => m[k] === v[k]);

/** The summary as the CLI prints it, in Chinese. */
export function formatImportSummary(s: ImportSummary): string {
  const head = `读到 ${s.rows} 行：新增 ${s.created} 人，更新 ${s.updated} 人，未变 ${s.unchanged} 人；新建 ${s.villagesCreated} 个村、${s.gridsCreated} 个网格。`;
  const problems = s.problems.map((p) => (p.row === 0 ? `文件：${p.message}` : `第 ${p.row} 行：${p.message}`));
  return problems.length ? [head, `有 ${problems.length} 个问题：`, ...problems].join('\n') : head;
}
