import type { AppDeps } from '../app-deps.js';
import { householdProblems } from '../grammar/households.js';
import type { ParsedReport, ReportDraft } from '../grammar/types.js';
import type { MessageContext } from '../kernel/router.js';
import { announceRisks } from '../ledger/index.js';
import { mayReport, NOT_A_REPORTER, reportGrid } from '../roster/reporting.js';
import { announceLate } from './cycle/late.js';
import { weekOfReport } from './cycle/report-week.js';
import { loadSettings } from './cycle/settings.js';
import { savePending } from './free-text/pending.js';
import { confirmReport, tellFix, type Source } from './intake.js';
import { errorReply } from './replies.js';
import { recordReport } from './repo.js';

/**
 * One weekly report, start to end: plausible counts, the grid it is for, the week it counts for,
 * stored (a resend for the same grid and week replaces the earlier one, kept as history), the
 * centre alerted of flagged cases, the worker answered, a late report announced. False when the
 * worker was told what to fix instead.
 */
export async function saveReport(deps: AppDeps, ctx: MessageContext, draft: ReportDraft, source: Source): Promise<boolean> {
  const implausible = householdProblems(draft);
  if (implausible.length) return refused(tellFix(deps, ctx, errorReply(implausible)));
  // Independent reads, sent together: on a server they travel on two connections at once.
  const [place, settings] = await Promise.all([reportGrid(deps.db, ctx.sender, draft.grid ?? ''), loadSettings(deps.db)]);
  if (!place.ok) return refused(ctx.reply(place.message));
  const week = weekOfReport(settings, source.rawText, ctx.now, deps.calendar);
  if (!week.ok) return refused(ctx.reply(week.problems[0]!.message));
  const recorded = await recordReport(deps, {
    reporter: ctx.sender,
    gridId: place.grid.gridId,
    isoWeek: week.value,
    inboundMessageId: source.inboundMessageId,
    households: draft.households ?? 0,
    nil: draft.nil,
    rawText: source.rawText,
    drafts: draft.disputes,
    at: ctx.now,
    place: place.grid,
  });
  if (!recorded) return ctx.reply('这份周报已经收到了，不用重发。').then(() => true);
  await announceRisks(deps, recorded.disputes);
  const stored = await confirmReport(deps, ctx, { draft, source, place: place.grid, settings, week: week.value, recorded });
  await announceLate(deps, settings, { ...stored, gridId: place.grid.gridId, week: week.value, disputes: stored.disputes.length }, ctx.now);
  return true;
}

const refused = (told: Promise<void>): Promise<boolean> => told.then(() => false);

/** A parsed report from chat: saved if the sender reports and it is complete, else what to fix. */
export async function receiveParsed(deps: AppDeps, ctx: MessageContext, parsed: ParsedReport): Promise<void> {
  if (!mayReport(ctx.sender)) return ctx.reply(NOT_A_REPORTER);
  if (!parsed.ok) {
    deps.log.info({ messageId: ctx.message.id, fields: parsed.errors.map((e) => e.field) }, 'report rejected');
    return tellFix(deps, ctx, errorReply(parsed.errors));
  }
  const source = { rawText: ctx.message.text, inboundMessageId: ctx.message.id, spoken: parsed.form === 'spoken' };
  const saved = await saveReport(deps, ctx, parsed.report, source);
  // Kept so that a reply such as 第2件是已化解 corrects what was read from plain words.
  if (saved && source.spoken)
    await savePending(deps.db, ctx.sender.id, { draft: parsed.report, rawText: source.rawText, inboundMessageId: source.inboundMessageId, at: ctx.now }, 'spoken');
}
