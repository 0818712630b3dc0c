import { and, eq, ne } from 'drizzle-orm';
import type { InboundMessage, Transport } from '../chat/port.js';
import type { Db } from '../db/client.js';
import { members, rooms } from '../db/schema.js';
import type { Member, Room } from '../db/types.js';
import { channelOf, rawId } from '../chat/channel.js';

/**
 * Who a message is from and where, as the pipeline knows it. `senderAlias` is the remark the bot
 * set on the contact (when the puppet reports it); stored rows without it simply skip that step.
 */
export type SenderRef = Pick<InboundMessage, 'senderWechatId' | 'senderName' | 'sentAt'> & { senderAlias?: string | null };
export type RoomRef = Pick<InboundMessage, 'roomWechatId' | 'roomTopic' | 'sentAt'>;

/** The remark the bot puts on a member's contact so it can find them again after a new login. */
export const memberAlias = (memberId: number): string => `gb-${memberId}`;

/** People the roster knows (a role, a grid or a village), as opposed to strangers met in chat. */
export const isRosterMember = (m: Member): boolean => m.role !== 'resident' || m.gridId !== null || m.villageId !== null;

async function memberBy(db: Db, column: typeof members.wechatId | typeof members.alias, value: string): Promise<Member | null> {
  // A WeCom id (`wecom:<userid>`) names the member's account, kept apart from the puppet's cache.
  const [col, v] = column === members.wechatId && channelOf(value) === 'wecom' ? [members.wecomUserid, rawId(value)] : [column, value];
  const [row] = await db
    .select()
    .from(members)
    .where(and(eq(col, v), eq(members.active, true)));
  return row ?? null;
}

/** Binds a WeCom account to a member (taking it off anyone else); `seen`: the member just wrote, so pushes reach them. */
async function bindWecom(db: Db, memberId: number, wecomId: string, seen: Date | null): Promise<Member> {
  const userid = rawId(wecomId);
  await db
    .update(members)
    .set({ wecomUserid: null, wecomSeenAt: null })
    .where(and(eq(members.wecomUserid, userid), ne(members.id, memberId)));
  const [row] = await db
    .update(members)
    .set({ wecomUserid: userid, ...(seen ? { wecomSeenAt: seen } : {}) })
    .where(eq(members.id, memberId))
    .returning();
  if (!row) throw new Error(`member ${memberId} does not exist`);
  return row;
}

/**
 * Caches this login's contact id on a member (taking it off anyone else) and, when `transport` is
 * given and the member has no remark yet, sets the remark `gb-<id>` so the member can be found by
 * it after the next login. Returns the updated member.
 */
export async function cacheMemberWechatId(db: Db, memberId: number, wechatId: string, transport: Pick<Transport, 'setAlias'> | null, now: Date): Promise<Member> {
  if (channelOf(wechatId) === 'wecom') return bindWecom(db, memberId, wechatId, now);
  await db
    .update(members)
    .set({ wechatId: null })
    .where(and(eq(members.wechatId, wechatId), ne(members.id, memberId)));
  const [row] = await db.update(members).set({ wechatId, resolvedAt: now }).where(eq(members.id, memberId)).returning();
  if (!row) throw new Error(`member ${memberId} does not exist`);
  if (!transport || row.alias === memberAlias(row.id)) return row;
  return (await setMemberAlias(db, row, wechatId, transport)) ?? row;
}

/** Puts the `gb-<id>` remark on the contact and records it; null when the puppet refuses. */
export async function setMemberAlias(db: Db, member: Member, wechatId: string, transport: Pick<Transport, 'setAlias'>): Promise<Member | null> {
  const alias = memberAlias(member.id);
  if (!(await transport.setAlias(wechatId, alias))) return null;
  const [row] = await db.update(members).set({ alias }).where(eq(members.id, member.id)).returning();
  return row ?? null;
}

/**
 * The member behind a message: by the contact id cached this login, else by the remark the bot
 * set (`gb-<id>`), else a new `resident` with the display name — a stranger, who gains nothing
 * from the name they chose (anyone can rename themselves to an admin's name).
 */
export async function resolveSender(db: Db, msg: SenderRef): Promise<{ member: Member; via: 'wechatId' | 'alias' | 'new' }> {
  const cached = await memberBy(db, members.wechatId, msg.senderWechatId);
  if (cached && channelOf(msg.senderWechatId) === 'wecom' && !cached.wecomSeenAt)
    return { member: await bindWecom(db, cached.id, msg.senderWechatId, msg.sentAt), via: 'wechatId' };
  if (cached) return { member: cached, via: 'wechatId' };
  if (channelOf(msg.senderWechatId) === 'wecom') {
    const [created] = await db
      .insert(members)
      .values({ name: msg.senderName, role: 'resident', wecomUserid: rawId(msg.senderWechatId), wecomSeenAt: msg.sentAt })
      .returning();
    return { member: created!, via: 'new' };
  }
  const byAlias = msg.senderAlias ? await memberBy(db, members.alias, msg.senderAlias) : null;
  if (byAlias) return { member: await cacheMemberWechatId(db, byAlias.id, msg.senderWechatId, null, msg.sentAt), via: 'alias' };
  const [created] = await db.insert(members).values({ name: msg.senderName, role: 'resident', wechatId: msg.senderWechatId, resolvedAt: msg.sentAt }).returning();
  return { member: created!, via: 'new' };
}

/** Caches this login's group id on a bound room, taking it off any other room. */
export async function cacheRoomWechatId(db: Db, roomId: number, wechatId: string, now: Date): Promise<Room | null> {
  await db
    .update(rooms)
    .set({ wechatId: null })
    .where(and(eq(rooms.wechatId, wechatId), ne(rooms.id, roomId)));
  const [row] = await db
    .update(rooms)
    .set({ wechatId, channel: channelOf(wechatId), resolvedAt: now })
    .where(eq(rooms.id, roomId))
    .returning();
  return row ?? null;
}

/**
 * The bound room a group message came from: by the cached group id, else by the topic recorded at
 * binding — only while that room has no id this login and, when `transport` is given, only if the
 * topic names this one group, so a look-alike group cannot take the real one's place. Null for
 * private chats and unbound groups.
 */
export async function resolveRoom(db: Db, msg: RoomRef, transport?: Pick<Transport, 'findRoomByTopic'>): Promise<Room | null> {
  if (!msg.roomWechatId) return null;
  const [cached] = await db.select().from(rooms).where(eq(rooms.wechatId, msg.roomWechatId));
  if (cached) return cached;
  if (!msg.roomTopic) return null;
  const [byTopic] = await db.select().from(rooms).where(eq(rooms.topic, msg.roomTopic));
  if (!byTopic || byTopic.wechatId !== null) return null;
  if (transport && (await transport.findRoomByTopic(msg.roomTopic)) !== msg.roomWechatId) return null;
  return cacheRoomWechatId(db, byTopic.id, msg.roomWechatId, msg.sentAt);
}
