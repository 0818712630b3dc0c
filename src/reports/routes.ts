import { parseCommand } from '../core/command.js';
import { commandRoute, type MessageContext, type Route } from '../core/router.js';
import type { AppDeps } from '../app-deps.js';
import { registerDispute } from './daily.js';
import { CONFIRM_WORDS, confirmPending, readWithModel } from './free-text.js';
import { receiveParsed, type IntakeDeps } from './intake.js';
import type { ReportParser } from './parse.js';
import { mayReport } from './place.js';
import type { ParsedReport } from './types.js';

type Reading = { kind: 'report'; parsed: ParsedReport } | { kind: 'free'; parsed: null };

// Free text that reads like a report: screening words and a households count (走访了72户).
const FREE_REPORT = /(?:排查|走访|入户)[^。\n]{0,16}?(?:\d+|[零一二两三四五六七八九十百]+)\s*户|(?:\d+|[一二两三四五六七八九十百]+)\s*户[^。\n]{0,8}?(?:排查|走访)/u;

const privateReporter = (ctx: MessageContext): boolean =>
  ctx.isPrivate && (ctx.sender.role === 'worker' || ctx.sender.role === 'chief') && ctx.sender.active;

/**
 * Reads a message once per context: a report (a header, or in a private chat with a worker or chief
 * any report field), or free text that reads like one when a model can help; null otherwise.
 */
function reader(deps: IntakeDeps, parse: ReportParser) {
  const seen = new WeakMap<MessageContext, Reading | null>();
  return (ctx: MessageContext): Reading | null => {
    if (seen.has(ctx)) return seen.get(ctx)!;
    const command = parseCommand(ctx.text);
    let reading: Reading | null = null;
    if (!command || command.name === '周报') {
      const parsed = parse(ctx.text, { replyToReminder: privateReporter(ctx) });
      if (!parsed.errors.some((e) => e.field === 'header')) reading = { kind: 'report', parsed };
      else if (deps.chatModel && privateReporter(ctx) && FREE_REPORT.test(ctx.text)) reading = { kind: 'free', parsed: null };
    }
    seen.set(ctx, reading);
    return reading;
  };
}

/** The weekly report itself, however it is written. */
export function reportRoute(deps: IntakeDeps, parse: ReportParser): Route {
  const read = reader(deps, parse);
  return {
    name: '周报',
    match: (ctx) => read(ctx) !== null,
    async handle(ctx) {
      const r = read(ctx)!;
      if (r.kind === 'report' && (r.parsed.ok || !deps.chatModel || !mayReport(ctx.sender))) return receiveParsed(deps, ctx, r.parsed);
      await readWithModel(deps, ctx, r.parsed);
    },
  };
}

/** `确认`, privately, after the model read a free-text report. */
export function confirmRoute(deps: IntakeDeps): Route {
  return {
    name: '周报 确认',
    match: (ctx) => deps.chatModel !== null && ctx.isPrivate && mayReport(ctx.sender) && CONFIRM_WORDS.includes(ctx.text.trim()),
    handle: (ctx) => confirmPending(deps, ctx),
  };
}

/** `#纠纷 类型:… 事由:…`: one dispute, any day. */
export const disputeRoute = (deps: AppDeps): Route => commandRoute(['纠纷'], (ctx) => registerDispute(deps, ctx));
