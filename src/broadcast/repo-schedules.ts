import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { schedules } from '../db/schema.js';
import { ruleSchema, type Rule } from '../scheduler/rules.js';
import { storedTargetSchema, type StoredTarget } from './destinations.js';

/** A schedule as the broadcast capability reads it: rule and target validated. */
export interface Schedule {
  id: number;
  kind: 'post' | 'reminder';
  rule: Rule;
  ruleText: string;
  target: StoredTarget;
  message: string | null;
  active: boolean;
  createdBy: number | null;
  createdAt: Date;
  /** Set when a paused schedule was resumed: firings from the pause are not owed. */
  activeSince: Date | null;
}

export type NewSchedule = Omit<Schedule, 'id' | 'active' | 'activeSince'>;
type Row = typeof schedules.$inferSelect;

/** Null when the stored JSON no longer reads (edited by hand, or an older format). */
export function toSchedule(r: Row): Schedule | null {
  const rule = ruleSchema.safeParse(r.rule);
  const target = storedTargetSchema.safeParse(r.target);
  if (!rule.success || !target.success) return null;
  return { ...r, rule: rule.data, target: target.data };
}

export async function createSchedule(db: Db, s: NewSchedule): Promise<Schedule> {
  const [row] = await db
    .insert(schedules)
    .values({ ...s, active: true })
    .returning();
  return { ...s, id: row!.id, active: true, activeSince: null };
}

/** Every schedule, oldest first; `broken` lists ids whose stored JSON does not read. */
export async function listSchedules(db: Db): Promise<{ schedules: Schedule[]; broken: number[] }> {
  const rows = await db.select().from(schedules).orderBy(asc(schedules.id));
  const out: Schedule[] = [];
  const broken: number[] = [];
  for (const r of rows) {
    const s = toSchedule(r);
    if (s) out.push(s);
    else broken.push(r.id);
  }
  return { schedules: out, broken };
}

export async function findSchedule(db: Db, id: number): Promise<Row | null> {
  const [row] = await db.select().from(schedules).where(eq(schedules.id, id));
  return row ?? null;
}

/** Pauses, or resumes as of `now` (the firings missed while paused are not owed). */
export async function setScheduleActive(db: Db, id: number, active: boolean, now: Date): Promise<void> {
  await db
    .update(schedules)
    .set(active ? { active, activeSince: now } : { active })
    .where(eq(schedules.id, id));
}

/** Removes a schedule; its post log and fire claims stay as history. */
export async function deleteSchedule(db: Db, id: number): Promise<void> {
  await db.delete(schedules).where(eq(schedules.id, id));
}
