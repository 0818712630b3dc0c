import type { AppDeps } from '../app-deps.js';
import { addressedToBot, type MessageContext } from '../kernel/router.js';
import { activeMemberNames } from '../roster/index.js';
import { createSecondOpinion, recogniseDanger, worthASecondLook, type SecondOpinion } from '../safety/index.js';
import { dangerOf, detectInjection, type Danger } from './guard.js';

/** A second opinion must not hold up an answer to someone in danger: a few seconds at most. */
const OPINION_MS = 5_000;

/** Danger in what a person wrote: the rules first, then, where they found none, the model's second opinion. */
export interface DangerJudge {
  /** Could the model be asked about this text, not addressed to the bot? (For a route's match, which cannot wait.) */
  mayAsk(text: string): boolean;
  /** `asked`: a question put to the bot, always worth a second opinion (default: private or @bot). */
  judge(ctx: MessageContext, asked?: boolean): Promise<Danger | null>;
}

/**
 * One judge for the app. Without a chat model it is the rules alone. The model is never asked when
 * the rules already raised the alarm, so it cannot lower one; nor about a message trying to give
 * the bot instructions (it could be talked into an alarm). A question to the bot is always put to
 * it; what nobody addressed to the bot (group chatter, ledger notes) only when it names some harm.
 */
export function createDangerJudge(deps: AppDeps): DangerJudge {
  const opinion: SecondOpinion | null = deps.chatModel
    ? createSecondOpinion(deps.chatModel, {
        timeoutMs: Math.min(deps.config.LLM_TIMEOUT_MS, OPINION_MS),
        onFailure: (reason) => deps.log.info({ reason }, 'danger second opinion not used, the rules stand'),
      })
    : null;
  const mayAsk = (text: string): boolean => opinion !== null && worthASecondLook(text) && !detectInjection(text);
  const worthIt = (text: string, asked: boolean): boolean => (asked ? opinion !== null && !detectInjection(text) : mayAsk(text));
  return {
    mayAsk,
    async judge(ctx, asked = addressedToBot(ctx)) {
      const rules = recogniseDanger(ctx.text);
      if (rules.urgent || !opinion || !worthIt(ctx.text, asked)) return dangerOf(rules);
      const danger = dangerOf(await opinion(ctx.text, rules, await activeMemberNames(deps.db)));
      if (danger?.by === 'model') deps.log.warn({ messageId: ctx.message.id, kind: danger.kind }, 'danger raised by the model, the rules found none');
      return danger;
    },
  };
}
