import type { AppDeps } from '../app-deps.js';
import type { Person } from '../kernel/person.js';
import { GROUP_ERRORS } from '../grammar/messages.js';
import { withOwnGrid } from '../grammar/teach.js';
import type { ReportDraft } from '../grammar/types.js';
import { tell, type MessageContext } from '../kernel/router.js';
import type { GridRef } from '../roster/index.js';
import type { ChatModel } from '../llm/chat-model.js';
import { gridLabel, memberGridInfo } from '../roster/index.js';
import { weekLabel, weekWindow, type CycleSettings } from './cycle/cycle.js';
import { confirmation, groupReceipt, type Stored } from './replies.js';
import type { RecordedReport } from './repo.js';
import { understoodLines } from './spoken-receipt.js';

export interface IntakeDeps extends AppDeps {
  /** Set when an LLM is configured: free-text reports are then read by the model and confirmed. */
  chatModel: ChatModel | null;
}

/** '上司村一组' for a member of a grid, else null. */
async function ownGrid(deps: AppDeps, member: Person): Promise<string | null> {
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

export interface Confirmed {
  draft: ReportDraft;
  source: Source;
  place: GridRef;
  settings: CycleSettings;
  week: string;
  recorded: RecordedReport;
}

/** Answers a stored report: the whole receipt privately, a short receipt in a group. */
export async function confirmReport(deps: AppDeps, ctx: MessageContext, c: Confirmed): Promise<Stored> {
  const cal = deps.calendar;
  const { recorded, week } = c;
  const stored: Stored = {
    grid: gridLabel(c.place.village, c.place.grid),
    week: weekLabel(week, cal),
    late: ctx.now > weekWindow(c.settings, week, cal).deadlineAt,
    households: recorded.report.households,
    nil: recorded.report.nil,
    disputes: recorded.disputes,
    revision: recorded.report.revision,
    voided: recorded.voided,
    followupDays: deps.config.FOLLOWUP_DAYS,
    spoken: c.source.spoken,
  };
  const details = c.source.spoken ? [confirmation(stored), ...understoodLines(c.draft)].join('\n') : confirmation(stored);
  await tell(ctx, details, groupReceipt(stored));
  return stored;
}
