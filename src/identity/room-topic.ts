import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rooms } from '../db/schema.js';

export type TopicChange =
  | { kind: 'followed'; oldTopic: string; topic: string }
  /** Another bound group already has this name: the record keeps the old one (topics are unique). */
  | { kind: 'taken'; oldTopic: string; topic: string };

/**
 * A bound group was renamed while the bot was logged in: its recorded topic follows, so that the
 * next login finds it again by name (WeChat ids change at every login). Null when the group is not
 * bound or the name did not change.
 */
export async function followRoomTopic(db: Db, roomWechatId: string, topic: string, now: Date): Promise<TopicChange | null> {
  const [room] = await db.select().from(rooms).where(eq(rooms.wechatId, roomWechatId)).limit(1);
  if (!room || room.topic === topic) return null;
  const [other] = await db
    .select({ id: rooms.id })
    .from(rooms)
    .where(and(eq(rooms.topic, topic), ne(rooms.id, room.id)))
    .limit(1);
  if (other) return { kind: 'taken', oldTopic: room.topic, topic };
  await db.update(rooms).set({ topic, resolvedAt: now }).where(eq(rooms.id, room.id));
  return { kind: 'followed', oldTopic: room.topic, topic };
}

/** What the admins are told. */
export function topicChangeNotice(change: TopicChange): string {
  return change.kind === 'followed'
    ? `已绑定的群“${change.oldTopic}”改名为“${change.topic}”，已自动记下新群名，不用重新绑定。`
    : `已绑定的群“${change.oldTopic}”改名为“${change.topic}”，但已有另一个绑定的群叫这个名字，新名字没有记下，重新登录后可能找不到它。请把其中一个群改个不同的名字。`;
}
