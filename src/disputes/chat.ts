import type { DisputeDeps } from './deps.js';
import type { Problem } from '../kernel/result.js';
import type { MessageContext } from '../kernel/router.js';
import { CASE_ROLES, may, REFUSAL, type Action } from '../ledger/access.js';
import { findCode, type FoundCode } from '../ledger/codes.js';
import { findDispute } from '../ledger/repo.js';
import type { Dispute } from '../ledger/types.js';

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

// Staff who may not act on a case are told where their own are; others learn nothing at all.
const MINE_HINT = '发 #我的 可以看交给您或您登记的纠纷。';

/** A number alone is read as this year's: when that finds nothing, say so and how to name another year. */
function notFound(found: FoundCode): string {
  const base = `没有找到编号为 ${found.code} 的纠纷，请核对编号。`;
  if (!found.yearAssumed) return base;
  const [prefix, year, n] = found.code.split('-');
  return `${base}只写号数时按今年（${year}年）找；往年的请写全，如 ${prefix}-${Number(year) - 1}-${n}。`;
}

/** Finds the case named in the command and checks the sender may `action` it; answers when not. */
export async function loadCase(deps: DisputeDeps, ctx: MessageContext, rest: string, usage: string, action: Action): Promise<LoadedCase | null> {
  const found = findCode(rest, { prefix: deps.config.DISPUTE_CODE_PREFIX, year: deps.calendar.local(ctx.now).year });
  if (!found) {
    await answer(ctx, `请写上纠纷编号，例如：${usage}`);
    return null;
  }
  const dispute = await findDispute(deps.db, found.code);
  if (dispute && may(ctx.sender, dispute, action)) return { dispute, rest: found.rest };
  // Anyone who could not hold a case learns nothing, not even whether a code exists.
  const known = CASE_ROLES.has(ctx.sender.role) && ctx.sender.active;
  await answer(ctx, !dispute && known ? notFound(found) : known ? `${REFUSAL}\n${MINE_HINT}` : REFUSAL);
  deps.log.info({ messageId: ctx.message.id, code: found.code, senderId: ctx.sender.id, action }, 'dispute access refused');
  return null;
}
