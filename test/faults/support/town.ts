import { eq } from 'drizzle-orm';
import { ensureGrid } from '../../../src/roster/index.js';
import type { Db } from '../../../src/db/client.js';
import { members, rooms } from '../../../src/db/schema.js';
import type { SeedPerson, SeedRoom } from '../../../src/tools/replay/seed.js';

/** A township shaped like 上司镇: 11 villages, 115 grids (one bound WeChat group each), 30 workers. */
const VILLAGES = ['上司村', '里腊村', '新阳村', '中寨村', '同心村', '马寨村', '甲里村', '翁台村', '平寨村', '拉揽村', '打羊村'];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];
export const GRID_COUNT = 115;
export const WORKER_COUNT = 30;
export const ADMIN = '王书记';
export const ADMIN_GROUP = '综治中心工作群';

export interface TownGrid {
  label: string;
  topic: string;
}

/** 115 grids: ten per village, eleven in the first five. */
export function townGrids(): TownGrid[] {
  const out: TownGrid[] = [];
  VILLAGES.forEach((village, v) => {
    for (let g = 0; g < (v < 5 ? 11 : 10); g++) out.push({ label: `${village}${NUMERALS[g]}组`, topic: `${village}${NUMERALS[g]}组网格群` });
  });
  return out;
}

export const workerName = (i: number) => `网格员${String(i + 1).padStart(2, '0')}`;

/** The admin and 30 workers (in the first 30 grids), as the replay seed takes them. */
export function townPeople(): SeedPerson[] {
  const grids = townGrids();
  return [{ name: ADMIN, role: 'admin' }, ...Array.from({ length: WORKER_COUNT }, (_, i) => ({ name: workerName(i), role: 'worker' as const, grid: grids[i]!.label }))];
}

export function townRooms(): SeedRoom[] {
  const grids = townGrids();
  return [{ topic: ADMIN_GROUP, admin: true, members: [ADMIN] }, ...grids.map((g, i) => ({ topic: g.topic, grid: g.label, members: i < WORKER_COUNT ? [workerName(i)] : [] }))];
}

/** WeChat ids a fake transport can derive again after any restart: rooms by topic, people by remark. */
export const fakeIds = {
  room: (topic: string) => `room:${topic}`,
  contact: (alias: string) => `wx:${alias}`,
};

/** The town written straight into the database at `at`, with the ids of `fakeIds` (for a fake transport). */
export async function seedTownDirect(db: Db, at: Date): Promise<void> {
  for (const p of townPeople()) {
    const place = p.grid ? await ensureGrid(db, p.grid.slice(0, 3), p.grid.slice(3), at) : null;
    const [row] = await db
      .insert(members)
      .values({ name: p.name, role: p.role, gridId: place?.grid.id ?? null, villageId: place?.village.id ?? null })
      .returning();
    const alias = `gb-${row!.id}`;
    await db
      .update(members)
      .set({ alias, wechatId: fakeIds.contact(alias) })
      .where(eq(members.id, row!.id));
  }
  for (const r of townRooms()) {
    const place = r.grid ? await ensureGrid(db, r.grid.slice(0, 3), r.grid.slice(3), at) : null;
    await db.insert(rooms).values({ topic: r.topic, kind: r.admin ? 'admin' : 'grid', gridId: place?.grid.id ?? null, wechatId: fakeIds.room(r.topic) });
  }
}
