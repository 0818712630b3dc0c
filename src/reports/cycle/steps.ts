import { eq } from 'drizzle-orm';
import type { AppDeps } from '../../app-deps.js';
import { gridRooms } from '../../roster/index.js';
import type { Db } from '../../db/client.js';
import { members } from '../../db/schema.js';
import { notifyAdmins } from '../../roster/admin-group.js';
import {
  byChief,
  chiefsToCover,
  isPaused,
  recipients,
  tally,
  weekLabel,
  weekOfFiring,
  weekWindow,
  type CycleGrid,
  type CycleWorker,
  type Recipient,
  type Step,
  type Window,
} from './cycle.js';
import { adminEscalationText, chaseText, chiefEscalationText, coverText, reminderText } from './cycle-text.js';
import { loadWeek } from './repo.js';
import { loadSettings } from './settings.js';
import type { OutboxRow } from '../../outbox/claim.js';
import type { Calendar } from '../../kernel/calendar.js';

/** The week a firing is about, or null when that week is paused (holiday): nothing is sent. */
export async function cycleWeek(deps: AppDeps, step: Step, fireAt: Date) {
  const settings = await loadSettings(deps.db);
  const week = weekOfFiring(settings, step, fireAt, deps.calendar);
  if (isPaused(settings, week) && step !== 'digest') {
    deps.log.info({ step, week }, 'weekly cycle paused');
    return null;
  }
  return { settings, week, win: weekWindow(settings, week, deps.calendar) };
}

/** The group where the bot can @ a grid's worker: not one posted by hand, where no bot is a member. */
async function roomOfGrid(db: Db): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for (const r of await gridRooms(db)) if (!r.manual && !out.has(r.gridId)) out.set(r.gridId, r.id);
  return out;
}

type Text = (w: CycleWorker, g: CycleGrid, week: string, deadline: Date, cal: Calendar) => string;

// Keys per (purpose, week, target): a step that runs twice, or a fallback taken twice, queues one message.
const privateKey = (purpose: string, week: string, member: number) => `${purpose}:${week}:member:${member}`;
const mentionKey = (purpose: string, week: string, room: number, member: number) => `${purpose}:${week}:room:${room}:member:${member}`;
/** Marks the private reminders and chases, which mentionInstead reads back when one fails. */
const OWNER = 'weekly-cycle';
const ASKING = new Set(['report-remind', 'report-chase']);

function mention(deps: AppDeps, purpose: string, week: string, room: number, worker: number, text: string) {
  const meta = { owner: OWNER, week, member: worker, room };
  return deps.outbox.enqueue({ purpose, priority: 'routine', text, to: { room }, mentions: [worker], key: mentionKey(purpose, week, room, worker), meta });
}

/**
 * Privately when the bot knows the worker's account; otherwise an @-mention in the grid group (a
 * private message to an account never seen cannot be delivered).
 */
async function reach(deps: AppDeps, purpose: string, list: Recipient[], win: Window, text: Text): Promise<void> {
  const rooms = await roomOfGrid(deps.db);
  const label = weekLabel(win.week, deps.calendar);
  for (const r of list) {
    const body = text(r.worker, r.grid, label, win.deadlineAt, deps.calendar);
    const room = rooms.get(r.grid.gridId);
    if (r.via === 'mention' && room !== undefined) await mention(deps, purpose, win.week, room, r.worker.id, body);
    else {
      const meta = { owner: OWNER, week: win.week, member: r.worker.id };
      await deps.outbox.enqueue({ purpose, priority: 'routine', text: body, to: { member: r.worker.id }, key: privateKey(purpose, win.week, r.worker.id), meta });
    }
  }
}

/**
 * A private reminder or chase the sender gave up on (the account refuses messages, or cannot be
 * found after a new login) goes to the worker's grid group as an @-mention instead, once.
 */
export async function mentionInstead(deps: AppDeps, failed: Pick<OutboxRow, 'purpose' | 'targetKind' | 'text' | 'meta' | 'seq'>): Promise<void> {
  const { owner, week, member } = failed.meta;
  // The first part stands for the message (later parts of a long text are cancelled with it).
  if (owner !== OWNER || !ASKING.has(failed.purpose) || failed.targetKind !== 'member' || failed.seq !== 0) return;
  if (!week || member === undefined || !failed.text) return;
  const [worker] = await deps.db.select({ gridId: members.gridId }).from(members).where(eq(members.id, member));
  const room = worker?.gridId ? (await roomOfGrid(deps.db)).get(worker.gridId) : undefined;
  if (room === undefined) return;
  await mention(deps, failed.purpose, week, room, member, failed.text);
  deps.log.info({ purpose: failed.purpose, week, memberId: member, roomId: room }, 'private reminder failed: @-mention in the grid group instead');
}

async function remindOrChase(deps: AppDeps, step: 'remind' | 'chase', fireAt: Date): Promise<void> {
  const at = await cycleWeek(deps, step, fireAt);
  if (!at) return;
  const records = await loadWeek(deps.db, at.week);
  const purpose = step === 'remind' ? 'report-remind' : 'report-chase';
  const list = recipients(records, at.win);
  await reach(deps, purpose, list, at.win, step === 'remind' ? reminderText : chaseText);
  const label = weekLabel(at.week, deps.calendar);
  const chiefs = chiefsToCover(records, at.win);
  for (const [chiefId, grids] of chiefs) {
    await deps.outbox.enqueue({
      purpose: `${purpose}-cover`,
      priority: 'routine',
      to: { member: chiefId },
      text: coverText(grids, label, at.win.deadlineAt, deps.calendar, step === 'chase'),
      key: `${purpose}-cover:${at.week}:member:${chiefId}`,
    });
  }
  deps.log.info({ step, week: at.week, workers: list.length, chiefs: chiefs.size }, 'weekly cycle step queued');
}

export const runRemind = (deps: AppDeps, fireAt: Date) => remindOrChase(deps, 'remind', fireAt);
export const runChase = (deps: AppDeps, fireAt: Date) => remindOrChase(deps, 'chase', fireAt);

/** Sunday 20:00: each missing grid's chief, and the admin group with the missing grids by village. */
export async function runDeadline(deps: AppDeps, fireAt: Date): Promise<void> {
  const at = await cycleWeek(deps, 'deadline', fireAt);
  if (!at) return;
  const records = await loadWeek(deps.db, at.week);
  const t = tally(records, at.win);
  if (t.expected === 0) return deps.log.info({ week: at.week }, 'report deadline: no grid was asked this week');
  const label = weekLabel(at.week, deps.calendar);
  for (const [chiefId, grids] of byChief(t.missing)) {
    await deps.outbox.enqueue({
      purpose: 'report-escalate',
      priority: 'reply',
      to: { member: chiefId },
      text: chiefEscalationText(grids, records.workers, label),
      key: `report-escalate:${at.week}:member:${chiefId}`,
    });
  }
  await notifyAdmins(deps.db, deps.outbox, { purpose: 'report-escalate', priority: 'reply', text: adminEscalationText(t, label), key: `report-escalate:${at.week}` });
  deps.log.info({ week: at.week, missing: t.missing.length, received: t.received, expected: t.expected }, 'report deadline passed');
}
