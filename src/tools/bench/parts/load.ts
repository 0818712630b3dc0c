import { benchTargets, withDatabase } from '../databases.js';
import { runLoad, type LoadResult } from '../load.js';
import type { BenchRow } from '../table.js';
import type { PartContext } from './context.js';

const PART = 'load';

/** Day 1 also holds start-up (statute import, index build): the change from day 2 on says more about growth. */
const steady = (peaks: number[]) => (peaks.length > 2 ? `; day 2→${peaks.length} ${formatChange(peaks[1]!, peaks.at(-1)!)}` : '');
const formatChange = (from: number, to: number) => `${to >= from ? '+' : ''}${(((to - from) / from) * 100).toFixed(1)}%`;

const list = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

function rows(r: LoadResult, label: string): BenchRow[] {
  const handled = r.statuses.handled ?? 0;
  const clean = r.lost === 0 && (r.statuses.failed ?? 0) === 0 && (r.statuses.pending ?? 0) === 0 && r.errors === 0;
  const first = r.days[0]!;
  const last = r.days.at(-1)!;
  const peakRss = Math.max(...r.days.map((d) => d.rssMb));
  return [
    {
      part: PART,
      figure: `messages handled (${label})`,
      value: handled,
      unit: 'msgs',
      goal: 'no loss, no failure, no error',
      met: clean,
      baseline: { label: 'sent in', value: r.messages },
      note: `${list(r.statuses)}; lost ${r.lost}; error logs ${r.errors}`,
    },
    { part: PART, figure: 'handling latency p50', value: r.p50Ms, unit: 'ms', baseline: { label: 'chatter p50', value: r.chatterP50Ms }, note: 'no pacing, no LLM' },
    { part: PART, figure: 'handling latency p99', value: r.p99Ms, unit: 'ms', baseline: { label: 'chatter p99', value: r.chatterP99Ms }, note: `max ${r.maxMs.toFixed(0)} ms` },
    { part: PART, figure: 'peak RSS over the week', value: peakRss, unit: 'MB', baseline: { label: 'RSS before traffic', value: r.rssBeforeMb } },
    {
      part: PART,
      figure: `peak RSS, day ${last.day} vs day 1`,
      value: last.rssMb,
      unit: 'MB',
      goal: '≤ day 1 + 10%',
      met: last.rssMb <= first.rssMb * 1.1,
      baseline: { label: 'day 1', value: first.rssMb },
      note: `per day: ${r.days.map((d) => d.rssMb.toFixed(0)).join(' ')}${steady(r.days.map((d) => d.rssMb))}`,
    },
    {
      part: PART,
      figure: `peak heap, day ${last.day} vs day 1`,
      value: last.heapMb,
      unit: 'MB',
      goal: '≤ day 1 + 10%',
      met: last.heapMb <= first.heapMb * 1.1,
      baseline: { label: 'day 1', value: first.heapMb },
      note: `per day: ${r.days.map((d) => d.heapMb.toFixed(0)).join(' ')}${steady(r.days.map((d) => d.heapMb))}`,
    },
    {
      part: PART,
      figure: 'sent on the virtual clock',
      value: r.sends,
      unit: 'msgs',
      baseline: { label: 'outbox rows', value: Object.values(r.outbox).reduce((a, b) => a + b, 0) },
      note: `outbox: ${list(r.outbox)}; wall ${(r.wallMs / 1000).toFixed(0)} s`,
    },
  ];
}

/** Part 5: a busy township's week on the virtual clock, on PostgreSQL when given, else PGlite. */
export async function loadPart(ctx: PartContext): Promise<BenchRow[]> {
  const target = benchTargets(ctx.databaseUrl).at(-1)!;
  const size = ctx.quick ? { groups: 10, members: 80, messages: 500 } : { groups: 115, members: 800, messages: 30_000 };
  ctx.progress(`${PART}: ${size.messages} messages, ${size.groups} groups, ${size.members} members on ${target.label}`);
  const result = await withDatabase(target, (db) => runLoad(db, { ...size, laws: ctx.quick ? null : ctx.lawsDir }));
  return rows(result, `${size.messages} msgs, ${size.groups} groups, ${target.label}`);
}
