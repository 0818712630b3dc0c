import type { AppDeps } from '../app-deps.js';
import type { Destination } from './destinations.js';
import { choosePostWithReason, type ChoiceReason } from './plan.js';
import { queueForwarding, splitManual } from './forward.js';
import { postText } from './render.js';
import { enabledPosts, type StoredPost } from './repo.js';
import { historyByRoom, logDeliveries, recentThemesByVillage, syncResults, type NewLogEntry } from './repo-log.js';

const DAY_MS = 86_400_000;
/** History read for planning: a year decides repeats, the year before only informs rotation. */
export const HISTORY_DAYS = 730;
/** "Recently reported" disputes that steer a village's posts. */
export const DISPUTE_WINDOW_DAYS = 60;

export interface FanOut {
  /** The moment the plan is made for (the fire time of a schedule): special days are judged on it. */
  planAt: Date;
  destinations: readonly Destination[];
  /** Idempotency key of the outbox row per group, e.g. `post:<scheduleId>:<roomId>:<fireAt ISO>`. */
  keyOf(roomId: number): string;
  /** One publicity activity: `schedule:<id>:<fireAt ISO>` or `manual:<message id>`. */
  batch: string;
  scheduleId: number | null;
  /** A post picked by hand: every group gets it, even one that had it before. */
  post?: StoredPost;
}

export interface Planned {
  roomId: number;
  post: StoredPost;
  reason: ChoiceReason | 'manual';
}

export interface FanOutResult {
  planned: Planned[];
  /** Groups that have had every eligible post within the year. */
  exhausted: number[];
}

type Deps = Pick<AppDeps, 'db' | 'outbox' | 'clock' | 'calendar' | 'config'>;

/** Chooses each group's next post with a constant number of queries, whatever the number of groups. */
export async function planPosts(deps: Deps, f: Pick<FanOut, 'planAt' | 'destinations'>): Promise<FanOutResult> {
  const { db } = deps;
  await syncResults(db);
  const posts = await enabledPosts(db);
  const byCode = new Map(posts.map((p) => [p.id, p]));
  const roomIds = f.destinations.map((d) => d.roomId);
  const villageIds = [...new Set(f.destinations.flatMap((d) => (d.villageId === null ? [] : [d.villageId])))];
  const history = await historyByRoom(db, roomIds, new Date(f.planAt.getTime() - HISTORY_DAYS * DAY_MS));
  const themes = await recentThemesByVillage(db, villageIds, new Date(f.planAt.getTime() - DISPUTE_WINDOW_DAYS * DAY_MS));
  const out: FanOutResult = { planned: [], exhausted: [] };
  for (const d of f.destinations) {
    const choice = choosePostWithReason({
      now: f.planAt,
      tz: deps.calendar.tz,
      posts,
      history: history.get(d.roomId) ?? [],
      recentThemes: d.villageId === null ? [] : (themes.get(d.villageId) ?? []),
    });
    if (choice) out.planned.push({ roomId: d.roomId, post: byCode.get(choice.post.id)!, reason: choice.reason });
    else out.exhausted.push(d.roomId);
  }
  return out;
}

/**
 * Plans (or takes the hand-picked post), hands one message per group to the outbox at routine
 * priority — the outbox paces the actual sending — and logs every delivery in one insert.
 */
export async function fanOutPosts(deps: Deps, f: FanOut): Promise<FanOutResult> {
  const result: FanOutResult = f.post
    ? { planned: f.destinations.map((d) => ({ roomId: d.roomId, post: f.post!, reason: 'manual' as const })), exhausted: [] }
    : await planPosts(deps, f);
  const at = deps.clock.now();
  const log: NewLogEntry[] = [];
  const { bot, manual } = await splitManual(deps, result.planned);
  const entry = (p: Planned, key: string): NewLogEntry => ({
    postId: p.post.dbId,
    roomId: p.roomId,
    at,
    manual: f.post !== undefined,
    scheduleId: f.scheduleId,
    batch: f.batch,
    outboxKey: key,
  });
  for (const p of bot) {
    const key = f.keyOf(p.roomId);
    await deps.outbox.enqueue({ purpose: 'post', priority: 'routine', to: { room: p.roomId }, text: postText(p.post), key });
    log.push(entry(p, key));
  }
  for (const p of manual) {
    const key = f.keyOf(p.roomId);
    log.push({ ...entry(p, key), result: await queueForwarding(deps, p, postText(p.post), key) });
  }
  await logDeliveries(deps.db, log);
  return result;
}
