import { DEFAULT_TZ, localParts } from '../kernel/time.js';
import type { Post } from './content.js';
import { isDatedOccasion, specialDaysOn, THEMES, type SpecialDay, type Theme } from './themes.js';

/** One post a group received, from the post log. */
export interface Delivery {
  postId: string;
  at: Date;
}

export interface PlanInput {
  now: Date;
  tz?: string;
  /** Enabled posts only. */
  posts: readonly Post[];
  /** What this group received (at least the last 365 days; older entries only inform rotation). */
  history: readonly Delivery[];
  /** Categories of disputes recently reported in the group's village, most frequent first. */
  recentThemes: readonly Theme[];
}

export type ChoiceReason = 'specialDay' | 'disputes' | 'rotation';
export interface Choice {
  post: Post;
  reason: ChoiceReason;
}

const NO_REPEAT_MS = 365 * 86_400_000;

/**
 * Occasions in force at `now`, best first: the day itself, then a month or season. A dated
 * occasion (12·4 国家宪法日) counts on its own day only: a post that speaks of "today" days later
 * reads as a mistake, so a schedule that does not fire that day simply does not post it.
 */
export function activeOccasions(now: Date, tz: string = DEFAULT_TZ): SpecialDay[] {
  const p = localParts(now, tz);
  const days = specialDaysOn(p.month, p.day);
  return [...days.filter(isDatedOccasion), ...days.filter((d) => !isDatedOccasion(d))];
}

/** Latest delivery time per post id and per theme. */
function lastSent(posts: readonly Post[], history: readonly Delivery[]) {
  const byId = new Map(posts.map((p) => [p.id, p]));
  const post = new Map<string, number>();
  const theme = new Map<Theme, number>();
  for (const h of history) {
    const t = h.at.getTime();
    post.set(h.postId, Math.max(post.get(h.postId) ?? -Infinity, t));
    const th = byId.get(h.postId)?.theme;
    if (th) theme.set(th, Math.max(theme.get(th) ?? -Infinity, t));
  }
  return { post, theme };
}

/** Never-sent posts first, then the longest ago, then by id: a stable order within one theme. */
function byFreshness(sent: Map<string, number>) {
  return (a: Post, b: Post) => (sent.get(a.id) ?? -Infinity) - (sent.get(b.id) ?? -Infinity) || a.id.localeCompare(b.id);
}

/**
 * Picks the next post for one group, or null when everything eligible was sent within a year:
 * today's special day first, then the themes of the village's recent disputes (skipping the theme of
 * the group's last post so one theme does not crowd out the rest), then the least recently used theme.
 */
export function choosePostWithReason(input: PlanInput): Choice | null {
  const tz = input.tz ?? DEFAULT_TZ;
  const now = input.now.getTime();
  const sent = lastSent(input.posts, input.history);
  const fresh = input.posts.filter((p) => !(now - (sent.post.get(p.id) ?? -Infinity) < NO_REPEAT_MS));
  const order = byFreshness(sent.post);

  for (const day of activeOccasions(input.now, tz)) {
    const hit = fresh.filter((p) => p.specialDay === day).sort(order)[0];
    if (hit) return { post: hit, reason: 'specialDay' };
  }
  // Occasion posts speak of their day, so outside it they wait for next year.
  const everyday = fresh.filter((p) => p.specialDay === undefined);
  const lastTheme = lastPostTheme(input.posts, input.history);
  for (const theme of input.recentThemes) {
    if (theme === lastTheme) continue;
    const hit = everyday.filter((p) => p.theme === theme).sort(order)[0];
    if (hit) return { post: hit, reason: 'disputes' };
  }
  const themes = THEMES.filter((t) => everyday.some((p) => p.theme === t)).sort((a, b) => (sent.theme.get(a) ?? -Infinity) - (sent.theme.get(b) ?? -Infinity));
  const theme = themes[0];
  if (theme === undefined) return null;
  return { post: everyday.filter((p) => p.theme === theme).sort(order)[0]!, reason: 'rotation' };
}

function lastPostTheme(posts: readonly Post[], history: readonly Delivery[]): Theme | null {
  const latest = history.reduce<Delivery | null>((a, h) => (a && a.at >= h.at ? a : h), null);
  return latest ? (posts.find((p) => p.id === latest.postId)?.theme ?? null) : null;
}

/** The next post for a group (see choosePostWithReason). */
export function choosePost(input: PlanInput): Post | null {
  return choosePostWithReason(input)?.post ?? null;
}
