import { performance } from 'node:perf_hooks';
import { eq, sql } from 'drizzle-orm';
import type { InboundMessage } from '../../chat/port.js';
import type { Database } from '../../db/client.js';
import { disputes, inboundMessages, outbox } from '../../db/schema.js';
import { startBenchApp, type BenchApp } from './app.js';
import { planWeek, type Planned } from './load-plan.js';
import { mb, memoryDays, percentile, type DayPeak } from './measure.js';
import { seedTown, type Town } from './town.js';

export interface LoadOptions {
  groups: number;
  members: number;
  messages: number;
  days?: number;
  /** Statutes imported before the week starts, so questions are answered from them. */
  laws?: string | null;
}

export interface LoadResult {
  messages: number;
  /** Inbound rows by status: every message stored, none left pending or failed. */
  statuses: Record<string, number>;
  /** Messages sent in but not stored. */
  lost: number;
  /** Error-level log lines. */
  errors: number;
  firstErrors: string[];
  /** Wall time of each app.receive: store, identify, route, handle; no sending, no LLM. */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The same for group chatter alone (stored, routed to the fallback, no reply): the bare path. */
  chatterP50Ms: number;
  chatterP99Ms: number;
  /** Resident memory after seeding, before the first message. */
  rssBeforeMb: number;
  /** What the sender sent on the virtual clock, and the outbox rows by status at the end. */
  sends: number;
  outbox: Record<string, number>;
  days: DayPeak[];
  wallMs: number;
}

/** Monday 2026-11-30 00:00 in Shanghai: ISO week 49. */
const WEEK = new Date('2026-11-30T00:00:00+08:00');

const counts = async (db: Database['db'], table: typeof inboundMessages | typeof outbox) => {
  const rows = await db.select({ status: table.status, n: sql<number>`count(*)::int` }).from(table).groupBy(table.status);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
};

/** `#进展 {code}` names one of the worker's own grid's disputes (or asks for #我的 when there is none yet). */
async function fillIn(db: Database['db'], town: Town, p: Planned): Promise<string> {
  if (!p.text.includes('{code}')) return p.text;
  const gridId = p.from.grid === null ? null : town.grids[p.from.grid]!.gridId;
  const [row] = gridId === null ? [] : await db.select({ code: disputes.code }).from(disputes).where(eq(disputes.gridId, gridId)).orderBy(sql`random()`).limit(1);
  return row ? p.text.replace('{code}', row.code) : '#我的';
}

const toMessage = (p: Planned, i: number, text: string): InboundMessage => ({
  wechatMessageId: `load-${i}`,
  roomWechatId: p.room?.wechatId ?? null,
  roomTopic: p.room?.topic ?? null,
  senderWechatId: p.from.wechatId,
  senderName: p.from.name,
  senderAlias: null,
  text: p.mention ? `@网格助手\u2005${text}` : text,
  mentionSelf: p.mention,
  mentions: [],
  mentionIds: [],
  sentAt: new Date(p.at),
});

async function runWeek(bench: BenchApp, database: Database, town: Town, plan: Planned[], sample: (at: number) => void): Promise<number[]> {
  const latencies: number[] = [];
  // Live heap (after a full collection) once a simulated hour or so, when node runs with --expose-gc.
  const gc = (globalThis as { gc?: () => void }).gc;
  for (const [i, p] of plan.entries()) {
    await bench.catchUp(new Date(p.at));
    const message = toMessage(p, i, await fillIn(database.db, town, p));
    const t0 = performance.now();
    await bench.app.receive(message);
    latencies.push(performance.now() - t0);
    if (i % 100 === 0) {
      if (gc && i % 1000 === 0) gc();
      sample(p.at);
    }
  }
  return latencies;
}

/**
 * The load run: a township (groups, members) and a week of its traffic on the virtual clock, the
 * sender and the scheduled jobs running between messages as they would in production.
 */
export async function runLoad(database: Database, options: LoadOptions): Promise<LoadResult> {
  const started = performance.now();
  const days = options.days ?? 7;
  const town = await seedTown(database.db, { groups: options.groups, members: options.members });
  const plan = planWeek(town, { start: WEEK, days, messages: options.messages });
  // A busy township's bot: the daily send budget must not hold replies over to the next day.
  const bench = await startBenchApp(database, WEEK, { SEND_DAILY_BUDGET: '5000' }, options.laws ?? null);
  const memory = memoryDays(WEEK, days);
  const rssBeforeMb = mb(process.memoryUsage().rss);
  try {
    const latencies = await runWeek(bench, database, town, plan, memory.sample);
    const chatter = latencies.filter((_, i) => plan[i]!.kind === 'chatter').sort((a, b) => a - b);
    await bench.catchUp(new Date(WEEK.getTime() + days * 86_400_000));
    memory.sample(WEEK.getTime() + days * 86_400_000 - 1);
    const statuses = await counts(database.db, inboundMessages);
    const stored = Object.values(statuses).reduce((a, b) => a + b, 0);
    const sorted = [...latencies].sort((a, b) => a - b);
    const errors = bench.errors();
    return {
      messages: plan.length,
      statuses,
      lost: plan.length - stored,
      errors: errors.count,
      firstErrors: errors.first,
      p50Ms: percentile(sorted, 0.5),
      p99Ms: percentile(sorted, 0.99),
      maxMs: sorted.at(-1) ?? 0,
      chatterP50Ms: percentile(chatter, 0.5),
      chatterP99Ms: percentile(chatter, 0.99),
      rssBeforeMb,
      sends: bench.sends(),
      outbox: await counts(database.db, outbox),
      days: memory.peaks(),
      wallMs: performance.now() - started,
    };
  } finally {
    await bench.app.stop();
  }
}
