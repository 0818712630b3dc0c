import { and, desc, eq, ne } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { members, rooms } from '../db/schema.js';
import type { Room } from '../db/types.js';
import type { Outbox, OutboxMeta, Priority } from '../outbox/enqueue.js';

// The one definition of the admin group (综治中心). The schema holds at most one (index
// rooms_one_admin); the order only matters on a database not yet migrated (doctor reads those).
const ADMIN = eq(rooms.kind, 'admin');

/** The admin group, or null when none is bound. */
export async function adminGroup(db: Pick<Db, 'select'>): Promise<Room | null> {
  const [room] = await db.select().from(rooms).where(ADMIN).orderBy(desc(rooms.id)).limit(1);
  return room ?? null;
}

/** The admin group's name only: reads a database of any version (doctor looks before migrating). */
export async function adminGroupTopic(db: Pick<Db, 'select'>): Promise<string | null> {
  const [room] = await db.select({ topic: rooms.topic }).from(rooms).where(ADMIN).orderBy(desc(rooms.id)).limit(1);
  return room?.topic ?? null;
}

export const isAdminGroup = (room: Pick<Room, 'kind'> | null | undefined): boolean => room?.kind === 'admin';

/** Unbinds every admin group but `keep` (the one being bound); returns their names. */
export async function demoteOtherAdminGroups(tx: Tx, keep: number | null): Promise<string[]> {
  const others = keep === null ? ADMIN : and(ADMIN, ne(rooms.id, keep));
  const demoted = await tx.update(rooms).set({ kind: 'unbound' }).where(others).returning({ topic: rooms.topic });
  return demoted.map((r) => r.topic);
}

export interface AdminNotice {
  purpose: string;
  priority: Priority;
  text: string;
  /** Idempotency key; the target is appended, so one key serves every admin. */
  key: string;
  meta?: OutboxMeta;
}

/** Tells the township centre: the admin group when one is bound, else every admin privately. */
export async function notifyAdmins(db: Db, outbox: Outbox, notice: AdminNotice): Promise<void> {
  const room = await adminGroup(db);
  if (room) {
    await outbox.enqueue({ ...notice, to: { room: room.id }, key: `${notice.key}:room:${room.id}` });
    return;
  }
  const admins = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.role, 'admin'), eq(members.active, true)));
  for (const admin of admins) {
    await outbox.enqueue({ ...notice, to: { member: admin.id }, key: `${notice.key}:member:${admin.id}` });
  }
}
