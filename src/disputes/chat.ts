import type { AppDeps } from '../app-deps.js';
import type { Problem } from '../core/result.js';
import type { MessageContext } from '../core/router.js';
import { CASE_ROLES, may, REFUSAL, type Action } from './access.js';
import { findCode } from './codes.js';
import { findDispute } from './repo.js';
import type { Dispute } from './types.js';

export const IN_GROUP = '收到。纠纷信息不在群里说，详情已私信发给您，请在私聊中继续。';

/**
 * Answers with dispute details privately. In a group the group only hears that the message was
 * received, whoever asked and whatever the answer is, so nothing about a case leaks there.
 */
export async function answer(ctx: MessageContext, text: string): Promise<void> {
  if (ctx.isPrivate) return ctx.reply(text);
  await ctx.reply(IN_GROUP);
  await ctx.replyPrivately(text);
}

export const problemsText = (problems: Problem[]): string => problems.map((p) => p.message).join('\n');

export interface LoadedCase {
  dispute: Dispute;
  /** The command's text with the code taken out. */
  rest: string;
}

/** Finds the case named in the command and checks the sender may `action` it; answers when not. */
export async function loadCase(deps: AppDeps, ctx: MessageContext, rest: string, usage: string, action: Action): Promise<LoadedCase | null> {
  const found = findCode(rest);
  if (!found) {
    await answer(ctx, `请写上纠纷编号，例如：${usage}`);
    return null;
  }
  const dispute = await findDispute(deps.db, found.code);
  if (dispute && may(ctx.sender, dispute, action)) return { dispute, rest: found.rest };
  // Anyone who could not hold a case learns nothing, not even whether a code exists.
  const known = CASE_ROLES.has(ctx.sender.role) && ctx.sender.active;
  await answer(ctx, !dispute && known ? `没有找到编号为 ${found.code} 的纠纷，请核对编号。` : REFUSAL);
  deps.log.info({ messageId: ctx.message.id, code: found.code, senderId: ctx.sender.id, action }, 'dispute access refused');
  return null;
}
