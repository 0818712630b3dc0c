import type { AppDeps } from '../app-deps.js';
import type { ChatModel } from '../llm/chat-model.js';
import { tell, type MessageContext } from '../kernel/router.js';
import { gridLabel, memberGridInfo } from '../roster/index.js';
import type { Member } from '../db/types.js';
import { recordReport } from './repo.js';
import { weekLabel, weekWindow } from './cycle/cycle.js';
import { announceLate } from './cycle/late.js';
import { weekOfReport } from './cycle/report-week.js';
import { savePending } from './free-text/pending.js';
import { mayReport, NOT_A_REPORTER, reportGrid } from '../roster/reporting.js';
import { confirmation, errorReply, groupReceipt, type Stored } from './replies.js';
import { GROUP_ERRORS } from '../grammar/messages.js';
import { loadSettings } from './cycle/settings.js';
import { understoodLines } from './spoken-receipt.js';
import { withOwnGrid } from '../grammar/teach.js';
import { householdProblems } from '../grammar/households.js';
import type { ParsedReport, ReportDraft } from '../grammar/types.js';

export interface IntakeDeps extends AppDeps {
  /** Set when an LLM is configured: free-text reports are then read by the model and confirmed. */
  chatModel: ChatModel | null;
}

/** '上司村一组' for a member of a grid, else null. */
async function ownGrid(deps: AppDeps, member: Member): Promise<string | null> {
  if (member.gridId === null) return null;
  const place = await memberGridInfo(deps.db, member.id);
  return place?.village && place.grid ? gridLabel(place.village, place.grid) : null;
}

/** What to fix in a report, privately, its examples written with the sender's own grid. */
export async function tellFix(deps: AppDeps, ctx: MessageContext, details: string): Promise<void> {
  await tell(ctx, withOwnGrid(details, await ownGrid(deps, ctx.sender)), GROUP_ERRORS);
}

export interface Source {
  rawText: string;
  /** The inbound message that carried the report (kept with it, and makes a re-handled message harmless). */
  inboundMessageId: number;
  /** Read from plain words: the receipt also says what was understood and how to correct it. */
  spoken?: boolean;
}

/**
 * Stores a complete report and confirms it: grid, households, each dispute with its ledger code,
 * what happens next. A resend for the same grid and week replaces the earlier one (kept as history).
 */
export async function saveReport(deps: AppDeps, ctx: MessageContext, draft: ReportDraft, source: Source): Promise<boolean> {
  const implausible = householdProblems(draft);
  if (implausible.length) {
    await tellFix(deps, ctx, errorReply(implausible));
    return false;
  }
  // Independent reads, sent together: on a server they travel on two connections at once.
  const [place, settings] = await Promise.all([reportGrid(deps.db, ctx.sender, draft.grid ?? ''), loadSettings(deps.db)]);
  if (!place.ok) {
    await ctx.reply(place.message);
    return false;
  }
  const tz = deps.config.TZ;
  const stated = weekOfReport(settings, source.rawText, ctx.now, tz);
  if (!stated.ok) {
    await ctx.reply(stated.problems[0]!.message);
    return false;
  }
  const week = stated.value;
  const recorded = await recordReport(deps, {
    reporter: ctx.sender, gridId: place.grid.gridId, isoWeek: week, inboundMessageId: source.inboundMessageId,
    households: draft.households ?? 0, nil: draft.nil, rawText: source.rawText, drafts: draft.disputes, at: ctx.now, place: place.grid,
  });
  if (!recorded) {
    await ctx.reply('这份周报已经收到了，不用重发。');
    return true;
  }
  const stored: Stored = {
    grid: gridLabel(place.grid.village, place.grid.grid), week: weekLabel(week, tz),
    late: ctx.now > weekWindow(settings, week, tz).deadlineAt, households: recorded.report.households, nil: recorded.report.nil,
    disputes: recorded.disputes, revision: recorded.report.revision, voided: recorded.voided, followupDays: deps.config.FOLLOWUP_DAYS, spoken: source.spoken,
  };
  const details = source.spoken ? [confirmation(stored), ...understoodLines(draft)].join('\n') : confirmation(stored);
  await tell(ctx, details, groupReceipt(stored));
  await announceLate(deps, settings, {
    grid: stored.grid, gridId: place.grid.gridId, week, revision: stored.revision,
    households: stored.households, disputes: stored.disputes.length, nil: stored.nil,
  }, ctx.now);
  return true;
}

/** Answers a parsed report: saved, or the parser's precise errors with the expected form. */
export async function receiveParsed(deps: AppDeps, ctx: MessageContext, parsed: ParsedReport): Promise<void> {
  if (!mayReport(ctx.sender)) return ctx.reply(NOT_A_REPORTER);
  if (parsed.ok) {
    const source = { rawText: ctx.message.text, inboundMessageId: ctx.message.id, spoken: parsed.form === 'spoken' };
    const saved = await saveReport(deps, ctx, parsed.report, source);
    // Kept so that a reply such as 第2件是已化解 corrects what was read from plain words.
    if (saved && source.spoken) await savePending(deps.db, ctx.sender.id, { draft: parsed.report, rawText: source.rawText, inboundMessageId: source.inboundMessageId, at: ctx.now }, 'spoken');
    return;
  }
  deps.log.info({ messageId: ctx.message.id, fields: parsed.errors.map((e) => e.field) }, 'report rejected');
  await tellFix(deps, ctx, errorReply(parsed.errors));
}
