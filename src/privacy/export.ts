import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.js';
import { auditLog, disputes, grids, inboundMessages, members, outbox, reports, villages } from '../db/schema.js';
import { schemaTables } from '../ops/tables.js';

/** Everything held about one person, for their right of access (个人信息保护法第四十五条). */
export interface PersonRecord {
  name: string;
  members: {
    id: number;
    role: string;
    village: string | null;
    grid: string | null;
    phone: string | null;
    alias: string | null;
    wechatId: string | null;
    active: boolean;
    onLeaveUntil: Date | null;
    createdAt: Date;
  }[];
  /** Messages they sent to the bot or in bound groups. */
  messages: { at: Date; room: string | null; text: string }[];
  disputes: {
    code: string;
    category: string;
    status: string;
    roles: string[];
    parties: string[];
    summary: string;
    createdAt: Date;
    resolvedAt: Date | null;
    anonymised: boolean;
  }[];
  reports: { week: string; households: number; createdAt: Date; rawText: string }[];
  audit: { at: Date; actor: string; command: string; ok: boolean; result: string }[];
  /** Messages the bot sent them privately. */
  received: { at: Date; purpose: string; text: string | null; file: string | null }[];
  /** Rows of any other table that points at their member rows (Q&A log, follow-ups, invites …). */
  other: { table: string; rows: Record<string, unknown>[] }[];
}

const contains = (column: SQL | PgColumn, name: string): SQL => sql`strpos(${column}, ${name}) > 0`;
const inParties = (name: string): SQL => sql`exists (select 1 from jsonb_array_elements_text(${disputes.parties}) p where strpos(p, ${name}) > 0)`;
const none = sql`false`;
const anyOf = (column: PgColumn, ids: number[]): SQL => (ids.length ? inArray(column, ids) : none);

async function memberRows(db: Db, name: string): Promise<PersonRecord['members']> {
  const rows = await db
    .select({ m: members, village: villages.name, grid: grids.name })
    .from(members)
    .leftJoin(grids, eq(members.gridId, grids.id))
    .leftJoin(villages, eq(members.villageId, villages.id))
    .where(eq(members.name, name))
    .orderBy(asc(members.id));
  return rows.map(({ m, village, grid }) => ({
    id: m.id,
    role: m.role,
    village,
    grid,
    phone: m.phone,
    alias: m.alias,
    wechatId: m.wechatId,
    active: m.active,
    onLeaveUntil: m.onLeaveUntil,
    createdAt: m.createdAt,
  }));
}

async function disputeRows(db: Db, name: string, ids: number[]): Promise<PersonRecord['disputes']> {
  const rows = await db
    .select()
    .from(disputes)
    .where(or(inParties(name), contains(disputes.summary, name), anyOf(disputes.reporterId, ids), anyOf(disputes.assigneeId, ids), anyOf(disputes.assignedById, ids)))
    .orderBy(asc(disputes.id));
  const of = (id: number | null) => id !== null && ids.includes(id);
  return rows.map((d) => ({
    code: d.code,
    category: d.category,
    status: d.status,
    parties: d.parties,
    summary: d.summary,
    createdAt: d.createdAt,
    resolvedAt: d.resolvedAt,
    anonymised: d.anonymisedAt !== null,
    roles: [
      d.parties.some((p) => p.includes(name)) && '当事人',
      !d.parties.some((p) => p.includes(name)) && d.summary.includes(name) && '事由中提到',
      of(d.reporterId) && '报送人',
      of(d.assigneeId) && '责任人',
      of(d.assignedById) && '交办人',
    ].filter((r): r is string => Boolean(r)),
  }));
}

// Tables read above by purpose; every other table with a column pointing at members is listed as is.
const HANDLED = new Set(['members', 'disputes', 'reports', 'audit_log']);
// Invite codes are credentials: an export says an invite exists, never its code.
const HIDDEN: Record<string, string[]> = { invites: ['code'] };
const hide = (table: string, row: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, HIDDEN[table]?.includes(k) ? '****' : v]));

async function otherRows(db: Db, ids: number[]): Promise<PersonRecord['other']> {
  if (!ids.length) return [];
  const out: PersonRecord['other'] = [];
  for (const t of schemaTables().filter((x) => !HANDLED.has(x.name))) {
    const refs = getTableConfig(t.table)
      .foreignKeys.map((fk) => fk.reference())
      .filter((r) => getTableConfig(r.foreignTable).name === 'members')
      .flatMap((r) => r.columns);
    if (!refs.length) continue;
    const rows = await db
      .select()
      .from(t.table as PgTable)
      .where(or(...refs.map((c) => inArray(c, ids))));
    if (rows.length) out.push({ table: t.name, rows: (rows as Record<string, unknown>[]).map((r) => hide(t.name, r)) });
  }
  return out;
}

/** Collects what the database holds about the person called `name` (exact name on the roster). */
export async function collectPerson(db: Db, name: string): Promise<PersonRecord> {
  const people = await memberRows(db, name);
  const ids = people.map((m) => m.id);
  const wechatIds = people.map((m) => m.wechatId).filter((w): w is string => w !== null);
  const sent = await db
    .select({ at: inboundMessages.sentAt, room: inboundMessages.roomTopic, text: inboundMessages.text })
    .from(inboundMessages)
    .where(or(eq(inboundMessages.senderName, name), wechatIds.length ? inArray(inboundMessages.senderWechatId, wechatIds) : none))
    .orderBy(asc(inboundMessages.sentAt), asc(inboundMessages.id));
  const reported = await db
    .select({ week: reports.isoWeek, households: reports.households, createdAt: reports.createdAt, rawText: reports.rawText })
    .from(reports)
    .where(anyOf(reports.reporterId, ids))
    .orderBy(asc(reports.id));
  const audited = await db
    .select()
    .from(auditLog)
    .where(or(anyOf(auditLog.actorId, ids), eq(auditLog.actorName, name), contains(auditLog.command, name)))
    .orderBy(asc(auditLog.id));
  const received = await db
    .select({ at: outbox.createdAt, purpose: outbox.purpose, text: outbox.text, file: outbox.fileName })
    .from(outbox)
    .where(and(eq(outbox.targetKind, 'member'), anyOf(outbox.targetId, ids)))
    .orderBy(asc(outbox.id));
  return {
    name,
    members: people,
    messages: sent,
    disputes: await disputeRows(db, name, ids),
    reports: reported,
    audit: audited.map((a) => ({ at: a.at, actor: a.actorName, command: a.command, ok: a.ok, result: a.result })),
    received,
    other: await otherRows(db, ids),
  };
}
