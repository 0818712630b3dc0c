import { and, eq, inArray } from 'drizzle-orm';
import type { AppDeps } from '../../app-deps.js';
import type { Command } from '../../kernel/command.js';
import type { MessageContext } from '../../kernel/router.js';
import { adminCommand, isInPlace, type Outcome } from '../../admin/index.js';
import { chiefOfGrid, findMembersByName, memberById, gridLabel, memberGridInfo, workersOfGrid } from '../../roster/index.js';
import { members } from '../../db/schema.js';
import type { Member } from '../../db/types.js';
import { LEAVE_USAGE, parseLeave } from './leave-parse.js';

const done = (reply: string): Outcome => ({ ok: true, reply });
const refused = (reply: string): Outcome => ({ ok: false, reply });

/** The member an admin @-mentioned (by this login's contact id, else by a unique name). */
async function mentioned(deps: AppDeps, ctx: MessageContext): Promise<Member | null | 'ambiguous'> {
  const ids = ctx.message.mentionIds.filter(Boolean);
  if (ids.length) {
    const [m] = await deps.db
      .select()
      .from(members)
      .where(and(inArray(members.wechatId, ids), eq(members.active, true)));
    if (m) return m;
  }
  const name = ctx.message.mentions[0];
  if (!name) return null;
  const found = await findMembersByName(deps.db, name);
  return found.length > 1 ? 'ambiguous' : (found[0] ?? null);
}

const SELF_ONLY = '抱歉，#请假 只有网格员和网格长可以用（请假期间不催周报）。';

/**
 * Who the leave is for: oneself (workers and chiefs), or the member @-mentioned (admins, like any
 * admin command only in a private chat or the admin group).
 */
async function leaveTarget(deps: AppDeps, ctx: MessageContext): Promise<Member | string> {
  const mentions = ctx.message.mentions.length + ctx.message.mentionIds.length;
  if (mentions === 0) {
    if (ctx.sender.role === 'worker' || ctx.sender.role === 'chief') return (await memberById(deps.db, ctx.sender.id)) ?? SELF_ONLY;
    return ctx.sender.role === 'admin' ? `请@要请假的人，例如：#请假 @张三 至12月10日` : SELF_ONLY;
  }
  if (ctx.sender.role !== 'admin') return '只有管理员可以替别人登记请假；自己请假请发：#请假 至12月10日';
  if (!isInPlace(ctx, 'admin-place')) return '替别人登记请假请在和我的私聊里或管理群里发。';
  const target = await mentioned(deps, ctx);
  if (target === 'ambiguous') return '有几位同名的成员，请私聊用 #成员 列表 核对后再@对方。';
  if (!target) return '没有找到被@的人，请先用 #成员 登记。';
  return target;
}

const onLeave = (m: Member, now: Date): boolean => m.onLeaveUntil !== null && m.onLeaveUntil > now;

const withoutMentions = (rest: string, names: readonly string[]): string => names.reduce((s, n) => s.split(`@${n}`).join(' '), rest).replace(/@\S+[\u2005\s]?/gu, ' ');

/** Asks the grid's chief to cover when nobody else on the grid is left to report. */
async function askChief(deps: AppDeps, who: Member, lastDay: string, until: Date): Promise<string> {
  if (who.role !== 'worker' || who.gridId === null) return '';
  const others = (await workersOfGrid(deps.db, who.gridId)).filter((w) => w.id !== who.id && !(w.onLeaveUntil && w.onLeaveUntil > until));
  if (others.length) return '本网格其他网格员照常报送周报。';
  const place = await memberGridInfo(deps.db, who.id);
  const grid = place?.village && place.grid ? gridLabel(place.village, place.grid) : '本网格';
  const chief = await chiefOfGrid(deps.db, who.gridId);
  if (!chief) return `${grid}没有登记网格长，请管理员安排人代报周报。`;
  await deps.outbox.enqueue({
    purpose: 'leave-cover',
    priority: 'reply',
    to: { member: chief.id },
    text: `网格员${who.name}请假至${lastDay}，期间请您代为报送${grid}的周报（发【周报】网格:${grid} …）。`,
    key: `leave-cover:${who.id}:${until.toISOString()}:${chief.id}`,
  });
  return `已请网格长${chief.name}代报${grid}的周报。`;
}

async function runLeave(deps: AppDeps, ctx: MessageContext, cmd: Command): Promise<Outcome> {
  const target = await leaveTarget(deps, ctx);
  if (typeof target === 'string') return refused(target);
  const parsed = parseLeave(withoutMentions(cmd.rest, ctx.message.mentions), ctx.now, deps.calendar);
  if (!parsed.ok) return refused(parsed.problems[0]!.message);
  const self = target.id === ctx.sender.id;
  const who = self ? '您' : target.name;
  if (parsed.value.kind === 'cancel') {
    if (!onLeave(target, ctx.now)) return refused(`${who}现在没有请假，不用销假；照常报送周报即可。`);
    await deps.db.update(members).set({ onLeaveUntil: null, onLeaveFrom: null }).where(eq(members.id, target.id));
    return done(`已销假：${who}从本周起照常报送周报。`);
  }
  const { until, lastDay } = parsed.value;
  await deps.db.update(members).set({ onLeaveUntil: until, onLeaveFrom: ctx.now }).where(eq(members.id, target.id));
  const cover = await askChief(deps, target, lastDay, until);
  return done([`已登记请假：${who}请假至${lastDay}（含），期间不提醒、不催报周报。`, cover].filter(Boolean).join('\n'));
}

/** `#请假 至12月10日` (a worker for themself), `#请假 @某人 至12月10日` (an admin), `#请假 取消`. */
export function leaveRoute(deps: AppDeps) {
  return adminCommand(deps.db, { names: ['请假', '销假'], place: 'any', adminOnly: false }, (ctx, cmd) =>
    runLeave(deps, ctx, cmd.name === '销假' ? { ...cmd, rest: '取消' } : cmd),
  );
}

export { LEAVE_USAGE };
