import { adminCommand, done, refused, type Outcome } from '../admin/index.js';
import type { AppDeps } from '../app-deps.js';
import type { Command } from '../kernel/command.js';
import { addressedToBot, type MessageContext, type Route } from '../kernel/router.js';
import { parsePeriod } from '../summary/index.js';
import { feedbackOf, isCommandLike, mediationRequest } from './chat-words.js';
import { detectDanger } from './guard.js';
import { handleFeedback, handleQuestion, type QaDeps } from './handle.js';
import { createLawLibrary, type LibraryOptions } from './library.js';
import { handleMediation } from './mediate.js';
import { qaRowsBetween } from './repo-qa.js';
import { createAsker } from './service.js';
import { computeQaStats, qaStatsText } from './stats.js';
import { createDangerJudge } from './judge.js';
import { answerGroupDanger, groupDangerRoute } from './watch.js';

const STATS_USAGE = '用法：#问答 统计 [本周|本月|本年|全部]，也可写 2026-01-01至2026-06-30';

/**
 * The legal Q&A's routes, registered after every other capability: `#问答 统计` (admins), 有用/没用,
 * 需要调解, the question itself, which takes what is left of private chats and @bot messages, and
 * the danger watch over the rest of a grid group's messages.
 */
export function lawqaRoutes(deps: AppDeps, options: LibraryOptions = {}): Route[] {
  const library = createLawLibrary(deps.db, options);
  const onFallback = (reason: string) => deps.log.info({ reason }, 'legal Q&A: LLM reply not used, retrieval answer sent');
  const danger = createDangerJudge(deps);
  const qa: QaDeps = {
    ...deps,
    danger,
    ask: createAsker(library, { chatModel: deps.chatModel ?? null, onFallback }),
    askByRetrieval: createAsker(library),
  };
  return [
    adminCommand(deps.db, { names: ['问答'], place: 'admin-place', adminOnly: true }, (ctx, cmd) => qaStats(deps, ctx, cmd)),
    { name: 'lawqa-feedback', match: (ctx) => addressedToBot(ctx) && feedbackOf(ctx.text) !== null, handle: (ctx) => handleFeedback(deps, ctx) },
    {
      name: 'lawqa-mediation',
      // Also without @bot in a grid group: the offer under an answer there says 回复“需要调解”.
      // Danger inside a mediation request is answered as danger first.
      match: (ctx) => (addressedToBot(ctx) || ctx.room?.kind === 'grid') && mediationRequest(ctx.text) !== null && !detectDanger(ctx.text),
      handle: (ctx) => mediateUnlessDanger(qa, ctx),
    },
    { name: 'lawqa-question', match: (ctx) => addressedToBot(ctx) && !isCommandLike(ctx.text), handle: (ctx) => handleQuestion(qa, ctx) },
    // Last before the fallback drops it: grid-group chatter not addressed to the bot, read for danger.
    groupDangerRoute(deps, danger),
  ];
}

/**
 * A mediation request the rules found calm may still be danger in the model's second opinion: then
 * it is answered as danger (never with mediation), privately or, in a group without @, to the staff only.
 */
async function mediateUnlessDanger(qa: QaDeps, ctx: MessageContext): Promise<void> {
  const danger = await qa.danger.judge(ctx);
  if (!danger) return handleMediation(qa, ctx);
  if (addressedToBot(ctx)) return handleQuestion(qa, ctx, danger);
  await answerGroupDanger(qa, ctx, danger);
}

/** `#问答 统计 [期间]`: questions, categories, out-of-scope share, helpfulness. */
async function qaStats(deps: AppDeps, ctx: MessageContext, cmd: Command): Promise<Outcome> {
  if (cmd.args[0] !== '统计') return refused(STATS_USAGE);
  const words = cmd.args.slice(1).join('');
  const period = words ? parsePeriod(words, ctx.now, deps.calendar) : { ok: true as const, value: { from: null, to: null, label: '全部' } };
  if (!period) return refused(STATS_USAGE);
  if (!period.ok) return refused(period.problems.map((p) => p.message).join('\n'));
  const rows = await qaRowsBetween(deps.db, period.value.from, period.value.to);
  return done(qaStatsText(computeQaStats(rows), period.value.label));
}
