import type { BoundRoom } from '../kernel/person.js';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { adminGroup, findGridByName, findVillageByName, gridRooms, roomsOfVillage, type GridRoom } from '../roster/index.js';
import { fail, ok, problem, type Result } from '../kernel/result.js';
import type { Db } from '../db/client.js';
import { grids, rooms, villages } from '../db/schema.js';
import type { Room } from '../db/types.js';
import { targetLabel, type PostTarget } from './targets.js';

/** A target as stored with a schedule: 本群 is replaced by the room it was said in. */
export type StoredTarget = Exclude<PostTarget, { kind: 'here' }> | { kind: 'room'; roomId: number; name: string };

export const storedTargetSchema: z.ZodType<StoredTarget> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('allGrids') }),
  z.object({ kind: z.literal('admin') }),
  z.object({ kind: z.literal('village'), name: z.string() }),
  z.object({ kind: z.literal('grid'), name: z.string() }),
  z.object({ kind: z.literal('room'), roomId: z.number().int(), name: z.string() }),
]);

/** One group a post or reminder goes to, with the village that steers the choice of post. */
export interface Destination {
  roomId: number;
  topic: string;
  villageId: number | null;
}

const fromGridRoom = (r: GridRoom): Destination => ({ roomId: r.id, topic: r.topic, villageId: r.villageId });

/** How a stored target is named back to the admin. */
export function storedTargetLabel(t: StoredTarget): string {
  return t.kind === 'room' ? `本群（${t.name}）` : targetLabel(t);
}

/**
 * Checks a target typed in chat and turns it into its stored form: the village or grid must
 * exist, 本群 must be a bound group. `here` is the bound room the command came from.
 */
export async function settleTarget(db: Db, target: PostTarget, here: BoundRoom | null): Promise<Result<StoredTarget>> {
  switch (target.kind) {
    case 'here':
      if (!here) return fail([problem('target', '“本群”要在已绑定的群里用；私聊里请写具体的村、网格或“全部网格群”。')]);
      return ok({ kind: 'room', roomId: here.id, name: here.topic });
    case 'village':
      if (!(await findVillageByName(db, target.name))) return fail([problem('target', `没有找到“${target.name}”，请检查村（社区）名字。`)]);
      return ok(target);
    case 'grid':
      if (!(await findGridByName(db, target.name))) return fail([problem('target', `没有找到网格“${target.name}”，请写成“村名+网格名”，如 上司村三组。`)]);
      return ok(target);
    default:
      return ok(target);
  }
}

/** The bound groups a target means right now (a group bound later is included at the next firing). */
export async function resolveTarget(db: Db, t: StoredTarget): Promise<Destination[]> {
  switch (t.kind) {
    case 'allGrids':
      return (await gridRooms(db)).map(fromGridRoom);
    case 'village':
      return (await roomsOfVillage(db, t.name)).map(fromGridRoom);
    case 'grid': {
      const ref = await findGridByName(db, t.name);
      if (!ref) return [];
      return (await roomsOfVillage(db, ref.villageId)).filter((r) => r.gridId === ref.gridId).map(fromGridRoom);
    }
    case 'admin': {
      const room = await adminGroup(db);
      return room ? [{ roomId: room.id, topic: room.topic, villageId: null }] : [];
    }
    case 'room':
      return roomById(db, t.roomId);
  }
}

async function roomById(db: Db, roomId: number): Promise<Destination[]> {
  const rows = await db
    .select({ roomId: rooms.id, topic: rooms.topic, villageId: villages.id })
    .from(rooms)
    .leftJoin(grids, eq(rooms.gridId, grids.id))
    .leftJoin(villages, eq(grids.villageId, villages.id))
    .where(eq(rooms.id, roomId));
  return rows;
}
