import type { DisputeDeps } from './deps.js';
import type { Command } from '../kernel/command.js';
import { fail, ok, problem, type Result } from '../kernel/result.js';
import type { MessageContext } from '../kernel/router.js';
import type { Person } from '../kernel/person.js';
import { CASE_ROLES } from '../ledger/access.js';
import { assignDispute, assigneeLabel, type Assignee } from '../ledger/changes.js';
import { answer, loadCase, problemsText } from './chat.js';
import { parseAssignText } from './commands-parse.js';
import { membersByWechatIds, namesFor } from '../ledger/repo.js';
import { findMembersByName } from '../roster/index.js';
import { caseCard } from './render.js';
import type { Dispute } from '../ledger/types.js';
import { DEFAULT_ASSIGN_DAYS, DEPARTMENT_ENDINGS } from '../ledger/vocabulary.js';
import { readParties } from '../grammar/fields.js';
import { compileMatchers } from '../grammar/matchers.js';
import { defaultVocabulary } from '../grammar/vocabulary.js';
import type { Calendar } from '../kernel/calendar.js';

const USAGE = '#交办 SS-2026-0007 @调解员 3天（也可写部门，如：#交办 SS-2026-0007 司法所 12月10日）';

/**
 * Takes `@张三` (with WeChat's U+2005 after it) out of the text; the ids come separately. An @ typed
 * by hand, which WeChat sends as plain text with no mention, leaves the name to be looked up.
 */
function withoutMentions(text: string, names: readonly string[], ids: readonly string[]): string {
  if (names.length === 0 && ids.length === 0) return text.replace(/[@＠]/g, ' ').replace(/\u2005/g, ' ');
  let s = text;
  for (const name of names) s = s.split(`@${name}`).join(' ');
  return s.replace(/@\S+/g, ' ').replace(/\u2005/g, ' ');
}

const PARTY_MATCHERS = compileMatchers(defaultVocabulary);
const ONE_ONLY = '一次只能交办给一个人或一个部门，请只写一位（如 #交办 SS-2026-0007 @调解员 3天）；其他配合的人可写在 #进展 的备注里。';

const looksLikeDepartment = (s: string): boolean => s.length <= 20 && DEPARTMENT_ENDINGS.some((e) => s.endsWith(e));

// A resident or household head could not act on the case (access.ts), and would only see its parties.
function staffOnly(m: Person): Result<Assignee> {
  if (CASE_ROLES.has(m.role) && m.active) return ok({ member: m });
  return fail([problem('assignee', `${m.name}不是网格员、网格长、调解员或管理员，不能交办给他。也可写部门名（如 司法所、派出所）。`)]);
}

/** Who the case goes to: a mentioned member, a member named in the text, or a department. */
async function resolveAssignee(deps: DisputeDeps, ctx: MessageContext, who: string | null): Promise<Result<Assignee>> {
  const byId = await membersByWechatIds(deps.db, ctx.message.mentionIds);
  if (byId.length === 1) return staffOnly(byId[0]!);
  if (byId.length > 1) return fail([problem('assignee', ONE_ONLY)]);
  const names = ctx.message.mentions.length > 0 ? ctx.message.mentions : who ? [who] : [];
  if (names.length > 1) return fail([problem('assignee', ONE_ONLY)]);
  const name = names[0];
  if (!name) return fail([problem('assignee', `请写明交给谁，例如：${USAGE}`)]);
  const found = await findMembersByName(deps.db, name);
  if (found.length === 1) return staffOnly(found[0]!);
  if (found.length > 1) return fail([problem('assignee', `有 ${found.length} 位叫“${name}”的成员，请@对方来交办。`)]);
  // 赵调解员、王网格员 or 司法所和派出所: several at once is asked back, never split by guessing.
  if (readParties(name, PARTY_MATCHERS).length > 1) return fail([problem('assignee', ONE_ONLY)]);
  if (ctx.message.mentions.length === 0 && looksLikeDepartment(name)) return ok({ department: name });
  return fail([problem('assignee', `名册里没有“${name}”。请@对方，或写部门名（如 司法所、派出所）。`)]);
}

/** `#交办 SS-2026-0007 @调解员 3天`: assigns with a deadline and tells the assignee privately. */
export async function handleAssign(deps: DisputeDeps, ctx: MessageContext, cmd: Command): Promise<void> {
  const loaded = await loadCase(deps, ctx, cmd.rest, USAGE, 'assign');
  if (!loaded) return;
  const cal = deps.calendar;
  const parsed = parseAssignText(withoutMentions(loaded.rest, ctx.message.mentions, ctx.message.mentionIds), ctx.now, cal);
  if (!parsed.ok) return answer(ctx, problemsText(parsed.problems));
  const assignee = await resolveAssignee(deps, ctx, parsed.value.who);
  if (!assignee.ok) return answer(ctx, problemsText(assignee.problems));
  const deadline = parsed.value.deadline ?? cal.endOfDayAfter(ctx.now, DEFAULT_ASSIGN_DAYS);
  const result = await assignDispute(deps, { dispute: loaded.dispute, actor: ctx.sender, assignee: assignee.value, deadline, at: ctx.now, messageId: ctx.message.id });
  if (!result.ok) return answer(ctx, problemsText(result.problems));
  const change = deadlineChange(loaded.dispute, deadline, cal);
  const told = 'member' in assignee.value && assignee.value.member.id !== ctx.sender.id;
  const theirs = 'member' in assignee.value && loaded.dispute.assigneeId === assignee.value.member.id;
  if (told) await tellAssignee(deps, ctx, result.value, assignee.value, theirs ? change : null);
  const lines = [`${result.value.code} 已交办给 ${assigneeLabel(assignee.value)}，时限 ${cal.formatDate(deadline)}。`];
  if (change) lines.push(change);
  if (told) lines.push('已私信通知对方；逾期未办结我会每天提醒。');
  if (!parsed.value.deadline) lines.push(`没写时限，按 ${DEFAULT_ASSIGN_DAYS} 天计。`);
  await answer(ctx, lines.join('\n'));
}

/** '时限由 2026-12-05 改为 2026-12-10。' when a re-assignment moves an earlier deadline, else null. */
function deadlineChange(before: Dispute, deadline: Date, cal: Calendar): string | null {
  if (!before.deadline) return null;
  const [was, now] = [cal.formatDate(before.deadline), cal.formatDate(deadline)];
  return was === now ? null : `时限由 ${was} 改为 ${now}。`;
}

async function tellAssignee(deps: DisputeDeps, ctx: MessageContext, d: Dispute, a: Assignee, change: string | null): Promise<void> {
  if (!('member' in a)) return;
  const cal = deps.calendar;
  const card = caseCard(d, await namesFor(deps.db, d), cal, ctx.now);
  // Already theirs: what changed comes first, so the new deadline is not missed in a familiar card.
  const head = change
    ? `${ctx.sender.name} 调整了交办给您的纠纷：${change}请在 ${cal.formatDate(d.deadline!)} 前办理：`
    : `${ctx.sender.name} 交办给您一件矛盾纠纷，请在 ${cal.formatDate(d.deadline!)} 前办理：`;
  const text = [head, card, `办理后请回复：#进展 ${d.code} 已化解 方式:人民调解（或 化解中、已移交）`].join('\n');
  await deps.outbox.enqueue({ purpose: 'dispute-assign', priority: 'reply', to: { member: a.member.id }, text, key: `dispute-assign:${d.code}:${ctx.message.id}` });
}
