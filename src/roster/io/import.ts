import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { members, rooms } from '../../db/schema.js';
import type { Member } from '../../db/types.js';
import { ensureGrid, ensureVillage } from '../grids.js';
import { isBlankRow } from './columns.js';
import { decodeText, parseCsv } from './csv.js';
import { findRepeats } from './repeats.js';
import type { RosterRow, RowProblem } from './rows.js';
import { formatSheetReport, HEADER_SCAN_ROWS, readSheetRows, type ReadSheet, type SheetReport } from './sheet.js';
import { readXlsx, type Sheet } from './xlsx.js';

export interface ImportSummary {
  /** Person rows read (blank lines and empty template rows not counted). */
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  villagesCreated: number;
  gridsCreated: number;
  /** Residents' groups marked posted by hand (人工转发群 column), new or changed. */
  handGroups: number;
  /** Row 0 means the whole file (unreadable, no 姓名 column). */
  problems: RowProblem[];
  /** How each sheet was read: header row, columns used and left out. */
  sheets: SheetReport[];
  /** Worksheets not read, and why (hidden, or no header). */
  skippedSheets: { name: string; why: string }[];
}

const emptySummary = (): ImportSummary => ({
  rows: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  villagesCreated: 0,
  gridsCreated: 0,
  handGroups: 0,
  problems: [],
  sheets: [],
  skippedSheets: [],
});
const fileProblem = (message: string, skippedSheets: ImportSummary['skippedSheets'] = []): ImportSummary => ({ ...emptySummary(), problems: [{ row: 0, message }], skippedSheets });

const NO_HEADER = `没有找到表头：前 ${HEADER_SCAN_ROWS} 行里没有“姓名”列。表头写 村、网格、姓名、角色、电话（也认 名字、所属村、村委会、所在网格、职务、身份、联系电话、手机号 等）`;

/**
 * Imports a roster (CSV or xlsx; heads 村,网格,姓名,角色,电话 or village,grid,name,role,phone, below
 * a title if any). Every visible worksheet with a header is read. Idempotent: a person already there
 * (same name and phone, else same name and grid) is updated. Never removes anyone; all rows are
 * applied in one transaction.
 */
export async function importRoster(db: Db, file: string): Promise<ImportSummary> {
  const book = await readBook(file);
  if ('error' in book) return fileProblem(book.error);
  const withContent = book.sheets.filter((s) => s.rows.some((r) => !isBlankRow(r)));
  // Sheet names go into messages only when there is more than one sheet to tell apart.
  const label = (s: Sheet) => (withContent.length > 1 ? s.name : null);
  const skippedSheets: ImportSummary['skippedSheets'] = [];
  const read: ReadSheet[] = [];
  for (const sheet of withContent) {
    const got = sheet.hidden ? null : readSheetRows(sheet, label(sheet));
    if (got) read.push(got);
    else skippedSheets.push({ name: sheet.name ?? '', why: sheet.hidden ? '隐藏的表' : '找不到表头' });
  }
  if (read.length === 0)
    return fileProblem(
      NO_HEADER,
      skippedSheets.filter((s) => s.name),
    );
  const repeats = findRepeats(read.flatMap((r) => r.entries));
  const summary = await applyRosterEntries(db, repeats.keep);
  const order = (p: RowProblem) => [read.findIndex((r) => r.report.sheet === (p.sheet ?? null)), p.row];
  const problems = [...read.flatMap((r) => r.problems), ...repeats.problems].sort((a, b) => compareNumbers(order(a), order(b)));
  return { ...summary, rows: read.reduce((n, r) => n + r.report.rows, 0), problems, sheets: read.map((r) => r.report), skippedSheets };
}

const compareNumbers = (a: readonly number[], b: readonly number[]): number => a[0]! - b[0]! || a[1]! - b[1]!;

/** One person to put on the roster, already checked (as parsed from a file, or a replay's `people`). */
export type RosterEntry = Omit<RosterRow, 'row' | 'sheet'>;

/**
 * Creates or updates each entry (and its village and grid) in one transaction; the same rules as a
 * file import. Each member is matched by one entry at most: two people of one name in one grid
 * (told apart by their phones) stay two people.
 */
export async function applyRosterEntries(db: Db, entries: readonly RosterEntry[]): Promise<ImportSummary> {
  const summary = { ...emptySummary(), rows: entries.length };
  const claimed = new Set<number>();
  await db.transaction(async (tx) => {
    for (const entry of entries) claimed.add(await applyRow(tx, entry, summary, claimed));
  });
  return summary;
}

async function readBook(file: string): Promise<{ sheets: Sheet[] } | { error: string }> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') return { error: `只认 .csv 或 .xlsx 文件，不认「${ext || '无扩展名'}」` };
  try {
    if (ext === '.xlsx') return { sheets: await readXlsx(file) };
    return { sheets: [{ name: null, hidden: false, rows: parseCsv(decodeText(await readFile(file))) }] };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? `找不到文件 ${file}` : `读不了文件 ${file}（${code ?? '格式不对'}）` };
  }
}

/** Creates or updates one member; returns its id. */
async function applyRow(db: Db, row: RosterEntry, summary: ImportSummary, claimed: ReadonlySet<number>): Promise<number> {
  const place = await placeOf(db, row, summary);
  const existing = await findExisting(db, row, place, claimed);
  const values = {
    name: row.name,
    role: row.role,
    ...place,
    active: true,
    ...(row.phone ? { phone: row.phone } : {}),
    ...(row.wecomUserid ? { wecomUserid: row.wecomUserid } : {}),
  };
  // The roster is the authority on WeCom accounts: one given to this person is taken off anyone else.
  if (row.wecomUserid)
    await db
      .update(members)
      .set({ wecomUserid: null })
      .where(and(eq(members.wecomUserid, row.wecomUserid), existing ? ne(members.id, existing.id) : undefined));
  if (!existing) {
    const [created] = await db.insert(members).values(values).returning({ id: members.id });
    summary.created++;
    await markHandGroup(db, row, place, summary);
    return created!.id;
  }
  if (isSame(existing, values)) summary.unchanged++;
  else {
    await db.update(members).set(values).where(eq(members.id, existing.id));
    summary.updated++;
  }
  await markHandGroup(db, row, place, summary);
  return existing.id;
}

/**
 * The row's 人工转发群: a group of its grid that the bot is not in, marked posted by hand (kept
 * when the bot later meets a group of that name). Known by its name; an existing group is re-marked.
 */
async function markHandGroup(db: Db, row: RosterEntry, place: Place, summary: ImportSummary): Promise<void> {
  if (!row.handGroup || place.gridId === null) return;
  const values = { kind: 'grid' as const, gridId: place.gridId, manual: true };
  const [known] = await db.select({ id: rooms.id, kind: rooms.kind, manual: rooms.manual, gridId: rooms.gridId }).from(rooms).where(eq(rooms.topic, row.handGroup));
  // The admin group keeps its role; a group already marked for this grid is left as it is.
  if (known?.kind === 'admin' || (known?.manual && known.gridId === place.gridId)) return;
  if (known) await db.update(rooms).set(values).where(eq(rooms.id, known.id));
  else await db.insert(rooms).values({ ...values, topic: row.handGroup });
  summary.handGroups++;
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

/** Same name and phone (the person may have moved grid), else same name in the same place; not one already `claimed`. */
async function findExisting(db: Db, row: RosterEntry, place: Place, claimed: ReadonlySet<number>): Promise<Member | null> {
  const sameName = eq(members.name, row.name);
  const free = (found: Member[]) => found.find((m) => !claimed.has(m.id)) ?? null;
  if (row.phone) {
    const byPhone = free(
      await db
        .select()
        .from(members)
        .where(and(sameName, eq(members.phone, row.phone)))
        .orderBy(asc(members.id)),
    );
    if (byPhone) return byPhone;
  }
  const inGrid = place.gridId === null ? isNull(members.gridId) : eq(members.gridId, place.gridId);
  const inVillage = place.villageId === null ? isNull(members.villageId) : eq(members.villageId, place.villageId);
  return free(
    await db
      .select()
      .from(members)
      .where(and(sameName, inGrid, inVillage))
      .orderBy(asc(members.id)),
  );
}

const isSame = (m: Member, v: Partial<Member>): boolean => (Object.keys(v) as (keyof Member)[]).every((k) => m[k] === v[k]);

/** Where a problem is, as the clerk finds it in the file: 工作表「翁台村」第 5 行 G 列（职务）. */
function problemPlace(p: RowProblem): string {
  if (p.row === 0) return '文件';
  return `${p.sheet ? `工作表「${p.sheet}」` : ''}第 ${p.row} 行${p.column ? ` ${p.column}` : ''}`;
}

/** The summary as the CLI prints it, in Chinese: counts, how each sheet was read, then every problem. */
export function formatImportSummary(s: ImportSummary): string {
  const head = `读到 ${s.rows} 行：新增 ${s.created} 人，更新 ${s.updated} 人，未变 ${s.unchanged} 人；新建 ${s.villagesCreated} 个村、${s.gridsCreated} 个网格${s.handGroups ? `；${s.handGroups} 个村民群记为人工转发` : ''}。`;
  const sheets = s.sheets.map(formatSheetReport);
  const skipped = s.skippedSheets.length ? [`没有导入的工作表：${s.skippedSheets.map((k) => `「${k.name}」（${k.why}）`).join('、')}`] : [];
  const problems = s.problems.map((p) => `${problemPlace(p)}：${p.message}`);
  return [head, ...sheets, ...skipped, ...(problems.length ? [`有 ${problems.length} 个问题：`, ...problems] : [])].join('\n');
}
