import type { MessageContext } from '../kernel/router.js';
import { applyCorrection, type Correction } from '../grammar/correction.js';
import type { IntakeDeps } from './intake.js';
import { saveReport } from './handle.js';
import type { Matchers } from '../grammar/matchers.js';
import { loadPending, savePending } from './free-text/pending.js';

const NOTHING_TO_CORRECT = '没有可以这样更正的周报：回复更正只用于一天内用大白话报的周报。请整份重发周报，以最后一份为准。';

/**
 * `第2件是已化解`, `户数是90`: fixes the report last read from the worker's plain words and saves
 * it again (the ledger keeps the earlier one as history), with the new receipt.
 */
export async function correctSpoken(deps: IntakeDeps, ctx: MessageContext, c: Correction, m: Matchers): Promise<void> {
  const last = await loadPending(deps.db, ctx.sender.id, ctx.now, 'spoken');
  if (!last) return ctx.reply(NOTHING_TO_CORRECT);
  const fixed = applyCorrection(last.draft, c, m);
  if (typeof fixed === 'string') return ctx.reply(fixed);
  const rawText = `${last.rawText}\n更正：${ctx.message.text}`;
  const source = { rawText, inboundMessageId: ctx.message.id, spoken: true };
  if (await saveReport(deps, ctx, fixed, source)) {
    await savePending(deps.db, ctx.sender.id, { draft: fixed, rawText, inboundMessageId: ctx.message.id, at: ctx.now }, 'spoken');
  }
}
