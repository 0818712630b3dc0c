import { type CaseRow } from '../disputes/index.js';
import { type Stats } from './index.js';
import { CATEGORY_LABELS, groupSummary, RISK_LABELS, STATUS_LABELS } from '../ledger/index.js';
import { unreachableLine } from '../roster/index.js';
import { gridStatusLine, type GridPostStatus } from '../broadcast/index.js';
import { byVillage, type Tally } from '../reports/cycle/cycle.js';
import { uncoveredLine } from '../reports/cycle/cycle-text.js';
import type { Calendar } from '../kernel/calendar.js';

/** Everything the Monday digest shows, gathered by digest-data.ts. */
export interface DigestData {
  /** '第48周（11月23日至11月29日）' */
  weekLabel: string;
  paused: boolean;
  tally: Tally;
  households: number;
  /** The week's new disputes. */
  week: Stats;
  risks: CaseRow[];
  overdue: CaseRow[];
  followupsDue: CaseRow[];
  failedMessages: number;
  /** Danger alarms raised in the week before the digest (questions, group messages, notes). */
  dangerAlarms: number;
  missedFirings: { jobKey: string; fireAt: Date }[];
  /** Staff WeCom cannot push to yet (never wrote to the bot); optional for digests built elsewhere. */
  unreachable?: string[];
  /** The week's 普法 per grid: posted by the bot, forwarded by hand, not yet forwarded. */
  posts?: GridPostStatus[];
  now: Date;
  cal: Calendar;
}

/** Firings admins recognise; other jobs (an admin's own schedules) show their key. */
const JOB_LABELS: Record<string, string> = {
  'report.remind': '周报提醒',
  'report.chase': '催报',
  'report.deadline': '截止通报',
  'report.digest': '周报汇总',
  'disputes.overdue': '逾期提醒',
  'disputes.followup': '回访提醒',
};

const joinOr = (parts: string[], none = '无'): string => (parts.length ? parts.join('，') : none);
const where = (r: CaseRow): string => `${r.village}${r.grid}`;

function reportsPart(d: DigestData): string[] {
  // A paused week still numbers its sections as any other week: the meeting reads them by number.
  if (d.paused) return ['一、周报：这一周暂停收周报（节假日）。', `二、排查户数：${d.households} 户`];
  const t = d.tally;
  // The week before the bot began asking (installed, or the grids registered, after its reminder).
  if (t.expected === 0) return ['一、周报：这一周还没有向网格收周报（网格是在本周提醒之后才登记的），不计缺报。', `二、排查户数：${d.households} 户`];
  const lines = [`一、周报：收到 ${t.received}/${t.expected} 个网格${t.missing.length ? `，未报 ${t.missing.length} 个：` : '，全部报齐。'}`];
  for (const [village, grids] of byVillage(t.missing)) lines.push(`  ${village}：${grids.map((g) => g.grid).join('、')}`);
  if (t.onLeave.length) {
    const leave = t.onLeave.map((x) => `${x.grid.village}${x.grid.grid} ${x.worker.name}（至${d.cal.formatDate(new Date(x.worker.onLeaveUntil!.getTime() - 1))}）`);
    lines.push(`  请假：${leave.join('、')}`);
  }
  lines.push(...uncoveredLine(t));
  lines.push(`二、排查户数：${d.households} 户`);
  return lines;
}

function disputesPart(s: Stats): string[] {
  const cats = s.byCategory.filter((c) => c.found > 0).map((c) => `${c.label} ${c.found}`);
  const villages = s.byVillage.map((v) => `${v.village} ${v.found}`);
  const statuses = (['pending', 'in_progress', 'resolved', 'escalated'] as const)
    .map((k) => [STATUS_LABELS[k], { pending: s.pending, in_progress: s.inProgress, resolved: s.resolved, escalated: s.escalated }[k]] as const)
    .filter(([, n]) => n > 0)
    .map(([l, n]) => `${l} ${n}`);
  if (s.found === 0) return ['三、本周新增纠纷：0 件'];
  return [`三、本周新增纠纷 ${s.found} 件`, `  按类型：${joinOr(cats)}`, `  按村：${joinOr(villages)}`, `  状态：${joinOr(statuses)}`];
}

function caseList(title: string, rows: CaseRow[], line: (r: CaseRow) => string): string[] {
  if (rows.length === 0) return [`${title}：无`];
  return [`${title}（${rows.length} 件）：`, ...rows.map((r) => `  ${line(r)}`)];
}

const riskLine = (r: CaseRow): string => {
  const d = r.dispute;
  return `${d.code} ${where(r)} ${d.risks.map((k) => RISK_LABELS[k]).join('、')}｜${CATEGORY_LABELS[d.category]}｜${STATUS_LABELS[d.status]}｜${groupSummary(d)}`;
};

const overdueLine =
  (cal: Calendar) =>
  (r: CaseRow): string => {
    const d = r.dispute;
    return `${d.code} ${where(r)} 责任人 ${r.assignee ?? '—'}，时限 ${d.deadline ? cal.formatDate(d.deadline) : '—'}`;
  };

const followupLine =
  (cal: Calendar) =>
  (r: CaseRow): string =>
    `${r.dispute.code} ${where(r)} 化解于 ${r.dispute.resolvedAt ? cal.formatDate(r.dispute.resolvedAt) : '—'}`;

/** Optional closing parts, numbered on from 八 in the order given (absent ones take no number). */
const numbered = (marks: readonly string[], parts: readonly string[]): string[] => parts.filter(Boolean).map((p, i) => `${marks[i]}、${p}`);

/** "本周普法（按网格）：上司村三组：人工转发 1，还没转发 1；里腊村一组：机器人发 1" */
const postsLine = (grids: readonly GridPostStatus[]): string => (grids.length ? `本周普法（按网格）：${grids.map(gridStatusLine).join('；')}` : '');

/** The Monday digest for the review meeting, to the admin group (township staff only). */
export function digestText(d: DigestData): string {
  const missed = d.missedFirings.map((m) => `${JOB_LABELS[m.jobKey] ?? m.jobKey} ${d.cal.formatLocal(m.fireAt)}`);
  return [
    `【周报汇总】${d.weekLabel}`,
    ...reportsPart(d),
    ...disputesPart(d.week),
    ...caseList('四、高风险未化解', d.risks, riskLine),
    ...caseList('五、交办逾期', d.overdue, overdueLine(d.cal)),
    ...caseList('六、到期待回访', d.followupsDue, followupLine(d.cal)),
    `七、危险求助报警：${d.dangerAlarms} 次`,
    `八、未处理成功的消息：${d.failedMessages} 条；错过的定时任务：${missed.length ? missed.join('，') : '0 次'}`,
    ...numbered(['九', '十'], [d.unreachable?.length ? unreachableLine(d.unreachable) : '', postsLine(d.posts ?? [])]),
  ].join('\n');
}
