import { ROLE_LABELS, type Role } from '../roster/index.js';
import { formatDate, formatLocal } from '../kernel/time.js';
import { CATEGORY_LABELS, STATUS_LABELS } from '../ledger/index.js';
import type { PersonRecord } from './export.js';

const label = (table: Record<string, string>, key: string): string => table[key] ?? key;

function value(v: unknown, tz: string): string {
  if (v instanceof Date) return formatLocal(v, tz);
  if (v === null || v === undefined) return '—';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function section(title: string, count: number, lines: string[]): string[] {
  return [`${title}（${count}）`, ...(lines.length ? lines.map((l) => `  - ${l}`) : ['  无'])];
}

function memberLines(r: PersonRecord, tz: string): string[] {
  return r.members.map((m) =>
    [
      `编号 ${m.id}`,
      label(ROLE_LABELS, m.role as Role),
      `${m.village ?? ''}${m.grid ?? ''}` || '未分网格',
      `电话 ${m.phone ?? '—'}`,
      `微信备注 ${m.alias ?? '—'}`,
      m.active ? '在册' : '已停用',
      m.onLeaveUntil ? `请假至 ${formatDate(m.onLeaveUntil, tz)}` : '',
      `登记于 ${formatDate(m.createdAt, tz)}`,
    ]
      .filter(Boolean)
      .join('｜'),
  );
}

function disputeLines(r: PersonRecord, tz: string): string[] {
  return r.disputes.map((d) =>
    [
      d.code,
      label(CATEGORY_LABELS, d.category),
      label(STATUS_LABELS, d.status),
      `身份：${d.roles.join('、')}`,
      `当事人：${d.parties.join('、') || '—'}`,
      `事由：${d.summary}`,
      `登记 ${formatDate(d.createdAt, tz)}`,
      d.resolvedAt ? `化解 ${formatDate(d.resolvedAt, tz)}` : '',
      d.anonymised ? '已到期匿名' : '',
    ]
      .filter(Boolean)
      .join('｜'),
  );
}

// What each table is, in the words of the township; a table not listed here shows its own name.
const TABLE_LABELS: Record<string, string> = {
  qa_log: '法律问答记录',
  dispute_events: '纠纷经过（本人操作）',
  followups: '回访记录',
  invites: '邀请码',
  posts: '添加的普法内容',
  schedules: '设置的定时任务',
};

const otherLine = (table: string, row: Record<string, unknown>, tz: string): string =>
  `${TABLE_LABELS[table] ?? table}：${Object.entries(row)
    .map(([k, v]) => `${k}=${value(v, tz)}`)
    .join('，')}`;

/** The export as plain Chinese text, one section per kind of record. */
export function personText(r: PersonRecord, now: Date, tz: string): string {
  const other = r.other.flatMap((o) => o.rows.map((row) => otherLine(o.table, row, tz)));
  return [
    `关于“${r.name}”保存的个人信息（${formatLocal(now, tz)} 导出）`,
    ...section('一、花名册', r.members.length, memberLines(r, tz)),
    ...section(
      '二、本人发来的消息',
      r.messages.length,
      r.messages.map((m) => `${formatLocal(m.at, tz)}${m.room ? `［${m.room}］` : '［私聊］'} ${m.text}`),
    ),
    ...section('三、涉及的纠纷', r.disputes.length, disputeLines(r, tz)),
    ...section(
      '四、报送的周报',
      r.reports.length,
      r.reports.map((p) => `${p.week}｜${p.households}户｜${formatLocal(p.createdAt, tz)}｜${p.rawText}`),
    ),
    ...section(
      '五、操作记录（审计）',
      r.audit.length,
      r.audit.map((a) => `${formatLocal(a.at, tz)} ${a.actor}：${a.command} → ${a.ok ? '成功' : '未执行'}：${a.result}`),
    ),
    ...section(
      '六、机器人发给本人的消息',
      r.received.length,
      r.received.map((m) => `${formatLocal(m.at, tz)}［${m.purpose}］${m.text ?? `文件 ${m.file ?? ''}`}`),
    ),
    ...section('七、其他记录（问答记录、回访、邀请等）', other.length, other),
  ].join('\n');
}

/** JSON for `--json`: dates as ISO strings. */
export const personJson = (r: PersonRecord): string => JSON.stringify(r, null, 2);
