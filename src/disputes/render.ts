import type { EventView } from '../ledger/repo.js';
import type { GridRef } from '../roster/grids.js';
import { gridLabel } from '../roster/grid-name.js';
import type { Dispute, Followup } from '../ledger/types.js';
import { CATEGORY_LABELS, RISK_LABELS, STATUS_LABELS } from '../ledger/vocabulary.js';
import type { Calendar } from '../kernel/calendar.js';

export interface CaseNames {
  place: GridRef | null;
  reporter: string;
  assignee: string | null;
}

const label = (s: string | null): string => (s && Object.hasOwn(STATUS_LABELS, s) ? STATUS_LABELS[s as keyof typeof STATUS_LABELS] : (s ?? ''));
const placeName = (p: GridRef | null): string => (p ? gridLabel(p.village, p.grid) : '');
export const risksText = (d: Pick<Dispute, 'risks'>): string => (d.risks.length ? d.risks.map((r) => RISK_LABELS[r]).join('、') : '无');

/** '（已逾期 2 天）' when an open case is past its deadline. */
export function overdueNote(d: Pick<Dispute, 'deadline' | 'status'>, now: Date): string {
  if (!d.deadline || d.deadline >= now || d.status === 'resolved' || d.status === 'escalated') return '';
  const days = Math.ceil((now.getTime() - d.deadline.getTime()) / 86_400_000);
  return `（已逾期 ${days} 天）`;
}

/** The full card for `#查` and for an assignee: only ever sent privately. */
export function caseCard(d: Dispute, n: CaseNames, cal: Calendar, now: Date): string {
  const lines = [
    `${d.code}｜${CATEGORY_LABELS[d.category]}｜${STATUS_LABELS[d.status]}`,
    `网格：${placeName(n.place)}　登记：${cal.formatDate(d.createdAt)}　报送：${n.reporter}`,
    `当事人：${d.parties.join('、') || '—'}`,
    `事由：${d.summary}`,
    `风险：${risksText(d)}`,
  ];
  if (d.method) lines.push(`化解方式：${d.method}`);
  if (n.assignee) lines.push(`责任人：${n.assignee}${d.deadline ? `，时限 ${cal.formatDate(d.deadline)}` : ''}${overdueNote(d, now)}`);
  if (d.resolvedAt) lines.push(`化解日期：${cal.formatDate(d.resolvedAt)}`);
  return lines.join('\n');
}

const VERBS: Record<string, (e: EventView) => string> = {
  create: (e) => `登记（${label(e.to)}）`,
  status: (e) => `${label(e.from)}→${label(e.to)}`,
  reopen: (e) => `重新打开：${label(e.from)}→${label(e.to)}`,
  note: () => '进展',
  assign: (e) => `交办给 ${e.to}${e.from ? `（原：${e.from}）` : ''}`,
  followup: (e) => `回访：${e.to}`,
  correct: (e) => (e.from !== e.to ? `更正 ${label(e.from)}→${label(e.to)}` : '更正'),
  void: () => '作废',
  anonymise: () => '到期匿名',
};

/** One line per event, oldest first: '2026-12-02 周三 10:00 张三 待化解→化解中；方式：人民调解'. */
export function historyText(events: EventView[], cal: Calendar): string {
  return events
    .map((e) => {
      const verb = (VERBS[e.action] ?? (() => e.action))(e);
      return `${cal.formatLocal(e.at)} ${e.actor ?? '系统'} ${verb}${e.note ? `；${e.note}` : ''}`;
    })
    .join('\n');
}

export function followupText(fs: Followup[], cal: Calendar): string {
  return fs.map((f) => `${cal.formatDate(f.at)} ${f.satisfaction}${f.note ? `（${f.note}）` : ''}`).join('；');
}

/** A short line for lists (`#我的`, reminders): code, category, status, summary head, deadline. */
export function caseLine(d: Dispute, cal: Calendar, now: Date): string {
  const head = d.summary.length > 18 ? `${d.summary.slice(0, 18)}…` : d.summary;
  const due = d.deadline ? ` 时限${cal.formatDate(d.deadline).slice(5)}${overdueNote(d, now)}` : '';
  return `${d.code} ${CATEGORY_LABELS[d.category]} ${STATUS_LABELS[d.status]} ${head}${due}`;
}
