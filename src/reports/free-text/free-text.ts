import { and, eq } from 'drizzle-orm';
import type { MessageContext } from '../../kernel/router.js';
import { members } from '../../db/schema.js';
import { CATEGORY_LABELS, RISK_LABELS, STATUS_LABELS } from '../../ledger/index.js';
import { tellFix, type IntakeDeps } from '../intake.js';
import { saveReport } from '../handle.js';
import { tell } from '../../kernel/router.js';
import { draftProblems, extractReport } from './llm-extract.js';
import { dropPending, loadPending, savePending } from './pending.js';
import { reportGrid } from '../../roster/reporting.js';
import { errorReply } from '../replies.js';
import { TEMPLATE_EXAMPLE } from '../../grammar/teach.js';
import type { DisputeDraft, ParsedReport, ReportDraft } from '../../grammar/types.js';

/** Words that confirm a draft the model read. */
export const CONFIRM_WORDS = ['确认', '确认保存', '确认无误', '确定'];

const disputeLine = (d: DisputeDraft, i: number): string =>
  [
    `${i + 1}. ${d.category ? CATEGORY_LABELS[d.category] : '类型?'}｜${STATUS_LABELS[d.status]}`,
    d.parties.length ? `｜当事人：${d.parties.join('、')}` : '',
    `｜事由：${d.summary}`,
    d.risks.length ? `｜风险：${d.risks.map((r) => RISK_LABELS[r]).join('、')}` : '',
    d.method ? `｜方式：${d.method}` : '',
  ].join('');

/** What the bot understood, for the worker to check before anything is saved. */
export function understoodText(d: ReportDraft): string {
  const lines = ['我是这样理解的，请核对：', `网格：${d.grid ?? '?'}`, `排查户数：${d.households ?? '?'}户`];
  if (d.nil) lines.push('本周无矛盾纠纷');
  else lines.push(`纠纷：${d.disputes.length}件`, ...d.disputes.map(disputeLine));
  return lines.join('\n');
}

/** Names the model must never see: everyone on the roster, and the parties the rules already read. */
async function knownNames(deps: IntakeDeps, parsed: ParsedReport | null): Promise<string[]> {
  const roster = await deps.db
    .select({ name: members.name })
    .from(members)
    .where(and(eq(members.active, true)));
  return [...roster.map((r) => r.name), ...(parsed?.report.disputes.flatMap((d) => d.parties) ?? [])];
}

/**
 * The rules' reading with only its gaps filled by the model's: a grid, a households count, or a
 * dispute the rules could not place in a category (taken as the model read it). What the rules
 * read stays as they read it.
 */
export function fillGaps(rules: ReportDraft, model: ReportDraft): ReportDraft {
  if (rules.disputes.length === 0 && !rules.nil) return { ...model, grid: rules.grid ?? model.grid, households: rules.households ?? model.households };
  const disputes = rules.disputes.map((d, i) => (d.category ? d : (model.disputes[i] ?? d)));
  return { grid: rules.grid ?? model.grid, households: rules.households ?? model.households, nil: rules.nil, disputes };
}

/**
 * A message that looks like a report but fails the rules: the model reads it, the worker sees what
 * was understood and confirms with 确认. Any failure falls back to the rule errors.
 */
export async function readWithModel(deps: IntakeDeps, ctx: MessageContext, parsed: ParsedReport | null): Promise<void> {
  const fallback = () => tellFix(deps, ctx, parsed ? errorReply(parsed.errors) : `没看懂这份周报，请按格式发：\n${TEMPLATE_EXAMPLE}`);
  if (!deps.chatModel) return fallback();
  const read = await extractReport(deps.chatModel, ctx.text, await knownNames(deps, parsed));
  deps.log.info({ messageId: ctx.message.id, ok: read.ok, reason: read.ok ? null : read.reason }, 'free-text report read by model');
  if (!read.ok) return fallback();
  const draft = parsed ? fillGaps(parsed.report, read.draft) : read.draft;
  const missing = draftProblems(draft);
  if (missing.length) {
    return tellFix(deps, ctx, `${understoodText(draft)}\n但${missing.join('，')}。请补上后按格式重发：\n${TEMPLATE_EXAMPLE}`);
  }
  const place = await reportGrid(deps.db, ctx.sender, draft.grid ?? '');
  if (!place.ok) return ctx.reply(place.message);
  await savePending(deps.db, ctx.sender.id, { draft, rawText: ctx.message.text, inboundMessageId: ctx.message.id, at: ctx.now });
  const ask = '没问题请私聊回复“确认”，我再保存；有误请按格式重发整份周报。';
  await tell(ctx, `${understoodText(draft)}\n${ask}`, '这份周报我整理了一下，已私聊发您核对，请在私聊中回复“确认”。');
}

/** `确认`: saves the member's pending draft, if a fresh one waits. */
export async function confirmPending(deps: IntakeDeps, ctx: MessageContext): Promise<void> {
  const pending = await loadPending(deps.db, ctx.sender.id, ctx.now);
  if (!pending) return ctx.reply('没有等待确认的周报。要报周报请直接按格式发送。');
  const saved = await saveReport(deps, ctx, pending.draft, { rawText: pending.rawText, inboundMessageId: pending.inboundMessageId });
  if (saved) await dropPending(deps.db, ctx.sender.id);
}
