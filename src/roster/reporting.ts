import { allGrids, findGridByName, gridById, gridLabel, memberGridInfo, type GridRef } from './index.js';
import type { MessageContext } from '../kernel/router.js';
import type { Db } from '../db/client.js';
import type { Person } from '../kernel/person.js';

export type PlaceResult = { ok: true; grid: GridRef } | { ok: false; message: string };

/** Roles that report: workers for their grid, chiefs for their village, admins for any grid. */
const REPORTING_ROLES = new Set(['worker', 'chief', 'admin']);

export const mayReport = (m: Person): boolean => m.active && REPORTING_ROLES.has(m.role);

export const NOT_A_REPORTER = '只有网格员、网格长和管理员可以报送周报和登记纠纷。如果您是网格员，请联系镇综治中心登记。';

// People write 上司村三组网格, 上司村 三组 or just 三组 (their own village being obvious to them).
const TRAILING_WORDS = /(?:网格|片区)$/;

/**
 * The grid named in a report, read against the sender's own village when the name is short. The
 * sender's place is looked up only when the name alone finds nothing (most reports name the grid in full).
 */
async function findNamedGrid(db: Db, sender: Person, name: string): Promise<GridRef | null> {
  const clean = name.replace(/[\s\u3000\u2005]+/g, '');
  const candidates = [clean, clean.replace(TRAILING_WORDS, '')].filter((c, i, all) => c && all.indexOf(c) === i);
  for (const candidate of candidates) {
    const found = await findGridByName(db, candidate);
    if (found) return found;
  }
  const own = await memberGridInfo(db, sender.id);
  if (!own?.village) return null;
  for (const candidate of candidates) {
    const inVillage = await findGridByName(db, own.village, candidate.replace(own.village, ''));
    if (inVillage) return inVillage;
  }
  return null;
}

/** Every grid's full name (上司村三组): what a report said in plain words is read against first. */
export async function rosterGridNames(db: Db): Promise<string[]> {
  const rows = await allGrids(db);
  // Longest first, so 上司村十三组 is not read as 上司村十三 … or a shorter neighbour.
  return rows.map((r) => gridLabel(r.village, r.grid)).sort((a, b) => b.length - a.length);
}

/** Whether `sender` may report for (or register a dispute in) `grid`. */
export async function mayReportFor(db: Db, sender: Person, grid: GridRef): Promise<boolean> {
  if (!mayReport(sender)) return false;
  if (sender.role === 'admin') return true;
  if (sender.role === 'worker') return sender.gridId === grid.gridId;
  const own = await memberGridInfo(db, sender.id);
  return own?.villageId === grid.villageId;
}

/** Resolves the grid a report names and checks the sender may report for it. */
export async function reportGrid(db: Db, sender: Person, name: string): Promise<PlaceResult> {
  const grid = await findNamedGrid(db, sender, name);
  if (grid && (await mayReportFor(db, sender, grid))) return { ok: true, grid };
  // Refused: the sender's own grid, when they have one, tells them what to write instead.
  const own = await memberGridInfo(db, sender.id);
  const hint = own?.grid && own.village ? `（您的网格是“${gridLabel(own.village, own.grid)}”）` : '';
  if (!grid) return { ok: false, message: `没有找到网格“${name}”，请写网格全称，如：网格:上司村三组${hint}` };
  return { ok: false, message: `您不能替“${gridLabel(grid.village, grid.grid)}”报送：网格员只报自己的网格，网格长只报本村的网格${hint}。` };
}

/**
 * The grid of a `#纠纷` that names none: the sender's own grid, else the grid group it was sent
 * in (a village chief or an admin in a grid group).
 */
export async function defaultGrid(db: Db, ctx: MessageContext): Promise<PlaceResult> {
  const own = await memberGridInfo(db, ctx.sender.id);
  if (own?.gridId && own.grid && own.village && own.villageId) {
    return { ok: true, grid: { gridId: own.gridId, grid: own.grid, villageId: own.villageId, village: own.village } };
  }
  const roomGrid = ctx.room?.kind === 'grid' ? ctx.room.gridId : null;
  if (roomGrid !== null) {
    const found = await gridById(db, roomGrid);
    if (found && (await mayReportFor(db, ctx.sender, found))) return { ok: true, grid: found };
  }
  return { ok: false, message: '请写明是哪个网格的纠纷，例如：#纠纷 网格:上司村三组 类型:邻里 事由:排水沟堵塞引发争吵' };
}
