import { performance } from 'node:perf_hooks';
import { benchBroadcast } from '../../../broadcast/index.js';
import { virtualClock } from '../../../kernel/clock.js';
import { createOutbox } from '../../../outbox/enqueue.js';
import { throwawayPglite } from '../databases.js';
import type { BenchRow } from '../table.js';
import type { PartContext } from './context.js';

const PART = 'broadcast';

/** The floor for planning: enqueueing the same number of plain texts, one per group, on a fresh PGlite. */
async function plainEnqueueMs(groups: number): Promise<number> {
  const database = await throwawayPglite();
  try {
    const clock = virtualClock(new Date('2026-12-02T20:00:00+08:00'));
    const outbox = createOutbox(database.db, clock, 1500);
    await outbox.enqueue({ purpose: 'post', priority: 'routine', to: { room: 1 }, text: '预热', key: 'warm' });
    const t0 = performance.now();
    for (let i = 0; i < groups; i++) await outbox.enqueue({ purpose: 'post', priority: 'routine', to: { room: i + 1 }, text: `普法内容 ${i}`, key: `plain:${i}` });
    return performance.now() - t0;
  } finally {
    await database.close();
  }
}

/** Part 4: one post to every grid group: planning and enqueueing, and the paced fan-out on the virtual clock. */
export async function broadcastPart(ctx: PartContext): Promise<BenchRow[]> {
  const groups = ctx.quick ? 20 : 115;
  ctx.progress(`${PART}: ${groups} groups`);
  const b = await benchBroadcast({ groups });
  const plain = await plainEnqueueMs(b.groups);
  const pacing = `interval ${b.pacing.SEND_INTERVAL_MS / 1000} s + jitter < ${b.pacing.SEND_JITTER_MS / 1000} s`;
  return [
    { part: PART, figure: `plan + enqueue, ${b.groups} groups`, value: b.planEnqueueMs, unit: 'ms', baseline: { label: 'plain enqueue', value: plain } },
    {
      part: PART,
      figure: `fan-out length, ${b.groups} groups (virtual time)`,
      value: b.fanOutVirtualMs / 60_000,
      unit: 'min',
      baseline: { label: 'theoretical minimum', value: b.theoreticalMinMs / 60_000 },
      note: pacing,
    },
  ];
}
