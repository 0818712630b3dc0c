import { and, eq, isNotNull, isNull, ne } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { members } from '../db/schema.js';

/**
 * Staff with a WeCom account who never wrote to the bot: WeCom lets a bot push only to those who
 * wrote to it once, so reminders and alerts cannot reach them there yet.
 */
export async function unreachableOnWecom(db: Db): Promise<string[]> {
  const rows = await db
    .select({ name: members.name })
    .from(members)
    .where(and(eq(members.active, true), ne(members.role, 'resident'), isNotNull(members.wecomUserid), isNull(members.wecomSeenAt)))
    .orderBy(members.id);
  return rows.map((r) => r.name);
}

/** The line admins read under a member list or a digest; '' when everyone can be reached. */
export function unreachableLine(names: readonly string[]): string {
  if (names.length === 0) return '';
  return `企业微信还推送不到（没给机器人发过消息）：${names.join('、')}。请网格长或综治中心提醒他们私聊机器人发一句 #帮助。`;
}
