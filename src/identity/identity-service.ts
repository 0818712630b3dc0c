import { eq, inArray } from 'drizzle-orm';
import { realClock, type Clock } from '../kernel/clock.js';
import type { Logger } from '../kernel/logger.js';
import type { Address, Target, Transport } from '../chat/port.js';
import type { Db } from '../db/client.js';
import { members, rooms } from '../db/schema.js';
import type { Member, Room } from '../db/types.js';
import type { Seen } from './index.js';
import { wecomId, type Channel } from '../chat/channel.js';
import { describeUnresolved, reresolveAfterLogin } from './reresolve.js';
import { cacheMemberWechatId, cacheRoomWechatId, isRosterMember, memberAlias, resolveRoom, resolveSender, setMemberAlias, type RoomRef, type SenderRef } from './resolve.js';

export interface IdentityDeps {
  db: Db;
  transport: Transport;
  log: Logger;
  /** For `resolvedAt` stamps; the real clock when omitted. */
  clock?: Clock;
  /** The channels this app runs; a member with a WeCom account is reached there when it runs. */
  channels?: readonly Channel[];
}

export interface Identity {
  /**
   * The member (found or created as a stranger) and the bound room (or null) behind a message.
   * `seen`: the member and room already read for the message's WeChat ids (see storeClaimed).
   */
  identify(msg: SenderRef & RoomRef, seen?: Seen): Promise<{ sender: Member; room: Room | null }>;
  /** This login's WeChat address of a room or member; null when it cannot be found now. */
  address(target: Target): Promise<Address | null>;
  /** This login's contact ids of these members (those known), in the same order. */
  mentionIds(memberIds: number[]): Promise<string[]>;
  /** A name admins recognise: the group's topic or the member's name. */
  describe(target: Target): Promise<string | null>;
  /** Re-resolves everything after a login; one line per room or person not found, for the admins. */
  reresolve(): Promise<string[]>;
}

/** Identity as the app uses it: messages in, addresses out, re-resolution at each login. */
export function createIdentity(deps: IdentityDeps): Identity {
  const { db, transport, log } = deps;
  const clock = deps.clock ?? realClock();
  const channels = deps.channels ?? ['wechat'];
  let resolving: Promise<unknown> = Promise.resolve();
  /** While a login's re-resolution runs, WeChat ids read earlier may be stale: look everything up again. */
  let settled = true;
  /** Members whose remark was tried this login: a refusal (not a friend) is not retried on every message. */
  const tried = new Set<number>();

  /** Roster people get the `gb-<id>` remark as soon as we know their contact, so the next login finds them. */
  async function ensureAlias(m: Member): Promise<Member> {
    if (!m.wechatId || !isRosterMember(m) || m.alias === memberAlias(m.id) || tried.has(m.id)) return m;
    tried.add(m.id);
    return (await setMemberAlias(db, m, m.wechatId, transport)) ?? m;
  }

  const quietly = async <T>(fn: () => Promise<T>): Promise<T | null> => fn().catch(() => null);

  async function roomAddress(room: Room): Promise<Address | null> {
    if (room.wechatId) return { room: room.wechatId };
    const id = await quietly(() => transport.findRoomByTopic(room.topic));
    return id && (await cacheRoomWechatId(db, room.id, id, clock.now())) ? { room: id } : null;
  }

  async function memberAddress(member: Member): Promise<Address | null> {
    // WeCom pushes only to those who wrote to the bot once; until then WeChat, when it reaches them, is tried.
    const onWecom = member.wecomUserid && channels.includes('wecom') ? { contact: wecomId(member.wecomUserid) } : null;
    if (onWecom && (member.wecomSeenAt || !member.wechatId || !channels.includes('wechat'))) return onWecom;
    if (member.wechatId) return { contact: (await ensureAlias(member)).wechatId ?? member.wechatId };
    const id = member.alias ? await quietly(() => transport.findContactByAlias(member.alias!)) : null;
    if (!id) return null;
    await cacheMemberWechatId(db, member.id, id, null, clock.now());
    return { contact: id };
  }

  return {
    async identify(msg, seen) {
      const known = settled ? seen : undefined;
      await resolving;
      // A bound room or member already found by this login's WeChat id needs no second look.
      const room = known?.room ?? (await resolveRoom(db, msg, transport));
      const member = known?.sender ?? (await resolveSender(db, msg)).member;
      return { sender: await ensureAlias(member), room };
    },

    async address(target) {
      if (target.kind === 'room') {
        const [room] = await db.select().from(rooms).where(eq(rooms.id, target.id));
        return room ? roomAddress(room) : null;
      }
      const [member] = await db.select().from(members).where(eq(members.id, target.id));
      return member?.active ? memberAddress(member) : null;
    },

    async mentionIds(memberIds) {
      if (memberIds.length === 0) return [];
      const rows = await db.select().from(members).where(inArray(members.id, memberIds));
      const byId = new Map(rows.map((r) => [r.id, r.wechatId]));
      return memberIds.map((id) => byId.get(id)).filter((id): id is string => !!id);
    },

    async describe(target) {
      if (target.kind === 'room') {
        const [room] = await db.select({ topic: rooms.topic }).from(rooms).where(eq(rooms.id, target.id));
        return room?.topic ?? null;
      }
      const [member] = await db.select({ name: members.name }).from(members).where(eq(members.id, target.id));
      return member?.name ?? null;
    },

    async reresolve() {
      tried.clear();
      const run = reresolveAfterLogin(db, transport, clock.now());
      settled = false;
      resolving = run.catch(() => undefined).finally(() => (settled = true));
      const unresolved = await run;
      log.info({ event: 'wechat_reresolved', unresolved: unresolved.length }, 'identities re-resolved after login');
      return unresolved.map(describeUnresolved);
    },
  };
}
