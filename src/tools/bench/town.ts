import { sql } from 'drizzle-orm';
import { ensureGrid } from '../../roster/index.js';
import type { Db } from '../../db/client.js';
import { members, rooms, type Role } from '../../db/schema.js';
import { chineseNumber } from './texts.js';

/** Someone in the simulated township, with this login's WeChat contact id. */
export interface Person {
  id: number;
  wechatId: string;
  name: string;
  role: Role;
  /** Index into Town.grids (workers and residents), null otherwise. */
  grid: number | null;
}

export interface TownGrid {
  gridId: number;
  /** '上司村三组': what a worker writes in a report. */
  label: string;
  room: { id: number; wechatId: string; topic: string };
}

export interface Town {
  grids: TownGrid[];
  admin: Person;
  adminRoom: { wechatId: string; topic: string };
  /** workers[i] looks after grids[i]. */
  workers: Person[];
  chiefs: Person[];
  residents: Person[];
}

export interface TownSize {
  groups: number;
  members: number;
  villages?: number;
}

// Made-up village names: the bench needs plausible text, not real places.
const VILLAGES = ['上司村', '里腊村', '红光村', '翁台村', '排正村', '新场村', '拉林村', '甲里村', '水井村', '民主村', '光明村'];

async function addPeople(db: Db, rows: { name: string; role: Role; gridId: number | null; villageId: number | null }[], tag: string): Promise<Person[]> {
  if (rows.length === 0) return [];
  const values = rows.map((r, i) => ({ ...r, wechatId: `wx-${tag}-${i}` }));
  const inserted = await db.insert(members).values(values).returning({ id: members.id, wechatId: members.wechatId, name: members.name, role: members.role });
  return inserted.map((m) => ({ id: m.id, wechatId: m.wechatId!, name: m.name, role: m.role, grid: null }));
}

/**
 * A township as after roster import and group binding: villages with numbered grids, one worker
 * per grid and a bound group each, a chief per village, one admin with the admin group, and
 * residents spread over the grids. Contacts carry the bot's remark, as after a login.
 */
export async function seedTown(db: Db, size: TownSize): Promise<Town> {
  const villageCount = Math.min(size.villages ?? VILLAGES.length, VILLAGES.length, size.groups);
  const made: { gridId: number; villageId: number; label: string }[] = [];
  for (let i = 0; i < size.groups; i++) {
    const village = VILLAGES[i % villageCount]!;
    const name = `${chineseNumber(Math.floor(i / villageCount) + 1)}组`;
    const { grid, village: v } = await ensureGrid(db, village, name);
    made.push({ gridId: grid.id, villageId: v.id, label: `${village}${name}` });
  }
  const villageIds = [...new Set(made.map((g) => g.villageId))];
  const [admin] = await addPeople(db, [{ name: '综治办王主任', role: 'admin', gridId: null, villageId: null }], 'admin');
  const chiefs = await addPeople(
    db,
    villageIds.map((v, i) => ({ name: `网格长${i + 1}`, role: 'chief', gridId: null, villageId: v })),
    'chief',
  );
  const workers = await addPeople(
    db,
    made.map((g, i) => ({ name: `网格员${i + 1}`, role: 'worker', gridId: g.gridId, villageId: g.villageId })),
    'worker',
  );
  workers.forEach((w, i) => (w.grid = i));
  const residentCount = Math.max(0, size.members - 1 - chiefs.length - workers.length);
  const residentRows = Array.from({ length: residentCount }, (_, i) => ({ name: `村民${i + 1}`, role: 'resident' as const, gridId: null, villageId: null }));
  const residents = await addPeople(db, residentRows, 'resident');
  residents.forEach((r, i) => (r.grid = i % made.length));
  await db.execute(sql`update ${members} set alias = 'gb-' || id`);

  const roomRows = made.map((g, i) => ({ topic: `${g.label}网格群`, kind: 'grid' as const, gridId: g.gridId, wechatId: `room-${i}` }));
  const boundRooms = await db
    .insert(rooms)
    .values([...roomRows, { topic: '综治中心工作群', kind: 'admin', gridId: null, wechatId: 'room-admin' }])
    .returning();
  const grids = made.map((g, i) => ({ gridId: g.gridId, label: g.label, room: { id: boundRooms[i]!.id, wechatId: roomRows[i]!.wechatId, topic: roomRows[i]!.topic } }));
  return { grids, admin: admin!, adminRoom: { wechatId: 'room-admin', topic: '综治中心工作群' }, workers, chiefs, residents };
}
