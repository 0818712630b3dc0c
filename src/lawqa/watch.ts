import type { AppDeps } from '../app-deps.js';
import { addressedToBot, type MessageContext, type Route } from '../kernel/router.js';
import { isCommandLike } from './chat-words.js';
import { alertDanger } from './danger-alert.js';
import { detectDanger, type Danger } from './guard.js';
import { createDangerJudge, type DangerJudge } from './judge.js';
import { recordQa } from './repo-qa.js';

const TOLD_IN_GROUP = '已在群里提示立即拨打求助电话（没有点名）。';
const QUIET_IN_GROUP = '群里没有@机器人，信号不够明确，群里没有回复。';
const TOLD_NOBODY = '这是写在台账记录里的，本人没有收到提示。';

/** An alarm counts in `#问答 统计` and the digest like an urgent question, without the text. */
async function recordAlarm(deps: AppDeps, ctx: MessageContext): Promise<void> {
  await recordQa(deps.db, { memberId: ctx.sender.id, messageId: ctx.message.id, at: ctx.now, outOfScope: false, urgent: true, mode: 'retrieval' });
}

/**
 * Every message in a bound grid group, @bot or not, is read for danger before it is dropped. The
 * grid's worker and the centre are always told; the group hears only a strong signal, and then
 * only what to do, without @-ing or naming anyone. With a model configured, a message that names
 * some harm and that the rules found calm is also put to the model (masked), which may only raise.
 */
export function groupDangerRoute(deps: AppDeps, judge: DangerJudge): Route {
  return {
    name: 'lawqa-group-danger',
    match: (ctx) => ctx.room?.kind === 'grid' && !addressedToBot(ctx) && !isCommandLike(ctx.text) && (detectDanger(ctx.text) !== null || judge.mayAsk(ctx.text)),
    handle: async (ctx) => {
      const danger = await judge.judge(ctx);
      if (danger) await answerGroupDanger(deps, ctx, danger);
    },
  };
}

/** Danger in a grid group without @bot: alert and record; a word in the group only on a strong signal. */
export async function answerGroupDanger(deps: AppDeps, ctx: MessageContext, danger: Danger): Promise<void> {
  await recordAlarm(deps, ctx);
  if (danger.strength === 'strong') {
    await deps.outbox.enqueue({ purpose: 'lawqa-urgent', priority: 'alert', to: { room: ctx.room!.id }, text: danger.notice, key: `lawqa-urgent:${ctx.message.id}` });
  }
  await alertDanger(deps, ctx, danger, danger.strength === 'strong' ? TOLD_IN_GROUP : QUIET_IN_GROUP);
}

/**
 * Notes that staff write into the ledger (#进展, #回访, #交办) are handled as usual, then read for
 * danger: a note saying someone threatens to kill tonight alerts the centre at once.
 */
export function watchNotes(deps: AppDeps, names: ReadonlySet<string>): (route: Route) => Route {
  const judge = createDangerJudge(deps);
  return (route) => {
    if (!names.has(route.name)) return route;
    return {
      ...route,
      handle: async (ctx) => {
        await route.handle(ctx);
        // A note is no question to the bot: the model sees it only when it names some harm.
        const danger = await judge.judge(ctx, false);
        if (!danger) return;
        await recordAlarm(deps, ctx);
        await alertDanger(deps, ctx, danger, TOLD_NOBODY);
      },
    };
  };
}
