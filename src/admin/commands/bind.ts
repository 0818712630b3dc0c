import { and, eq, isNull } from 'drizzle-orm';
import type { Route } from '../../kernel/router.js';
import type { Db } from '../../db/client.js';
import { grids, rooms, villages } from '../../db/schema.js';
import type { Room } from '../../db/types.js';
import { splitLeadingWord, WORD_SEPARATORS } from '../../kernel/command.js';
import { channelOf } from '../../chat/channel.js';
import { gridLabel } from '../../roster/grid-name.js';
import { adminCommand, done, refused, type Outcome } from '../route.js';
import { ensureGrid, resolveGridWords } from '../../roster/queries.js';

const HERE = '本群';
const ADMIN_WORDS = ['管理群', '管理', '综治中心'];
const USAGE = '用法：在网格群里发 #绑定 本群 上司村 三组；在管理群里发 #绑定 本群 管理群';
const TOPIC_HINT = '提示：我按群名认群，改了群名请重新发 #绑定。';

export type BindTarget = { kind: 'admin' } | { kind: 'grid'; village: string; grid: string; manual?: boolean };
type RoomRef = { wechatId: string; topic: string };

/** What follows `#绑定`: the admin group, or a grid as typed (read against the roster by the route). */
export type BindWords = { kind: 'admin' } | { kind: 'place'; words: string[]; manual: boolean };

/** A last word saying the group is posted by hand: the bot's posts go to the grid's worker to forward. */
const MANUAL_WORDS = ['人工转发', '人工', '手动转发', '转发'];
const MANUAL_HINT = '本群设为人工转发：普法内容会私发给本网格网格员，由网格员转发进群。';

/** Reads what follows `#绑定`: '本群' is optional (also typed together: 本群管理群); the rest is 管理群 or a grid. */
export function parseBindTarget(args: readonly string[]): BindWords | { error: string } {
  const words = splitLeadingWord(args, [HERE]).flatMap((w) => w.split(WORD_SEPARATORS)).filter(Boolean);
  const rest = words[0] === HERE ? words.slice(1) : words;
  if (rest.length === 0) return { error: USAGE };
  if (rest.length === 1 && ADMIN_WORDS.includes(rest[0]!)) return { kind: 'admin' };
  const manual = rest.length > 1 && MANUAL_WORDS.includes(rest.at(-1)!);
  return { kind: 'place', words: manual ? rest.slice(0, -1) : rest, manual };
}

/** `#绑定 本群 …`: an admin, inside the group being bound (the one exception to private/admin group). */
export function bindRoute(db: Db): Route {
  return adminCommand(db, { names: ['绑定'], place: 'group', adminOnly: true }, async (ctx, command) => {
    const parsed = parseBindTarget(command.args);
    if ('error' in parsed) return refused(parsed.error);
    if (parsed.kind === 'admin') return bindRoom(db, ctx.roomRef!, parsed, ctx.now);
    const grid = await resolveGridWords(db, parsed.words);
    if (!grid.ok) return refused(`${grid.message}。${USAGE}`);
    return bindRoom(db, ctx.roomRef!, { kind: 'grid', ...grid.value, manual: parsed.manual }, ctx.now);
  });
}

/** Binds a group (known by topic, or by this login's id after a rename); also used to seed replays and the sandbox. */
export async function bindRoom(db: Db, ref: RoomRef, target: BindTarget, now: Date): Promise<Outcome> {
  if (target.kind === 'admin') {
    const before = await saveRoom(db, ref, { kind: 'admin', gridId: null }, now);
    return done(`已把本群「${ref.topic}」设为管理群。${await formerly(db, before, 'admin', ref.topic)}\n${TOPIC_HINT}`);
  }
  const g = await ensureGrid(db, target.village, target.grid, now);
  const before = await saveRoom(db, ref, { kind: 'grid', gridId: g.grid.id, manual: target.manual ?? false }, now);
  const label = gridLabel(g.village.name, g.grid.name);
  const created = g.createdGrid ? `（新建了网格 ${label}）` : '';
  const hand = target.manual ? `\n${MANUAL_HINT}` : '';
  return done(`已把本群「${ref.topic}」绑定到 ${label}。${created}${await formerly(db, before, label, ref.topic)}${hand}\n${TOPIC_HINT}`);
}

/**
 * Updates the room known by topic (or by this login's id, after a rename followed live), else the
 * one room bound to the same grid (or as the admin group) that this login could not find: a group
 * renamed while the bot was offline, re-bound under its new name as the admins' alert asks. Else
 * records a new room. Returns what it was.
 */
async function saveRoom(db: Db, ref: RoomRef, binding: Pick<Room, 'kind' | 'gridId'> & { manual?: boolean }, now: Date): Promise<Room | null> {
  const [byTopic] = await db.select().from(rooms).where(eq(rooms.topic, ref.topic));
  const [byId] = byTopic ? [byTopic] : await db.select().from(rooms).where(eq(rooms.wechatId, ref.wechatId));
  const before = byId ?? (await lostRoomBoundTo(db, binding));
  const values = { ...binding, topic: ref.topic, wechatId: ref.wechatId, channel: channelOf(ref.wechatId), resolvedAt: now };
  if (before) await db.update(rooms).set(values).where(eq(rooms.id, before.id));
  else await db.insert(rooms).values(values);
  return before;
}

/** The room bound to this target that the current login did not find, when there is exactly one. */
async function lostRoomBoundTo(db: Db, binding: Pick<Room, 'kind' | 'gridId'>): Promise<Room | null> {
  const target = binding.kind === 'admin' ? eq(rooms.kind, 'admin') : and(eq(rooms.kind, 'grid'), eq(rooms.gridId, binding.gridId!));
  const lost = await db.select().from(rooms).where(and(target, isNull(rooms.wechatId)));
  return lost.length === 1 ? lost[0]! : null;
}

/** '（原来绑定的是 上司村二组）' when the group was bound to something else before; '（原群名「…」）' when it had another name. */
async function formerly(db: Db, before: Room | null, nowLabel: string, topic: string): Promise<string> {
  if (!before) return '';
  const renamed = before.topic !== topic ? `（原群名「${before.topic}」）` : '';
  const was = before.kind === 'admin' ? 'admin' : await gridNameOf(db, before.gridId);
  if (was === nowLabel) return renamed;
  return `${renamed}（原来${was === 'admin' ? '是管理群' : `绑定的是 ${was}`}）`;
}

async function gridNameOf(db: Db, gridId: number | null): Promise<string> {
  if (gridId === null) return '未知网格';
  const [row] = await db
    .select({ village: villages.name, grid: grids.name })
    .from(grids)
    .innerJoin(villages, eq(grids.villageId, villages.id))
    .where(eq(grids.id, gridId));
  return row ? gridLabel(row.village, row.grid) : '未知网格';
}
