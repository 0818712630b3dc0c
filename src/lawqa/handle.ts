import type { AppDeps } from '../app-deps.js';
import type { MessageContext } from '../kernel/router.js';
import { MEDIATION_OFFER, type Answer } from './answer.js';
import type { Role } from '../db/schema.js';
import { FOLLOW_UP_HOURS, feedbackOf } from './chat-words.js';
import { alertDanger } from './danger-alert.js';
import { detectDanger, type Danger } from './guard.js';
import type { DangerJudge } from './judge.js';
import { hourlyUsage, lastAnswer, recordQa, setHelpful } from './repo-qa.js';
import type { Ask } from './service.js';

/** What the chat handlers need beyond the app: the shared answering path. */
export interface QaDeps extends AppDeps {
  ask: Ask;
  /** The same path without the LLM, where only the category is wanted. */
  askByRetrieval: Ask;
  /** Danger by the rules, and by the model's second opinion when one is configured. */
  danger: DangerJudge;
}

const limitText = (n: number): string => `您这一个小时已经问了 ${n} 个问题，请过一会儿再问。着急的话可以找村调解员、网格员，或拨打12348法律援助热线；遇到危险请立即拨打110。`;
const TOLD_ASKER = '已提示其立即拨打求助电话。';
const THANKS = '谢谢您的反馈！还有法律方面的问题，随时问我。';
const SORRY = '谢谢反馈，我们会改进。问题比较复杂的，可以找村调解员、网格员，或拨打12348法律援助热线。';
const NOTHING_TO_RATE = '谢谢！有法律方面的问题，直接问我就行。';

/** 需要调解 is for residents (see mediate.ts); staff register cases with #纠纷, so they are not offered it. */
export function answerFor(role: Role, answer: string): string {
  return role === 'resident' || role === 'household_head' ? answer : answer.replace(`\n${MEDIATION_OFFER}`, '');
}

/**
 * A legal question in a private chat or @bot in a group. Danger is answered at once (before the
 * hourly limit, whatever the count) and alerts the township centre; everything is logged without
 * the question text. `judged`: danger a route already found in this message.
 */
export async function handleQuestion(deps: QaDeps, ctx: MessageContext, judged?: Danger): Promise<void> {
  if (!ctx.text) return ctx.reply((await deps.ask('')).answer);
  const ruled = judged ?? detectDanger(ctx.text);
  if (ruled) return answerDanger(deps, ctx, ruled);
  // The model's second opinion can take seconds, so the calm answer is prepared beside it and
  // used only if the opinion finds no danger; danger still beats the hourly limit.
  const calm = calmAnswer(deps, ctx);
  const danger = await deps.danger.judge(ctx);
  if (danger) {
    calm.catch(() => undefined);
    return answerDanger(deps, ctx, danger);
  }
  const answer = await calm;
  if ('limited' in answer) return noticeLimit(deps, ctx, answer.limited);
  await logAnswer(deps, ctx, answer);
  await ctx.reply(answerFor(ctx.sender.role, answer.answer));
}

type Usage = Awaited<ReturnType<typeof hourlyUsage>>;

/** The answer, or the asker's usage when over the hourly limit (read once, for the notice). */
async function calmAnswer(deps: QaDeps, ctx: MessageContext): Promise<Answer | { limited: Usage }> {
  const usage = await hourlyUsage(deps.db, ctx.sender.id, ctx.now);
  return usage.asked < deps.config.QA_HOURLY_LIMIT ? deps.ask(ctx.text) : { limited: usage };
}

async function answerDanger(deps: QaDeps, ctx: MessageContext, danger: Danger): Promise<void> {
  const answer = await deps.ask(ctx.text, danger);
  await logAnswer(deps, ctx, answer);
  await replyAtOnce(deps, ctx, answer.answer);
  await alertDanger(deps, ctx, danger, TOLD_ASKER);
}

async function logAnswer(deps: QaDeps, ctx: MessageContext, answer: Answer): Promise<void> {
  await recordQa(deps.db, logRow(ctx, answer));
  deps.log.info({ messageId: ctx.message.id, category: answer.category, mode: answer.mode, outOfScope: answer.outOfScope, urgent: answer.urgent }, 'legal question answered');
}

function logRow(ctx: MessageContext, a: Answer) {
  return {
    memberId: ctx.sender.id,
    messageId: ctx.message.id,
    at: ctx.now,
    category: a.outOfScope ? null : (a.category ?? null),
    outOfScope: a.outOfScope,
    urgent: a.urgent,
    ownDispute: a.ownDispute,
    mode: a.mode,
    citations: a.citations,
  };
}

/** Over the hourly limit: the polite notice goes out once per hour, not per message. */
async function noticeLimit(deps: QaDeps, ctx: MessageContext, usage: Usage): Promise<void> {
  if (!usage.noticed) {
    await recordQa(deps.db, { memberId: ctx.sender.id, messageId: ctx.message.id, at: ctx.now, outOfScope: false, urgent: false, mode: 'limited' });
    await ctx.reply(limitText(deps.config.QA_HOURLY_LIMIT));
  }
  deps.log.info({ messageId: ctx.message.id, memberId: ctx.sender.id }, 'legal question over the hourly limit');
}

/** The danger answer jumps the queue (alert priority), in the same conversation as `ctx.reply`. */
async function replyAtOnce(deps: AppDeps, ctx: MessageContext, text: string): Promise<void> {
  const key = `lawqa-urgent:${ctx.message.id}`;
  if (ctx.room) {
    await deps.outbox.enqueue({ purpose: 'lawqa-urgent', priority: 'alert', to: { room: ctx.room.id }, mentions: [ctx.sender.id], text, key });
  } else {
    await deps.outbox.enqueue({ purpose: 'lawqa-urgent', priority: 'alert', to: { member: ctx.sender.id }, text, key });
  }
}

/** 有用 / 没用: recorded against the asker's last answer of the past day. */
export async function handleFeedback(deps: AppDeps, ctx: MessageContext): Promise<void> {
  const helpful = feedbackOf(ctx.text);
  const since = new Date(ctx.now.getTime() - FOLLOW_UP_HOURS * 3_600_000);
  const last = helpful === null ? null : await lastAnswer(deps.db, ctx.sender.id, since);
  if (!last || helpful === null) return ctx.reply(NOTHING_TO_RATE);
  await setHelpful(deps.db, last.id, helpful);
  await ctx.reply(helpful ? THANKS : SORRY);
}
