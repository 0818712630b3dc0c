import { parseCommand } from '../kernel/command.js';
import { addressedToBot, commandRoute, type MessageContext, type Route } from '../kernel/router.js';
import type { AppDeps } from '../app-deps.js';
import { CONFIRM_WORDS, confirmPending, readWithModel } from './free-text/free-text.js';
import type { IntakeDeps } from './intake.js';
import { receiveParsed } from './handle.js';
import type { ReportParser } from '../grammar/parse.js';
import { mayReport, rosterGridNames } from '../roster/reporting.js';
import { correctSpoken } from './correct.js';
import { parseCorrection } from '../grammar/correction.js';
import { compileMatchers } from '../grammar/matchers.js';
import { defaultVocabulary, type Vocabulary } from '../grammar/vocabulary.js';
import type { ParsedReport } from '../grammar/types.js';

type Reading = { kind: 'report'; parsed: ParsedReport } | { kind: 'free'; parsed: null };

// Free text that reads like a report: screening words and a households count (走访了72户).
const FREE_REPORT = /(?:排查|走访|入户)[^。\n]{0,16}?(?:\d+|[零一二两三四五六七八九十百]+)\s*户|(?:\d+|[一二两三四五六七八九十百]+)\s*户[^。\n]{0,8}?(?:排查|走访)/u;

const privateReporter = (ctx: MessageContext): boolean => ctx.isPrivate && (ctx.sender.role === 'worker' || ctx.sender.role === 'chief') && ctx.sender.active;

/**
 * A report said in plain words counts only from someone who reports (a resident's story is a
 * question for the Q&A), and in a group only when complete or said to the bot: chatter that merely
 * mentions a grid is not answered with a list of what is missing.
 */
function spokenCounts(ctx: MessageContext, parsed: ParsedReport): boolean {
  if (parsed.form !== 'spoken') return true;
  return mayReport(ctx.sender) && (parsed.ok || addressedToBot(ctx));
}

/**
 * Reads a message once per context: a report (a header, keys, or the plain-words form), or free
 * text that reads like one. A worker's report-like message is never left to the legal Q&A: without
 * a model it is answered with what to send.
 */
function reader(deps: IntakeDeps, parse: ReportParser) {
  const seen = new WeakMap<MessageContext, Reading | null>();
  return (ctx: MessageContext): Reading | null => {
    if (seen.has(ctx)) return seen.get(ctx)!;
    const command = parseCommand(ctx.text);
    let reading: Reading | null = null;
    if (!command || command.name === '周报') {
      const parsed = parse(ctx.text, { replyToReminder: privateReporter(ctx) });
      if (!parsed.errors.some((e) => e.field === 'header')) reading = spokenCounts(ctx, parsed) ? { kind: 'report', parsed } : null;
      else if (privateReporter(ctx) && FREE_REPORT.test(ctx.text)) reading = deps.chatModel ? { kind: 'free', parsed: null } : { kind: 'report', parsed };
    }
    seen.set(ctx, reading);
    return reading;
  };
}

/** A report read from plain words is read again against the roster's grid names. */
async function withRoster(deps: IntakeDeps, parse: ReportParser, ctx: MessageContext, r: Reading): Promise<Reading> {
  if (r.kind !== 'report' || r.parsed.form !== 'spoken') return r;
  const again = parse(ctx.text, { replyToReminder: privateReporter(ctx), knownGrids: await rosterGridNames(deps.db) });
  return again.errors.some((e) => e.field === 'header') ? r : { kind: 'report', parsed: again };
}

/** The weekly report itself, however it is written. */
export function reportRoute(deps: IntakeDeps, parse: ReportParser): Route {
  const read = reader(deps, parse);
  return {
    name: '周报',
    match: (ctx) => read(ctx) !== null,
    async handle(ctx) {
      const r = await withRoster(deps, parse, ctx, read(ctx)!);
      if (r.kind === 'report' && (r.parsed.ok || !deps.chatModel || !mayReport(ctx.sender))) return receiveParsed(deps, ctx, r.parsed);
      await readWithModel(deps, ctx, r.parsed);
    },
  };
}

/** `第2件是已化解`, `户数是90`, privately, after a report read from plain words. */
export function correctionRoute(deps: IntakeDeps, vocab: Vocabulary = defaultVocabulary): Route {
  const m = compileMatchers(vocab);
  return {
    name: '周报 更正',
    match: (ctx) => ctx.isPrivate && mayReport(ctx.sender) && parseCorrection(ctx.text) !== null,
    handle: (ctx) => correctSpoken(deps, ctx, parseCorrection(ctx.text)!, m),
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
