import { DEFAULT_TZ, fromLocal, localParts } from '../kernel/time.js';
import type { DeliveryCount } from './repo-log.js';
import { THEMES, themeLabel, type Theme } from './themes.js';
import { gridPostStatus, gridStatusLine, type GridPostStatus } from './grid-status.js';

export interface PeriodRange {
  from: Date;
  to: Date;
  label: string;
}

/** This month or this year, in local time: [first day 00:00, next period's first day 00:00). */
export function periodRange(period: 'month' | 'year', now: Date, tz: string = DEFAULT_TZ): PeriodRange {
  const p = localParts(now, tz);
  if (period === 'year') {
    return { from: fromLocal({ year: p.year, month: 1, day: 1 }, tz), to: fromLocal({ year: p.year + 1, month: 1, day: 1 }, tz), label: `${p.year}年` };
  }
  return { from: fromLocal({ year: p.year, month: p.month, day: 1 }, tz), to: fromLocal({ year: p.year, month: p.month + 1, day: 1 }, tz), label: `${p.year}年${p.month}月` };
}

export interface StatsSummary {
  posts: number;
  groups: number;
  sent: number;
  failed: number;
  queued: number;
  /** Groups posted by hand: forwarded by their worker, or still waiting for it. */
  forwarded: number;
  toForward: number;
  /** Per village (null: the admin group or a group bound to no grid), most posts first. */
  villages: { village: string | null; posts: number; groups: number }[];
  themes: { theme: Theme; posts: number; groups: number }[];
  /** Per grid: posted by the bot, forwarded by hand, not yet forwarded. */
  grids: GridPostStatus[];
}

type Tally = { posts: number; rooms: Set<number> };

function tally<K>(map: Map<K, Tally>, key: K, c: DeliveryCount): void {
  const t = map.get(key) ?? { posts: 0, rooms: new Set<number>() };
  t.posts += c.n;
  t.rooms.add(c.roomId);
  map.set(key, t);
}

/** Most posts first; ties by name, the groups of no village last. */
function byPostsThenName(a: { village: string | null; posts: number }, b: { village: string | null; posts: number }): number {
  if (b.posts !== a.posts) return b.posts - a.posts;
  if (a.village === null || b.village === null) return a.village === null ? (b.village === null ? 0 : 1) : -1;
  return a.village.localeCompare(b.village, 'zh-CN');
}

/** Adds up the per-group counts of the post log. */
export function summarize(counts: readonly DeliveryCount[]): StatsSummary {
  const byResult = { sent: 0, failed: 0, queued: 0, forwarded: 0, toForward: 0 };
  const bucket = { sent: 'sent', failed: 'failed', queued: 'queued', forwarded: 'forwarded', to_forward: 'toForward' } as const;
  const villages = new Map<string | null, Tally>();
  const themes = new Map<Theme, Tally>();
  const rooms = new Set<number>();
  for (const c of counts) {
    byResult[bucket[c.result]] += c.n;
    tally(villages, c.village, c);
    tally(themes, c.theme, c);
    rooms.add(c.roomId);
  }
  return {
    posts: byResult.sent + byResult.failed + byResult.queued + byResult.forwarded + byResult.toForward,
    groups: rooms.size,
    ...byResult,
    villages: [...villages].map(([village, v]) => ({ village, posts: v.posts, groups: v.rooms.size })).sort(byPostsThenName),
    themes: THEMES.filter((t) => themes.has(t))
      .map((t) => ({ theme: t, posts: themes.get(t)!.posts, groups: themes.get(t)!.rooms.size }))
      .sort((a, b) => b.posts - a.posts),
    grids: gridPostStatus(counts),
  };
}

export interface StatsReport {
  period: PeriodRange;
  summary: StatsSummary;
  /** The year's publicity activities: firings of schedules and manual sends. */
  year: { label: string; scheduled: number; manual: number };
}

/** `#普法 统计` in a form the centre can copy into its report. */
export function renderStats(r: StatsReport): string {
  const s = r.summary;
  const yearLine = `${r.year.label}普法活动：共 ${r.year.scheduled + r.year.manual} 次（定时 ${r.year.scheduled} 次，手动 ${r.year.manual} 次）`;
  if (s.posts === 0) return `普法统计（${r.period.label}）：还没有推送记录。\n${yearLine}`;
  const lines = [
    `普法统计（${r.period.label}）`,
    `推送 ${s.posts} 次，覆盖 ${s.groups} 个群（已发出 ${s.sent}，失败 ${s.failed}，待发 ${s.queued}）`,
    ...(s.forwarded + s.toForward ? [`人工转发的群：已转发 ${s.forwarded}，还没转发 ${s.toForward}`] : []),
    '按村：',
    ...s.villages.map((v) => `· ${v.village ?? '管理群等'}：${v.posts} 次，${v.groups} 个群`),
    '按主题：',
    ...s.themes.map((t) => `· ${themeLabel(t.theme)}：${t.posts} 次，${t.groups} 个群`),
    ...(s.grids.length ? ['按网格：', ...s.grids.map((g) => `· ${gridStatusLine(g)}`)] : []),
    yearLine,
  ];
  return lines.join('\n');
}
