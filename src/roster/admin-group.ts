import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { members, rooms } from '../db/schema.js';
import type { Outbox, Priority } from '../outbox/enqueue.js';

export interface AdminNotice {
  purpose: string;
  priority: Priority;
  text: string;
  /** Idempotency key; the target is appended, so one key serves every admin. */
  key: string;
}

/** Tells the township centre: the admin group when one is bound, else every admin privately. */
export async function notifyAdmins(db: Db, outbox: Outbox, notice: AdminNotice): Promise<void> {
  const [room] = await db.select({ id: rooms.id }).from(rooms).where(eq(rooms.kind, 'admin')).limit(1);
  if (room) {
    await outbox.enqueue({ ...notice, to: { room: room.id }, key: `${notice.key}:room:${room.id}` });
    return;
  }
  const admins = await db.select({ id: members.id }).from(members).where(and(eq(members.role, 'admin'), eq(members.active, true)));
  for (const admin of admins) {
    await outbox.enqueue({ ...notice, to: { member: admin.id }, key: `${notice.key}:member:${admin.id}` });
  }
}
