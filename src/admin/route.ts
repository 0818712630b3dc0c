import type { Command } from '../kernel/command.js';
import { commandRoute, type MessageContext, type Route } from '../kernel/router.js';
import type { Db } from '../db/client.js';
import { audit } from './audit.js';
import { requireAdmin, requirePlace, type Place } from './guard.js';

/** How an admin command ended: what to answer, and what the audit keeps. */
export interface Outcome {
  ok: boolean;
  reply: string;
  /** Also sent to the sender privately (an invite code must never be shown in a group). */
  privately?: string;
  /** The audit's result text when it must differ from the reply (no secrets). */
  audit?: string;
}

export interface AdminCommandSpec {
  names: readonly string[];
  place: Place;
  /** false for commands anyone may send (such as `#认领`); they are still audited. */
  adminOnly: boolean;
}

export type RunCommand = (ctx: MessageContext, command: Command) => Promise<Outcome>;

/**
 * A `#command` route with the admin rules built in: the guard runs first (a refusal changes
 * nothing), every attempt is audited, and the outcome is answered in the same conversation.
 */
export function adminCommand(db: Db, spec: AdminCommandSpec, run: RunCommand): Route {
  return commandRoute(spec.names, async (ctx, command) => {
    const guard = spec.adminOnly ? requireAdmin(ctx, spec.place) : requirePlace(ctx, spec.place);
    const outcome = guard.ok ? await runAudited(db, ctx, command, run) : { ok: false, reply: guard.refusal };
    await record(db, ctx, outcome);
    await ctx.reply(outcome.reply);
    if (outcome.privately) await ctx.replyPrivately(outcome.privately);
  });
}

async function runAudited(db: Db, ctx: MessageContext, command: Command, run: RunCommand): Promise<Outcome> {
  try {
    return await run(ctx, command);
  } catch (err) {
    // The per-message boundary logs and apologises; the audit still shows the attempt.
    await record(db, ctx, { ok: false, reply: '', audit: '出错，未完成' });
    throw err;
  }
}

const record = (db: Db, ctx: MessageContext, outcome: Outcome): Promise<void> =>
  audit(db, { at: ctx.now, actor: ctx.sender, command: ctx.text, ok: outcome.ok, result: outcome.audit ?? outcome.reply });

export const done = (reply: string, extra: Partial<Outcome> = {}): Outcome => ({ ok: true, reply, ...extra });
export const refused = (reply: string, extra: Partial<Outcome> = {}): Outcome => ({ ok: false, reply, ...extra });
