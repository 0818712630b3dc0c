import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { disputeEvents, disputes } from '../db/schema.js';
import type { Calendar } from '../kernel/calendar.js';
import type { Person } from '../kernel/person.js';
import { formatCode } from './codes.js';
import { reserveNumbers } from './repo.js';
import type { GridRef } from '../roster/grids.js';
import type { Dispute, DisputeInput } from './types.js';

export interface NewDisputes {
  prefix: string;
  cal: Calendar;
  reporter: Person;
  place: GridRef;
  reportId: number | null;
  /** The chat message that registers a case outside a report (one case per message). */
  sourceMessageId?: number;
  /** Each draft with its 1-based place in the report (null outside a report). */
  drafts: { draft: DisputeInput; position: number | null }[];
  at: Date;
}

/** The note on a case's 'create' event: where it was first reported. */
export const CREATE_NOTES = { report: '周报登记', daily: '日常排查登记' } as const;

/** Inserts new cases with fresh codes and their 'create' events; call inside a transaction. */
export async function insertDisputes(tx: Db, n: NewDisputes): Promise<Dispute[]> {
  if (n.drafts.length === 0) return [];
  const year = n.cal.local(n.at).year;
  const first = await reserveNumbers(tx, year, n.drafts.length);
  const rows = await tx
    .insert(disputes)
    .values(
      n.drafts.map(({ draft, position }, i) => ({
        code: formatCode(n.prefix, year, first + i),
        year,
        villageId: n.place.villageId,
        gridId: n.place.gridId,
        reporterId: n.reporter.id,
        reportId: n.reportId,
        reportPosition: position,
        sourceMessageId: n.sourceMessageId ?? null,
        ...fieldsOf(draft, n.at),
        createdAt: n.at,
        updatedAt: n.at,
      })),
    )
    .returning();
  await tx.insert(disputeEvents).values(
    rows.map((d) => ({
      disputeId: d.id,
      at: n.at,
      actorId: n.reporter.id,
      action: 'create' as const,
      to: d.status,
      note: n.reportId === null ? CREATE_NOTES.daily : CREATE_NOTES.report,
    })),
  );
  return rows;
}

/** A case's own fields as a report or `#纠纷` gives them. */
export function fieldsOf(draft: DisputeInput, at: Date) {
  return {
    category: draft.category ?? 'other',
    parties: draft.parties,
    summary: draft.summary,
    status: draft.status,
    risks: [...new Set(draft.risks)],
    method: draft.method,
    resolvedAt: draft.status === 'resolved' ? at : null,
  };
}

/** Which visible fields a correction changes, in Chinese, for the event note. */
function changedFields(old: Dispute, next: ReturnType<typeof fieldsOf>): string[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const labels: [string, boolean][] = [
    ['类型', old.category !== next.category],
    ['当事人', !same(old.parties, next.parties)],
    ['事由', old.summary !== next.summary],
    ['状态', old.status !== next.status],
    ['风险', !same(old.risks, next.risks)],
    ['方式', old.method !== next.method],
  ];
  return labels.filter(([, changed]) => changed).map(([label]) => label);
}

/** Overwrites a case with its corrected draft, keeping its code; one 'correct' event says what changed. */
export async function correctDispute(tx: Db, old: Dispute, draft: DisputeInput, reportId: number, actor: Person, at: Date): Promise<Dispute> {
  const next = fieldsOf(draft, at);
  const resolvedAt = next.status === 'resolved' ? (old.status === 'resolved' ? old.resolvedAt : at) : null;
  const [row] = await tx
    .update(disputes)
    .set({ ...next, resolvedAt, reportId, updatedAt: at })
    .where(eq(disputes.id, old.id))
    .returning();
  const changed = changedFields(old, next);
  const note = `周报更正${changed.length ? `：${changed.join('、')}` : '（内容未变）'}`;
  await tx.insert(disputeEvents).values({
    disputeId: old.id,
    at,
    actorId: actor.id,
    action: 'correct',
    from: old.status,
    to: next.status,
    note,
  });
  return row!;
}

/** Withdraws a case that a corrected report no longer lists. */
export async function voidDispute(tx: Db, old: Dispute, actor: Person, at: Date): Promise<void> {
  await tx.update(disputes).set({ voidedAt: at, updatedAt: at }).where(eq(disputes.id, old.id));
  await tx.insert(disputeEvents).values({
    disputeId: old.id,
    at,
    actorId: actor.id,
    action: 'void',
    from: old.status,
    note: '更正后的周报不再列出，作废',
  });
}
