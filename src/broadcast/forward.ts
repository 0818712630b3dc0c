import { and, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import { workersOfGrid } from '../roster/index.js';
import type { AppDeps } from '../app-deps.js';
import type { MessageContext, Route } from '../kernel/router.js';
import { postLog, rooms } from '../db/schema.js';
import type { Planned } from './fanout.js';
import type { NewLogEntry } from './repo-log.js';

/** What forwards cleanly into a WeChat group: plain text, about one screen. */
export const FORWARD_MAX_CHARS = 600;

/** Replies a worker types after forwarding (phone typing, with or without 了/啦 and punctuation). */
const CONFIRM = /^(?:已|已经)?(?:转发|转|发)(?:了|好了|完了|过了)?[啦了]?[。！!.～~]*$/u;
const MARKDOWN = /[*_`#>]|\[[^\]]*\]\([^)]*\)/g;

/** Plain forwardable text: markdown marks dropped, cut at a sentence end within FORWARD_MAX_CHARS. */
export function forwardableText(text: string): string {
  const plain = text.replace(MARKDOWN, '').trim();
  if ([...plain].length <= FORWARD_MAX_CHARS) return plain;
  const head = [...plain].slice(0, FORWARD_MAX_CHARS - 1).join('');
  const end = Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('\n'));
  return end > FORWARD_MAX_CHARS / 2 ? head.slice(0, end + 1) : `${head}…`;
}

/** True for a bare "已转发" (and the ways people type it); never for a sentence that merely contains it. */
export const isForwardConfirmation = (text: string): boolean => CONFIRM.test(text.replace(/\s+/g, ''));

type Deps = Pick<AppDeps, 'db' | 'outbox' | 'clock' | 'channels'>;

/** An unconfirmed forward is asked about once more, a day later (then it stays "not yet forwarded"). */
export const REPROMPT_AFTER_MS = 24 * 3_600_000;
/** The button under the request on WeCom; elsewhere the same words are typed back. */
const FORWARDED = { text: '已转发' };

/** The outbox keys of one worker's request for one post: the request and text, and the same a day later. */
const forwardKeys = (key: string, worker: number) => ({ ask: `${key}:fwd:${worker}`, again: `${key}:fwd:${worker}:again` });

/** A group posted by hand, as forwarding needs it. */
export interface HandRoom {
  topic: string;
  gridId: number | null;
}

/**
 * Which of these groups are posted by hand, by id: those marked so, and grid groups on WeChat that
 * no bot is in (this app runs no WeChat account, or its login did not find the group). One query.
 */
export async function handRooms(deps: Pick<Deps, 'db' | 'channels'>, roomIds: readonly number[]): Promise<Map<number, HandRoom>> {
  if (roomIds.length === 0) return new Map();
  const onWechat = (deps.channels ?? ['wechat']).includes('wechat');
  const noBot = and(eq(rooms.kind, 'grid'), isNotNull(rooms.gridId), eq(rooms.channel, 'wechat'), onWechat ? isNull(rooms.wechatId) : undefined);
  const hand = await deps.db
    .select({ id: rooms.id, topic: rooms.topic, gridId: rooms.gridId })
    .from(rooms)
    .where(and(inArray(rooms.id, [...roomIds]), or(eq(rooms.manual, true), noBot)));
  return new Map(hand.map((r) => [r.id, { topic: r.topic, gridId: r.gridId }]));
}

/** The planned posts that go to groups posted by hand; the rest are the bot's own. */
export async function splitManual(deps: Deps, planned: readonly Planned[]): Promise<{ bot: Planned[]; manual: (Planned & HandRoom)[] }> {
  const byId = await handRooms(
    deps,
    planned.map((p) => p.roomId),
  );
  return {
    bot: planned.filter((p) => !byId.has(p.roomId)),
    manual: planned.filter((p) => byId.has(p.roomId)).map((p) => ({ ...p, ...byId.get(p.roomId)! })),
  };
}

/**
 * Any other message the bot would post into a group posted by hand (a schedule's 提醒): the grid's
 * workers get it privately to pass on. Not tracked like a 普法 post: no button, no second prompt.
 * Returns false when the grid has no worker to ask.
 */
export async function forwardMessage(deps: Deps, room: HandRoom, text: string, key: string, purpose: string): Promise<boolean> {
  const workers = room.gridId === null ? [] : await workersOfGrid(deps.db, room.gridId);
  for (const w of workers) {
    const ask = `请把下一条消息转发到「${room.topic}」（转发后不用回复）。`;
    await deps.outbox.enqueue({ purpose, priority: 'routine', to: { member: w.id }, text: ask, key: `${key}:fwd:${w.id}` });
    await deps.outbox.enqueue({ purpose, priority: 'routine', to: { member: w.id }, text: forwardableText(text), key: `${key}:fwd:${w.id}:text` });
  }
  return workers.length > 0;
}

/**
 * A post for a group posted by hand goes privately to the grid's workers: what to do, then the
 * text alone (so it is forwarded without the instruction). Logged as waiting to be forwarded.
 */
export async function queueForwarding(deps: Deps, p: Planned & HandRoom, text: string, key: string): Promise<NewLogEntry['result']> {
  const workers = p.gridId === null ? [] : await workersOfGrid(deps.db, p.gridId);
  const plain = forwardableText(text);
  const later = new Date(deps.clock.now().getTime() + REPROMPT_AFTER_MS);
  for (const w of workers) {
    const k = forwardKeys(key, w.id);
    const ask = `请把下一条普法内容转发到「${p.topic}」，转发后回我“已转发”。`;
    const again = `「${p.topic}」的普法内容还没收到“已转发”：请把下一条转发到群里，转发后回我“已转发”（已经转发过的也回一句）。`;
    const to = { member: w.id };
    await deps.outbox.enqueue({ purpose: 'post-forward', priority: 'routine', to, text: ask, key: k.ask, meta: { button: FORWARDED } });
    await deps.outbox.enqueue({ purpose: 'post-forward', priority: 'routine', to, text: plain, key: `${k.ask}:text` });
    await deps.outbox.enqueue({ purpose: 'post-forward-again', priority: 'routine', to, text: again, key: k.again, notBefore: later, meta: { button: FORWARDED } });
    await deps.outbox.enqueue({ purpose: 'post-forward-again', priority: 'routine', to, text: plain, key: `${k.again}:text`, notBefore: later });
  }
  return workers.length ? 'to_forward' : 'failed';
}

/** "已转发" from a worker in private: their grid's groups waiting for a forward are marked forwarded. */
export function forwardedRoute(deps: Pick<AppDeps, 'db' | 'outbox'>): Route {
  return {
    name: 'post-forwarded',
    match: (ctx) => ctx.isPrivate && ctx.sender.gridId !== null && isForwardConfirmation(ctx.text),
    async handle(ctx: MessageContext) {
      const mine = await deps.db
        .select({ id: rooms.id, topic: rooms.topic })
        .from(rooms)
        .where(and(eq(rooms.gridId, ctx.sender.gridId!), eq(rooms.manual, true)));
      const done =
        mine.length === 0
          ? []
          : await deps.db
              .update(postLog)
              .set({ result: 'forwarded' })
              .where(
                and(
                  inArray(
                    postLog.roomId,
                    mine.map((r) => r.id),
                  ),
                  eq(postLog.result, 'to_forward'),
                ),
              )
              .returning({ roomId: postLog.roomId, key: postLog.outboxKey });
      if (done.length === 0) return void (await ctx.reply('现在没有等你转发的普法内容。'));
      // Confirmed: the reminder a day later is not needed (for whichever worker of the grid it was queued).
      const workers = await workersOfGrid(deps.db, ctx.sender.gridId!);
      await deps.outbox.cancel(done.flatMap((d) => workers.flatMap((w) => [forwardKeys(d.key, w.id).again, `${forwardKeys(d.key, w.id).again}:text`])));
      const topics = [...new Set(done.map((d) => mine.find((r) => r.id === d.roomId)!.topic))];
      await ctx.reply(`好的，已记下：${topics.map((t) => `「${t}」`).join('')}已人工转发 ${done.length} 条。谢谢！`);
    },
  };
}
