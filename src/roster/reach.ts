import { and, eq, isNotNull, isNull, ne } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { members } from '../db/schema.js';
import { chiefOfGrid } from './queries.js';

/**
 * Staff with a WeCom account who never wrote to the bot: WeCom lets a bot push only to those who
 * wrote to it once, so reminders and alerts cannot reach them there yet.
 */
export async function unreachableOnWecom(db: Db): Promise<string[]> {
  return (await unreachableRows(db)).map((r) => r.name);
}

const unreachableRows = (db: Db) =>
  db
    .select({ id: members.id, name: members.name, gridId: members.gridId })
    .from(members)
    .where(and(eq(members.active, true), ne(members.role, 'resident'), isNotNull(members.wecomUserid), isNull(members.wecomSeenAt)))
    .orderBy(members.id);

/**
 * The same staff by the chief of their grid, for the chief to ask them: only chiefs the bot can
 * reach themselves (those who cannot are on the centre's list). Staff without such a chief are left
 * to the centre (the digest's list).
 */
export async function unreachableByChief(db: Db): Promise<Map<number, string[]>> {
  const rows = await unreachableRows(db);
  const out = new Map<number, string[]>();
  const unreached = new Set(rows.map((r) => r.id));
  for (const r of rows) {
    const chief = r.gridId === null ? null : await chiefOfGrid(db, r.gridId);
    if (!chief || chief.id === r.id || unreached.has(chief.id)) continue;
    out.set(chief.id, [...(out.get(chief.id) ?? []), r.name]);
  }
  return out;
}

/** What a chief is asked, privately, about their staff WeCom cannot push to yet. */
export const chiefReachText = (names: readonly string[]): string =>
  `企业微信还推送不到：${names.join('、')}（没给机器人发过消息），周报提醒和交办到不了他们手上。请提醒他们私聊机器人发一句 #帮助。`;

/** The line admins read under a member list or a digest; '' when everyone can be reached. */
export function unreachableLine(names: readonly string[]): string {
  if (names.length === 0) return '';
  return `企业微信还推送不到（没给机器人发过消息）：${names.join('、')}。请网格长或综治中心提醒他们私聊机器人发一句 #帮助。`;
}
