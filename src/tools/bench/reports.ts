import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { disputes } from '../../db/schema.js';
import { parseReport } from '../../reports/index.js';
import { startBenchApp } from './app.js';
import { reportText, seeded } from './texts.js';
import { seedTown } from './town.js';

export interface ParseBench {
  reports: number;
  /** parseReport calls per second on one core. */
  perSec: number;
  /** The floor: splitting the same texts into lines and key/value pairs with two regexes. */
  splitPerSec: number;
  /** Texts parseReport accepted (all of them are well formed). */
  accepted: number;
}

/** Rate of the report parser over varied well-formed reports, beside a plain regex split of the same texts. */
export function benchParse(count: number, rounds = 3): ParseBench {
  const rand = seeded(11);
  const texts = Array.from({ length: count }, (_, i) => reportText(rand, '上司村三组', i % 4));
  let accepted = 0;
  for (const t of texts.slice(0, 200)) parseReport(t); // warm-up
  let t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) accepted += parseReport(t).ok && r === 0 ? 1 : 0;
  const parseMs = performance.now() - t0;
  let pairs = 0;
  t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) pairs += t.split(/[\n;；，,]/).map((l) => l.split(/[:：=]/)).length;
  const splitMs = performance.now() - t0;
  if (pairs === 0) throw new Error('split baseline saw no text');
  return { reports: count, perSec: (count * rounds * 1000) / parseMs, splitPerSec: (count * rounds * 1000) / splitMs, accepted };
}

export interface IntakeBench {
  reports: number;
  /** Weekly reports per second from a worker's private message to stored report and dispute rows. */
  perSec: number;
  disputesExpected: number;
  disputesStored: number;
}

/** Monday of ISO week 2026-W49. */
const WEEK_START = new Date('2026-11-30T09:00:00+08:00');
const WEEK_MS = 7 * 86_400_000;

/**
 * Workers' report messages through the whole app (store, identify, route, parse, grid check,
 * ledger rows, confirmation queued) with sending left out: the sender is never run. Every grid
 * reports once a week; moving to the next week is not timed.
 */
export async function benchReportIntake(database: Database, options: { reports: number; groups: number }): Promise<IntakeBench> {
  const groups = Math.min(options.groups, options.reports);
  const town = await seedTown(database.db, { groups, members: groups * 2 + 12 });
  const bench = await startBenchApp(database, WEEK_START);
  const rand = seeded(5);
  let expected = 0;
  let ms = 0;
  try {
    for (let i = 0; i < options.reports; i++) {
      const week = Math.floor(i / groups);
      const at = new Date(WEEK_START.getTime() + week * WEEK_MS + (i % groups) * 60_000);
      if (at > bench.clock.now()) await bench.catchUp(at);
      const worker = town.workers[i % groups]!;
      const count = 1 + (i % 3);
      expected += count;
      const message = {
        wechatMessageId: `report-${i}`,
        roomWechatId: null,
        roomTopic: null,
        senderWechatId: worker.wechatId,
        senderName: worker.name,
        senderAlias: null,
        text: reportText(rand, town.grids[i % groups]!.label, count),
        mentionSelf: false,
        mentions: [],
        mentionIds: [],
        sentAt: at,
      };
      const t0 = performance.now();
      const outcome = await bench.app.receive(message);
      ms += performance.now() - t0;
      if (outcome !== 'handled') throw new Error(`report ${i} was ${outcome}`);
    }
    const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(disputes);
    return { reports: options.reports, perSec: (options.reports * 1000) / ms, disputesExpected: expected, disputesStored: Number(row?.n ?? 0) };
  } finally {
    await bench.app.stop();
  }
}
