import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { rooms } from '../db/schema.js';
import type { Room } from '../db/types.js';
import { channelOf } from '../chat/channel.js';
import { adminGroup, demoteOtherAdminGroups } from './admin-group.js';

/** A group as this login sees it: its id now and its name. */
export type RoomRef = { wechatId: string; topic: string };

export type Binding = { kind: 'admin' } | { kind: 'grid'; gridId: number; manual: boolean };

export interface Bound {
  /** The room as it was before (null for a group new to the bot). */
  before: Room | null;
  /** Names of the groups that were the admin group until now and are no longer. */
  demoted: string[];
}

/**
 * Binds a group, in one transaction: binding the admin group moves the role here from any other
 * group (the schema allows one). Updates the room known by topic (or by this login's id, after a
 * rename followed live), else the one room bound to the same target that this login could not
 * find (a group renamed while the bot was offline, re-bound under its new name as the alert asks).
 */
export async function bindGroup(db: Db, ref: RoomRef, binding: Binding, now: Date): Promise<Bound> {
  return db.transaction(async (tx) => {
    const before = await knownRoom(tx, ref, binding);
    const demoted = binding.kind === 'admin' ? await demoteOtherAdminGroups(tx, before?.id ?? null) : [];
    const target = binding.kind === 'admin' ? { kind: 'admin' as const, gridId: null } : { kind: 'grid' as const, gridId: binding.gridId, manual: binding.manual };
    const values = { ...target, topic: ref.topic, wechatId: ref.wechatId, channel: channelOf(ref.wechatId), resolvedAt: now };
    if (before) await tx.update(rooms).set(values).where(eq(rooms.id, before.id));
    else await tx.insert(rooms).values(values);
    return { before, demoted };
  });
}

async function knownRoom(tx: Tx, ref: RoomRef, binding: Binding): Promise<Room | null> {
  const [byTopic] = await tx.select().from(rooms).where(eq(rooms.topic, ref.topic));
  const [byId] = byTopic ? [byTopic] : await tx.select().from(rooms).where(eq(rooms.wechatId, ref.wechatId));
  return byId ?? (await lostRoomBoundTo(tx, binding));
}

/** The room bound to this target that the current login did not find, when there is exactly one. */
async function lostRoomBoundTo(tx: Tx, binding: Binding): Promise<Room | null> {
  if (binding.kind === 'admin') {
    const room = await adminGroup(tx);
    return room && room.wechatId === null ? room : null;
  }
  const lost = await tx
    .select()
    .from(rooms)
    .where(and(eq(rooms.kind, 'grid'), eq(rooms.gridId, binding.gridId), isNull(rooms.wechatId)));
  return lost.length === 1 ? lost[0]! : null;
}
