import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import { PRIORITY, outbox } from '../db/schema.js';
import { BUDGET_RESUME_JITTER_MS, nextLocalMorning, startOfLocalDay } from './policy.js';
import { queryRows } from '../db/raw.js';
import { KEYS, pausedUntil, readState, toDate } from './state.js';
import type { Tx } from '../db/client.js';

export type PacingConfig = Pick<Config, 'SEND_INTERVAL_MS' | 'SEND_ROOM_INTERVAL_MS' | 'SEND_JITTER_MS' | 'SEND_DAILY_BUDGET' | 'TZ'>;

const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const ms = (n: number) => sql`(${n} * interval '1 millisecond')`;

/**
 * Row `o` is not waiting for an earlier part of the same long message (enqueue.ts keys part i+1
 * as `<key>#<i+1>` with seq i), so parts keep their order even when one of them is retried.
 */
const PREDECESSOR_DONE = sql.raw(`(o.seq = 0 or not exists (
  select 1 from outbox p where p.status in ('queued', 'sending') and p.idempotency_key =
    left(o.idempotency_key, length(o.idempotency_key) - length('#' || (o.seq + 1)))
    || case when o.seq = 1 then '' else '#' || o.seq end))`);

/**
 * The next row to send at `now`: queued and due, of at most `maxPriority`, its room not written to
 * within the room interval; alerts before replies before routine, oldest first. Locks the row.
 */
export function candidate(now: Date, pacing: PacingConfig, maxPriority: number) {
  const roomCutoff = new Date(now.getTime() - pacing.SEND_ROOM_INTERVAL_MS);
  return sql`select o.id from outbox o
    where o.status = 'queued' and o.not_before <= ${at(now)} and o.priority <= ${maxPriority}
      and not (o.target_kind = 'room' and o.target_id in (
        select r.target_id from outbox r where r.target_kind = 'room' and r.sending_at > ${at(roomCutoff)}))
      and ${PREDECESSOR_DONE}
    order by o.priority, o.id
    limit 1 for update of o skip locked`;
}

/** True when some queued row is due at `now` (whatever pacing says). */
export async function anyDue(db: Tx, now: Date): Promise<boolean> {
  const rows = await queryRows<{ due: boolean }>(
    db,
    sql`select exists (select 1 from outbox o
    where o.status = 'queued' and o.not_before <= ${at(now)} and ${PREDECESSOR_DONE}) as due`,
  );
  return rows[0]?.due === true;
}

/** Earliest moment the global interval (plus the jitter drawn at the last send) allows a send. */
export async function globalReadyAt(db: Tx, pacing: PacingConfig): Promise<Date | null> {
  const rows = await queryRows<{ last: unknown }>(db, sql`select max(sending_at) as last from outbox`);
  const last = toDate(rows[0]?.last);
  if (!last) return null;
  const gap = await readState<{ ms: number }>(db, KEYS.gap);
  return new Date(last.getTime() + pacing.SEND_INTERVAL_MS + (gap?.ms ?? 0));
}

/** When the next send can happen (never before `now`), or null when nothing is queued. */
export async function nextDueAt(db: Tx, now: Date, pacing: PacingConfig): Promise<Date | null> {
  const paused = await pausedUntil(db, now);
  const roomCutoff = new Date(now.getTime() - pacing.SEND_ROOM_INTERVAL_MS);
  const rows = await queryRows<{ due: unknown }>(
    db,
    sql`with recent as (
      select target_id, max(sending_at) as last from outbox
      where target_kind = 'room' and sending_at > ${at(roomCutoff)} group by target_id)
    select min(greatest(o.not_before,
      coalesce(recent.last + ${ms(pacing.SEND_ROOM_INTERVAL_MS)}, o.not_before),
      case when o.priority >= ${PRIORITY.routine} then coalesce(${paused ? at(paused) : sql`null::timestamptz`}, o.not_before)
           else o.not_before end)) as due
    from outbox o left join recent on o.target_kind = 'room' and recent.target_id = o.target_id
    where o.status = 'queued' and ${PREDECESSOR_DONE}`,
  );
  const due = toDate(rows[0]?.due);
  if (!due) return null;
  const ready = await globalReadyAt(db, pacing);
  return new Date(Math.max(due.getTime(), ready?.getTime() ?? 0, now.getTime()));
}

/** Rows attempted since local midnight (each counts once, however often retried). */
export async function sentToday(db: Tx, now: Date, tz: string): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(outbox)
    .where(gte(outbox.sendingAt, startOfLocalDay(now, tz)));
  return Number(rows[0]?.n ?? 0);
}

/**
 * Once today's budget is spent, routine rows due before tomorrow morning move to tomorrow morning
 * (plus jitter). Alerts and replies are never held back.
 */
export async function enforceBudget(db: Tx, now: Date, pacing: PacingConfig, random: () => number): Promise<void> {
  if ((await sentToday(db, now, pacing.TZ)) < pacing.SEND_DAILY_BUDGET) return;
  const morning = nextLocalMorning(now, pacing.TZ);
  const resume = new Date(morning.getTime() + Math.floor(random() * BUDGET_RESUME_JITTER_MS));
  await db
    .update(outbox)
    .set({ notBefore: resume })
    .where(and(eq(outbox.status, 'queued'), gte(outbox.priority, PRIORITY.routine), lt(outbox.notBefore, morning)));
}
