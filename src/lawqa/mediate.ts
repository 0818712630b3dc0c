import { eq } from 'drizzle-orm';
import { chiefOfGrid, memberGridInfo, workersOfGrid } from '../roster/index.js';
import type { AppDeps } from '../app-deps.js';
import { addressedToBot, type MessageContext } from '../kernel/router.js';
import { fromLocal, localParts } from '../kernel/time.js';
import { disputes, qaLog } from '../db/schema.js';
import type { Member } from '../db/types.js';
import { assignDispute, CATEGORY_LABELS, groupSummary, registerCases, type Category, type Dispute } from '../ledger/index.js';
import { notifyAdmins } from '../roster/admin-group.js';
import { FOLLOW_UP_HOURS, MEDIATION_DAYS, mediationRequest } from './chat-words.js';
import type { QaDeps } from './handle.js';
import { lastAnswer, linkDispute, questionText, recordQa } from './repo-qa.js';

const ASK_DETAILS = '请简单说说是什么纠纷，例如：需要调解，邻居家的排水沟把我家田淹了。我会转给您所在网格的网格员。';
const ALREADY = (code: string) => `这件事已经转给网格员了${code}，请等对方联系。`;
const SUMMARY_CHARS = 120;
// 需要调解 is the residents' way in (admin/commands-table.ts); staff register cases themselves.
const MEDIATION_ROLES: ReadonlySet<string> = new Set(['resident', 'household_head']);
const NOT_FOR_STAFF = '“需要调解”是给群众用的，没有登记。网格员、网格长登记纠纷请发：#纠纷 类型:… 事由:…';

/** The ledger's category from the Q&A's category word (the same words); 'other' when unknown. */
export function disputeCategory(label: string | null | undefined): Category {
  const found = (Object.entries(CATEGORY_LABELS) as [Category, string][]).find(([, l]) => l === label);
  return found?.[0] ?? 'other';
}

/** The question as the ledger keeps it: without the @bot, on one line, cut to a sentence end. */
export function summaryOf(question: string): string {
  const flat = question
    .replace(/^\s*@[^\u2005\s]+[\u2005\s]*/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= SUMMARY_CHARS) return flat;
  const cut = flat.slice(0, SUMMARY_CHARS);
  const end = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('，'));
  return end >= SUMMARY_CHARS / 2 ? cut.slice(0, end + 1) : `${cut}……`;
}

interface Request {
  summary: string;
  category: Category;
  qaId: number | null;
}

/** What the resident wants mediated: the details sent with 需要调解, else their last question. */
async function requestOf(deps: QaDeps, ctx: MessageContext): Promise<Request | string> {
  const details = mediationRequest(ctx.text)?.details ?? '';
  if (details) {
    // Only for the category: the retrieval answer (the resident gets no legal answer here).
    const answer = await deps.askByRetrieval(details);
    await recordQa(deps.db, {
      memberId: ctx.sender.id,
      messageId: ctx.message.id,
      at: ctx.now,
      category: answer.category ?? null,
      outOfScope: false,
      urgent: answer.urgent,
      ownDispute: true,
      mode: answer.mode,
      citations: answer.citations,
    });
    const [row] = await deps.db.select({ id: qaLog.id }).from(qaLog).where(eq(qaLog.messageId, ctx.message.id));
    return { summary: summaryOf(details), category: disputeCategory(answer.category), qaId: row?.id ?? null };
  }
  const since = new Date(ctx.now.getTime() - FOLLOW_UP_HOURS * 3_600_000);
  const last = await lastAnswer(deps.db, ctx.sender.id, since, eq(qaLog.outOfScope, false));
  if (!last) return ASK_DETAILS;
  // A case of this very message is no earlier request: it is the message handled again after a crash.
  const linked = last.disputeId === null ? null : await caseOf(deps, last.disputeId);
  if (linked && linked.sourceMessageId !== ctx.message.id) return ALREADY(codeNote(ctx, linked.code));
  const text = await questionText(deps.db, last.messageId);
  if (!text) return ASK_DETAILS;
  return { summary: summaryOf(text), category: disputeCategory(last.category), qaId: last.id };
}

// Ledger codes are never shown in a group (the ledger's rule); the resident may not be the bot's
// friend, so a group request is still answered in the group, without the code.
const codeNote = (ctx: MessageContext, code: string): string => (ctx.isPrivate && code ? `（编号 ${code}）` : '');

async function caseOf(deps: AppDeps, disputeId: number): Promise<{ code: string; sourceMessageId: number | null }> {
  const [row] = await deps.db.select({ code: disputes.code, sourceMessageId: disputes.sourceMessageId }).from(disputes).where(eq(disputes.id, disputeId));
  return row ?? { code: '', sourceMessageId: null };
}

/** Who takes it up: a grid worker not on leave, else the grid's chief; null = the township centre. */
async function handlerFor(deps: AppDeps, gridId: number, now: Date): Promise<Member | null> {
  const workers = await workersOfGrid(deps.db, gridId);
  const present = workers.find((w) => !(w.onLeaveUntil && w.onLeaveUntil > now));
  return present ?? (await chiefOfGrid(deps.db, gridId));
}

function deadlineFrom(now: Date, tz: string): Date {
  const p = localParts(now, tz);
  return fromLocal({ year: p.year, month: p.month, day: p.day + MEDIATION_DAYS, hour: 23, minute: 59, second: 59 }, tz);
}

/**
 * 需要调解: a pending case in the ledger (the resident as reporter, the question as its summary),
 * assigned to the grid worker, who is told privately. Without a grid the township centre is told.
 */
export async function handleMediation(deps: QaDeps, ctx: MessageContext): Promise<void> {
  // Without @bot in a group, only a resident's request the bot can act on is answered (one with
  // details, or the reply to an answer's offer); anything else there stays chat between people.
  const spokenTo = addressedToBot(ctx);
  if (!MEDIATION_ROLES.has(ctx.sender.role)) return spokenTo ? ctx.reply(NOT_FOR_STAFF) : undefined;
  const request = await requestOf(deps, ctx);
  if (typeof request === 'string') return spokenTo ? ctx.reply(request) : undefined;
  const place = await memberGridInfo(deps.db, ctx.sender.id);
  if (!place?.gridId) {
    await tellCentre(deps, ctx, request, null);
    return ctx.reply('已转给镇综治中心，工作人员会尽快联系您。');
  }
  // One case per message, written with the message id and the question's link in one transaction:
  // the message handled again after a crash finds its case (and its assignment), and a 需要调解
  // sent again finds the link, instead of either registering a second case.
  const qaId = request.qaId;
  const [dispute] = await registerCases(deps, {
    reporter: ctx.sender,
    gridId: place.gridId,
    reportId: null,
    messageId: ctx.message.id,
    at: ctx.now,
    drafts: [{ category: request.category, parties: [ctx.sender.name], summary: request.summary, status: 'pending', risks: [], method: null }],
    alongside: qaId === null ? undefined : (tx, d) => linkDispute(tx, qaId, d.id),
  });
  if (!dispute) return;
  const handler = await handlerFor(deps, place.gridId, ctx.now);
  if (!handler) {
    await tellCentre(deps, ctx, request, dispute);
    return ctx.reply(`已登记${codeNote(ctx, dispute.code)}，转给镇综治中心安排人员，会尽快联系您。`);
  }
  const deadline = deadlineFrom(ctx.now, deps.config.TZ);
  // The resident is recorded as asking; `byRequest` lets the bot hand the case on their behalf.
  const assigned = await assignDispute(deps, {
    dispute,
    actor: ctx.sender,
    assignee: { member: handler },
    deadline,
    at: ctx.now,
    byRequest: true,
    messageId: ctx.message.id,
  });
  if (!assigned.ok) deps.log.warn({ code: dispute.code, handlerId: handler.id }, 'mediation case could not be assigned');
  await tellHandler(deps, ctx, assigned.ok ? assigned.value : dispute, handler, `${place.village ?? ''}${place.grid ?? ''}`);
  deps.log.info({ code: dispute.code, memberId: ctx.sender.id, handlerId: handler.id }, 'mediation requested through legal Q&A');
  await ctx.reply(`已转给您所在网格的${handler.role === 'chief' ? '网格长' : '网格员'}${handler.name}${codeNote(ctx, dispute.code)}，会尽快联系您。`);
}

async function tellHandler(deps: AppDeps, ctx: MessageContext, d: Dispute, handler: Member, grid: string): Promise<void> {
  const text = [
    `居民 ${ctx.sender.name}${ctx.sender.phone ? `（电话 ${ctx.sender.phone}）` : ''}（${grid}）在法律问答里请求调解，已登记并交给您：`,
    `编号：${d.code}`,
    `类型：${CATEGORY_LABELS[d.category]}（待化解）`,
    `事由：${d.summary}`,
    `请在 ${MEDIATION_DAYS} 天内联系本人了解情况。办理后回复：#进展 ${d.code} 化解中（或 已化解 方式:人民调解）`,
  ].join('\n');
  await deps.outbox.enqueue({ purpose: 'lawqa-mediation', priority: 'reply', to: { member: handler.id }, text, key: `lawqa-mediation:${d.code}` });
}

/** The township centre (admin group) is the grid worker of residents without one. */
async function tellCentre(deps: AppDeps, ctx: MessageContext, r: Request, d: Dispute | null): Promise<void> {
  const text = [
    `居民 ${ctx.sender.name}${ctx.sender.phone ? `（电话 ${ctx.sender.phone}）` : ''}在法律问答里请求调解，${d ? `已登记 ${d.code}，但所在网格没有网格员` : '但没有登记所在网格'}：`,
    `类型：${CATEGORY_LABELS[r.category]}`,
    // The summary may name the other side and carry their phone: the admin group sees it masked.
    `事由：${groupSummary({ summary: r.summary, parties: [] })}`,
    d ? `请安排人员联系本人，用 #交办 ${d.code} @某人 交办。` : '请安排人员联系本人，并在名册里补上其网格。',
  ].join('\n');
  await notifyAdmins(deps.db, deps.outbox, { purpose: 'lawqa-mediation', priority: 'reply', text, key: `lawqa-mediation:${ctx.message.id}` });
}
