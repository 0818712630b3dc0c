import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { ensureGrid } from '../roster/index.js';
import type { AppDeps } from '../app-deps.js';
import { virtualClock } from '../kernel/clock.js';
import { createLogger } from '../kernel/logger.js';
import { parseConfig, type Config } from '../config.js';
import { openDatabase } from '../db/client.js';
import type { Db } from '../db/client.js';
import { disputes, members, rooms } from '../db/schema.js';
import { createOutbox } from '../outbox/enqueue.js';
import { createSender } from '../outbox/sender.js';
import { resolveTarget } from './destinations.js';
import { fanOutPosts } from './fanout.js';
import { importSeedPosts } from './seed.js';
import { createCalendar } from '../kernel/calendar.js';

export interface BroadcastBench {
  groups: number;
  /** Wall-clock time to resolve the groups, choose each one's post and enqueue them all. */
  planEnqueueMs: number;
  /** Virtual time from the fire time to the last send under the default pacing (SEND_* defaults). */
  fanOutVirtualMs: number;
  /** The pacing's floor for this many single-message groups: (groups − 1) × SEND_INTERVAL_MS. */
  theoreticalMinMs: number;
  pacing: Pick<Config, 'SEND_INTERVAL_MS' | 'SEND_ROOM_INTERVAL_MS' | 'SEND_JITTER_MS'>;
}

const FIRE_AT = new Date('2026-12-02T20:00:00+08:00');

/** The model township: 11 villages with 115 grids between them, each grid with its bound group. */
async function seedTown(db: Db, groups: number, villages: number): Promise<void> {
  const [worker] = await db.insert(members).values({ name: '网格员', role: 'worker' }).returning();
  for (let i = 0; i < groups; i++) {
    const v = i % villages;
    const { grid, village } = await ensureGrid(db, `试点${v + 1}村`, `${Math.floor(i / villages) + 1}组`);
    await db.insert(rooms).values({ topic: `网格群${i + 1}`, kind: 'grid', gridId: grid.id, wechatId: `room-${i + 1}` });
    // A few recent disputes so the plan's village themes are exercised too.
    if (i < villages * 2) {
      await db.insert(disputes).values({
        code: `B${i + 1}`,
        year: 2026,
        villageId: village.id,
        gridId: grid.id,
        reporterId: worker!.id,
        category: i % 2 ? 'land' : 'neighbor',
        summary: '演示',
        status: 'pending',
        createdAt: FIRE_AT,
        updatedAt: FIRE_AT,
      });
    }
  }
}

/** Deterministic jitter, so the virtual length is the same at every run. */
function lcg(seed = 7): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * `npm run bench` (broadcast part): plans and enqueues one post to each of 115 grid groups on an
 * in-memory database, then sends them on a virtual clock with the default pacing.
 */
export async function benchBroadcast(options: { groups?: number; villages?: number } = {}): Promise<BroadcastBench> {
  const groups = options.groups ?? 115;
  const database = await openDatabase({ memory: true });
  try {
    await database.migrate();
    const { db } = database;
    const clock = virtualClock(FIRE_AT);
    const config = parseConfig({ DATA_DIR: '/nonexistent' });
    const log = createLogger('silent', pino.destination('/dev/null'));
    const deps: AppDeps = { db, clock, calendar: createCalendar(clock, config.TZ), config, log, outbox: createOutbox(db, clock, config.SEND_MAX_CHARS) };
    await seedTown(db, groups, options.villages ?? 11);
    await importSeedPosts(db, { now: FIRE_AT });

    const t0 = performance.now();
    const destinations = await resolveTarget(db, { kind: 'allGrids' });
    await fanOutPosts(deps, { planAt: FIRE_AT, destinations, scheduleId: 1, batch: 'bench', keyOf: (id) => `post:bench:${id}` });
    const planEnqueueMs = performance.now() - t0;

    const sender = createSender({
      db,
      clock,
      config,
      log,
      instanceId: 'bench',
      random: lcg(),
      transport: { sendText: async () => {}, sendFile: async () => {} },
      resolve: async (t) => ({ room: `room-${t.id}` }),
      resolveMentions: async () => [],
      alertAdmins: async () => {},
    });
    let last = FIRE_AT;
    let steps = 0;
    // The step bound only guards against a pacing bug turning the bench into an endless loop.
    for (let at = await sender.nextDueAt(); at && steps++ < groups * 20; at = await sender.nextDueAt()) {
      await clock.advanceTo(at);
      if ((await sender.sendNext()) === 'sent') last = clock.now();
    }
    return {
      groups: destinations.length,
      planEnqueueMs,
      fanOutVirtualMs: last.getTime() - FIRE_AT.getTime(),
      theoreticalMinMs: Math.max(0, destinations.length - 1) * config.SEND_INTERVAL_MS,
      pacing: { SEND_INTERVAL_MS: config.SEND_INTERVAL_MS, SEND_ROOM_INTERVAL_MS: config.SEND_ROOM_INTERVAL_MS, SEND_JITTER_MS: config.SEND_JITTER_MS },
    };
  } finally {
    await database.close();
  }
}
