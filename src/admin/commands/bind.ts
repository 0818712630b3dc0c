import type { Route } from '../../kernel/router.js';
import type { Db } from '../../db/client.js';
import type { Room } from '../../db/types.js';
import { splitLeadingWord, WORD_SEPARATORS } from '../../kernel/command.js';
import { gridLabel } from '../../roster/grid-name.js';
import { isAdminGroup } from '../../roster/admin-group.js';
import { bindGroup, type RoomRef } from '../../roster/bind-room.js';
import { adminCommand, done, refused, type Outcome } from '../route.js';
import { ensureGrid, gridById, resolveGridWords } from '../../roster/grids.js';

const HERE = '本群';
const ADMIN_WORDS = ['管理群', '管理', '综治中心'];
const USAGE = '用法：在网格群里发 #绑定 本群 上司村 三组；在管理群里发 #绑定 本群 管理群';
const TOPIC_HINT = '提示：我按群名认群，改了群名请重新发 #绑定。';

export type BindTarget = { kind: 'admin' } | { kind: 'grid'; village: string; grid: string; manual?: boolean };

/** What follows `#绑定`: the admin group, or a grid as typed (read against the roster by the route). */
export type BindWords = { kind: 'admin' } | { kind: 'place'; words: string[]; manual: boolean };

/** A last word saying the group is posted by hand: the bot's posts go to the grid's worker to forward. */
const MANUAL_WORDS = ['人工转发', '人工', '手动转发', '转发'];
const MANUAL_HINT = '本群设为人工转发：普法内容会私发给本网格网格员，由网格员转发进群。';

/** Reads what follows `#绑定`: '本群' is optional (also typed together: 本群管理群); the rest is 管理群 or a grid. */
export function parseBindTarget(args: readonly string[]): BindWords | { error: string } {
  const words = splitLeadingWord(args, [HERE])
    .flatMap((w) => w.split(WORD_SEPARATORS))
    .filter(Boolean);
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
    const { before, demoted } = await bindGroup(db, ref, { kind: 'admin' }, now);
    const moved = demoted.length ? `\n原管理群「${demoted.join('」「')}」以后不再收到告警和通知。` : '';
    return done(`已把本群「${ref.topic}」设为管理群。${await formerly(db, before, 'admin', ref.topic)}${moved}\n${TOPIC_HINT}`);
  }
  const g = await ensureGrid(db, target.village, target.grid, now);
  const { before } = await bindGroup(db, ref, { kind: 'grid', gridId: g.grid.id, manual: target.manual ?? false }, now);
  const label = gridLabel(g.village.name, g.grid.name);
  const created = g.createdGrid ? `（新建了网格 ${label}）` : '';
  const hand = target.manual ? `\n${MANUAL_HINT}` : '';
  return done(`已把本群「${ref.topic}」绑定到 ${label}。${created}${await formerly(db, before, label, ref.topic)}${hand}\n${TOPIC_HINT}`);
}

/** '（原来绑定的是 上司村二组）' when the group was bound to something else before; '（原群名「…」）' when it had another name. */
async function formerly(db: Db, before: Room | null, nowLabel: string, topic: string): Promise<string> {
  if (!before) return '';
  const renamed = before.topic !== topic ? `（原群名「${before.topic}」）` : '';
  const was = isAdminGroup(before) ? 'admin' : await gridNameOf(db, before.gridId);
  if (was === nowLabel || was === null) return renamed;
  return `${renamed}（原来${was === 'admin' ? '是管理群' : `绑定的是 ${was}`}）`;
}

/** The label of the grid a group was bound to; null for a group bound to nothing. */
async function gridNameOf(db: Db, gridId: number | null): Promise<string | null> {
  if (gridId === null) return null;
  const place = await gridById(db, gridId);
  return place ? gridLabel(place.village, place.grid) : '未知网格';
}
