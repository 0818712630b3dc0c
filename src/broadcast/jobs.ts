import type { AppDeps } from '../app-deps.js';
import type { Job, JobSource } from '../scheduler/runtime.js';
import { nextFireTimes } from '../scheduler/rules.js';
import { resolveTarget } from './destinations.js';
import { fanOutPosts } from './fanout.js';
import { forwardMessage, handRooms } from './forward.js';
import { listSchedules, type Schedule } from './repo-schedules.js';
import { importSeedPosts } from './seed.js';

/** What a reminder looks like in the group. */
export const reminderText = (message: string): string => `【提醒】${message}`;

/** Runs one firing of a schedule: a post to each target group, or the reminder text. */
export async function fireSchedule(deps: AppDeps, s: Schedule, fireAt: Date): Promise<number> {
  const destinations = await resolveTarget(deps.db, s.target);
  const stamp = fireAt.toISOString();
  if (destinations.length === 0) {
    deps.log.warn({ schedule: s.id }, 'schedule has no bound group to send to');
    return 0;
  }
  if (s.kind === 'reminder') {
    const hand = await handRooms(
      deps,
      destinations.map((d) => d.roomId),
    );
    for (const d of destinations) {
      const key = `remind:${s.id}:${d.roomId}:${stamp}`;
      const room = hand.get(d.roomId);
      if (room && (await forwardMessage(deps, room, reminderText(s.message ?? ''), key, 'reminder-forward'))) continue;
      await deps.outbox.enqueue({
        purpose: 'reminder',
        priority: 'routine',
        to: { room: d.roomId },
        text: reminderText(s.message ?? ''),
        key,
      });
    }
    deps.log.info({ schedule: s.id, groups: destinations.length }, 'reminder queued');
    return destinations.length;
  }
  const result = await fanOutPosts(deps, {
    planAt: fireAt,
    destinations,
    scheduleId: s.id,
    batch: `schedule:${s.id}:${stamp}`,
    keyOf: (roomId) => `post:${s.id}:${roomId}:${stamp}`,
  });
  if (result.exhausted.length) deps.log.warn({ schedule: s.id, groups: result.exhausted.length }, 'groups with no post left to send');
  deps.log.info({ schedule: s.id, groups: result.planned.length }, 'posts queued');
  return result.planned.length;
}

/** The job of one schedule; `since` (creation, or the last 恢复) keeps earlier firings off the books. */
export function scheduleJob(deps: AppDeps, s: Schedule): Job {
  return {
    key: `schedule:${s.id}`,
    next: (after) => nextFireTimes(s.rule, after, 1, deps.calendar.tz)[0] ?? null,
    run: async (fireAt) => void (await fireSchedule(deps, s, fireAt)),
    since: s.activeSince ?? s.createdAt,
  };
}

/**
 * The scheduler's source of broadcast jobs: one per active schedule, re-read at every reload.
 * The first call also imports the seed posts, so every way of starting the app (bot, replay,
 * sandbox) has the content library before the first firing.
 */
export function broadcastJobs(deps: AppDeps): JobSource {
  let seeded: Promise<number> | null = null;
  return async () => {
    seeded ??= importSeedPosts(deps.db, { now: deps.clock.now() });
    await seeded;
    const { schedules, broken } = await listSchedules(deps.db);
    if (broken.length) deps.log.warn({ schedules: broken }, 'schedules with unreadable rule or target skipped');
    return schedules.filter((s) => s.active).map((s) => scheduleJob(deps, s));
  };
}
