import type { DisputeDeps } from './deps.js';
import type { Command } from '../kernel/command.js';
import type { MessageContext } from '../kernel/router.js';
import { CASE_ROLES } from '../ledger/access.js';
import { addFollowup, changeStatus } from '../ledger/changes.js';
import { answer, loadCase, problemsText } from './chat.js';
import { parseFollowup, parseProgress } from './commands-parse.js';
import { eventsOf, followupsOf, namesFor, openCasesFor } from '../ledger/repo.js';
import { caseCard, caseLine, followupText, historyText } from './render.js';
import type { Status } from '../ledger/types.js';
import { STATUS_LABELS } from '../ledger/vocabulary.js';

const PROGRESS_USAGE = '#进展 SS-2026-0007 已化解 方式:人民调解 双方签了协议';
const FOLLOWUP_USAGE = '#回访 SS-2026-0007 满意 双方已和好';
const SHOW_USAGE = '#查 SS-2026-0007';
const MINE_LIMIT = 30;
const MINE_REFUSAL = '抱歉，#我的 只有网格员、网格长、调解员和管理员可以用。';
const EXAMPLE_CODE = 'SS-2026-0007';

/** A usage line about a real case: `#回访 SS-2026-0003 满意 …` rather than the example's code. */
const withCode = (usage: string, code: string): string => usage.replace(EXAMPLE_CODE, code);

/**
 * Where a progress message moves a case. 没谈拢 or 调解失败 on a case already being mediated says it
 * is still open, not that it goes back to 待化解: a note. Only the label 待化解 itself asks for that
 * (and is refused by the transitions).
 */
function progressTarget(from: Status, to: Status | null, word: string | null): Status | null {
  if (to === 'pending' && from === 'in_progress' && word !== STATUS_LABELS.pending) return null;
  return to;
}

/** `#进展 SS-2026-0007 已化解 方式:人民调解 [备注]` */
export async function handleProgress(deps: DisputeDeps, ctx: MessageContext, cmd: Command): Promise<void> {
  const loaded = await loadCase(deps, ctx, cmd.rest, PROGRESS_USAGE, 'progress');
  if (!loaded) return;
  const parsed = parseProgress(loaded.rest);
  if (!parsed.ok) return answer(ctx, problemsText(parsed.problems));
  const p = parsed.value;
  const d = loaded.dispute;
  const to = progressTarget(d.status, p.to, p.word);
  // 转派出所 says where a case went, 没谈拢 why it is still open; keep such a word in the note.
  const word = p.word && p.to !== null && (p.to === 'escalated' || p.to === 'pending') && p.word !== STATUS_LABELS[p.to] ? p.word : null;
  const note = [word, p.note].filter(Boolean).join('；') || null;
  const result = await changeStatus(deps, { dispute: d, actor: ctx.sender, to, method: p.method, note, at: ctx.now });
  if (!result.ok) return answer(ctx, problemsText(result.problems));
  const after = result.value;
  const head =
    after.status === d.status ? `已记下 ${d.code} 的进展（${STATUS_LABELS[after.status]}）。` : `已更新 ${d.code}：${STATUS_LABELS[d.status]} → ${STATUS_LABELS[after.status]}。`;
  const lines = [head];
  if (p.method) lines.push(`化解方式：${p.method}`);
  // Nothing in the message named a status: say so, so a status written some other way is not lost.
  if (p.to === null) lines.push(`没看出新的状态，状态未改。要改状态请写：${withCode('#进展 SS-2026-0007 已化解（或 化解中、已移交）', d.code)}`);
  if (after.status === 'resolved' && d.status !== 'resolved') {
    // The worker copies this line: it must name this case, not the example's code.
    lines.push(`${deps.config.FOLLOWUP_DAYS} 天后我会提醒回访，回访后请发：${withCode(FOLLOWUP_USAGE, d.code)}`);
  }
  await answer(ctx, lines.join('\n'));
}

/** `#回访 SS-2026-0007 满意|基本满意|不满意 [备注]` */
export async function handleFollowup(deps: DisputeDeps, ctx: MessageContext, cmd: Command): Promise<void> {
  const loaded = await loadCase(deps, ctx, cmd.rest, FOLLOWUP_USAGE, 'followup');
  if (!loaded) return;
  const parsed = parseFollowup(loaded.rest);
  if (!parsed.ok) return answer(ctx, problemsText(parsed.problems));
  const result = await addFollowup(deps, { dispute: loaded.dispute, actor: ctx.sender, ...parsed.value, at: ctx.now });
  if (!result.ok) return answer(ctx, problemsText(result.problems));
  await answer(ctx, `已记录 ${loaded.dispute.code} 的回访：${parsed.value.satisfaction}${parsed.value.note ? `（${parsed.value.note}）` : ''}。`);
}

/** `#查 SS-2026-0007`: the case and its whole story. */
export async function handleShow(deps: DisputeDeps, ctx: MessageContext, cmd: Command): Promise<void> {
  const loaded = await loadCase(deps, ctx, cmd.rest, SHOW_USAGE, 'view');
  if (!loaded) return;
  const d = loaded.dispute;
  const cal = deps.calendar;
  const [names, events, visits] = await Promise.all([namesFor(deps.db, d), eventsOf(deps.db, d.id), followupsOf(deps.db, d.id)]);
  const parts = [caseCard(d, names, cal, ctx.now), '经过：', historyText(events, cal)];
  if (visits.length > 0) parts.push(`回访：${followupText(visits, cal)}`);
  await answer(ctx, parts.join('\n'));
}

/** `#我的`: open cases the sender answers for (assigned, reported, or in the grid they cover). */
export async function handleMine(deps: DisputeDeps, ctx: MessageContext): Promise<void> {
  if (!ctx.sender.active || !CASE_ROLES.has(ctx.sender.role)) return answer(ctx, MINE_REFUSAL);
  const cases = await openCasesFor(deps.db, ctx.sender);
  if (cases.length === 0) return answer(ctx, '您目前没有未办结的纠纷。');
  const cal = deps.calendar;
  const lines = cases.slice(0, MINE_LIMIT).map((d) => caseLine(d, cal, ctx.now));
  const more = cases.length > MINE_LIMIT ? [`……还有 ${cases.length - MINE_LIMIT} 件未列出。`] : [];
  const show = withCode(SHOW_USAGE, cases[0]!.code);
  await answer(ctx, [`您有 ${cases.length} 件未办结的纠纷（截至 ${cal.formatDate(ctx.now)}）：`, ...lines, ...more, `查看详情：${show}`].join('\n'));
}
