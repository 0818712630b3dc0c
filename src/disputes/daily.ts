import type { DisputeDeps } from './deps.js';
import { tell, type MessageContext } from '../kernel/router.js';
import { gridLabel } from '../roster/index.js';
import { registerCases } from '../ledger/index.js';
import { parseDisputeLine } from '../grammar/parse.js';
import { defaultGrid, mayReport, NOT_A_REPORTER, reportGrid, type PlaceResult } from '../roster/reporting.js';
import { disputeErrors, disputeSaved, disputeSavedInGroup } from './replies.js';
import { GROUP_ERRORS } from '../grammar/messages.js';

// `#纠纷 网格:上司村三组 类型:…` names the grid; without it the sender's own grid is meant.
const GRID_FIELD = /(?:所在网格|网格名称|网格)\s*[:：=]\s*([^\s,，;；。]+)[\s,，;；。]*/u;

async function gridOf(deps: DisputeDeps, ctx: MessageContext, named: string | null): Promise<PlaceResult> {
  return named ? reportGrid(deps.db, ctx.sender, named) : defaultGrid(deps.db, ctx);
}

/**
 * `#纠纷 类型:邻里 当事人:张某、李某 事由:…`: the daily screening, one new dispute any day. It goes
 * into the ledger at once (risk alerts included); details are answered privately only.
 */
export async function registerDispute(deps: DisputeDeps, ctx: MessageContext): Promise<void> {
  if (!mayReport(ctx.sender)) return ctx.reply(NOT_A_REPORTER);
  const gridField = GRID_FIELD.exec(ctx.text);
  const text = gridField ? ctx.text.replace(gridField[0], ' ') : ctx.text;
  const parsed = parseDisputeLine(text);
  if (!parsed.ok) return tell(ctx, disputeErrors(parsed.errors), GROUP_ERRORS);
  const place = await gridOf(deps, ctx, gridField?.[1] ?? null);
  if (!place.ok) return ctx.reply(place.message);
  // Handled again after a crash, the message finds the case it registered (same code, same reply).
  const [dispute] = await registerCases(deps, {
    reporter: ctx.sender,
    gridId: place.grid.gridId,
    reportId: null,
    drafts: [parsed.dispute],
    messageId: ctx.message.id,
    at: ctx.now,
  });
  if (!dispute) return;
  await tell(ctx, disputeSaved(dispute, gridLabel(place.grid.village, place.grid.grid)), disputeSavedInGroup(dispute));
}
