import { performance } from 'node:perf_hooks';
import { virtualClock } from '../../kernel/clock.js';
import { sql } from 'drizzle-orm';
import { createRouter, type Route } from '../../kernel/router.js';
import type { InboundMessage } from '../../chat/port.js';
import type { Database } from '../../db/client.js';
import { inboundMessages } from '../../db/schema.js';
import { createPipeline } from '../../inbound/pipeline.js';
import { finishInbound } from '../../inbound/store.js';
import { createOutbox } from '../../outbox/enqueue.js';
import { createIdentity } from '../../identity/index.js';
import { benchConfig, chatter, nullTransport, seedChatters, silentLog } from './fixtures.js';
import { createCalendar } from '../../kernel/calendar.js';

export interface PipelineBench {
  messages: number;
  /** Messages per second through store + identify + route (no-op handler) + finish. */
  pipelinePerSec: number;
  /** Plain one-row inserts of the same messages into inbound_messages, each query built anew, per second. */
  rawInsertPerSec: number;
  /** The same inserts through one prepared statement (as the pipeline runs its own), per second. */
  preparedInsertPerSec: number;
  /**
   * The least a pipeline that stores before handling can do: the prepared insert, then marking the
   * row handled (two writes, nothing looked up, no handler), per second.
   */
  floorPerSec: number;
  /** Outcome counts: every message must come back 'handled'. */
  outcomes: Record<string, number>;
}

const AT = new Date('2026-12-02T10:00:00+08:00');
const PEOPLE = 200;
const GROUPS = 20;

const noop: Route = { name: 'noop', match: () => true, handle: async () => {} };

/** The row storeInbound would write, inserted with nothing else around it. */
type Row = ReturnType<typeof rawRow>;
const rawRow = (m: InboundMessage) => ({
  wechatMessageId: m.wechatMessageId,
  roomWechatId: m.roomWechatId,
  roomTopic: m.roomTopic,
  senderWechatId: m.senderWechatId,
  senderName: m.senderName,
  text: m.text,
  mentionSelf: m.mentionSelf,
  mentions: m.mentions,
  mentionIds: m.mentionIds,
  sentAt: m.sentAt,
  storedAt: AT,
  status: 'pending' as const,
});

/**
 * The foundation figure: the real pipeline (real identify, a route table whose only route does
 * nothing) against raw inserts of the same rows. The two alternate in rounds, so a neighbour's load
 * on a shared machine falls on both alike.
 */
export async function benchPipeline(database: Database, options: { messages: number; rounds?: number }): Promise<PipelineBench> {
  const { db } = database;
  const clock = virtualClock(AT);
  const config = benchConfig();
  const log = silentLog();
  await seedChatters(db, PEOPLE, GROUPS);
  const identity = createIdentity({ db, transport: nullTransport(), log, clock });
  const deps = { db, clock, calendar: createCalendar(clock, config.TZ), config, log, outbox: createOutbox(db, clock, config.SEND_MAX_CHARS) };
  const pipeline = createPipeline({ ...deps, instanceId: 'bench', route: createRouter([noop], noop), identify: identity.identify, loginAt: () => null });

  const rounds = options.rounds ?? 5;
  const perRound = Math.max(1, Math.floor(options.messages / rounds));
  const viaPipeline = chatter(perRound * rounds, PEOPLE, GROUPS, 'p', AT);
  const raw = chatter(perRound * rounds, PEOPLE, GROUPS, 'r', AT).map(rawRow);
  const prepared = chatter(perRound * rounds, PEOPLE, GROUPS, 'q', AT).map(rawRow);
  const floor = chatter(perRound * rounds, PEOPLE, GROUPS, 'f', AT).map(rawRow);
  const placeholders = Object.fromEntries(Object.keys(raw[0]!).map((k) => [k, sql.placeholder(k)])) as unknown as Row;
  const insert = db.insert(inboundMessages).values(placeholders).prepare('bench_insert');
  const insertReturning = db.insert(inboundMessages).values(placeholders).returning({ id: inboundMessages.id }).prepare('bench_insert_id');
  const storeAndMark = async (r: Row) => {
    const [row] = await insertReturning.execute(r);
    await finishInbound(db, row!.id, AT, { route: noop.name });
  };
  // Warm-up: prepared statements, JIT, caches.
  for (const m of chatter(50, PEOPLE, GROUPS, 'warm', AT)) {
    await clock.advanceTo(new Date(clock.now().getTime() + 1000));
    await pipeline.receive(m);
  }
  for (const r of chatter(50, PEOPLE, GROUPS, 'warm-raw', AT).map(rawRow)) await db.insert(inboundMessages).values(r);
  for (const r of chatter(50, PEOPLE, GROUPS, 'warm-prepared', AT).map(rawRow)) await insert.execute(r);
  for (const r of chatter(50, PEOPLE, GROUPS, 'warm-floor', AT).map(rawRow)) await storeAndMark(r);

  const outcomes: Record<string, number> = {};
  let pipelineMs = 0;
  let rawMs = 0;
  let preparedMs = 0;
  let floorMs = 0;
  for (let round = 0; round < rounds; round++) {
    const slice = [round * perRound, (round + 1) * perRound] as const;
    let t = performance.now();
    for (const r of raw.slice(...slice)) await db.insert(inboundMessages).values(r);
    rawMs += performance.now() - t;
    t = performance.now();
    for (const r of prepared.slice(...slice)) await insert.execute(r);
    preparedMs += performance.now() - t;
    t = performance.now();
    for (const r of floor.slice(...slice)) await storeAndMark(r);
    floorMs += performance.now() - t;
    t = performance.now();
    for (const m of viaPipeline.slice(...slice)) {
      // A message a second: each of the 200 people speaks every few minutes, far below the flood limit.
      await clock.advanceTo(new Date(clock.now().getTime() + 1000));
      const outcome = await pipeline.receive(m);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
    pipelineMs += performance.now() - t;
  }
  const n = perRound * rounds;
  const perSec = (ms: number) => (n / ms) * 1000;
  return {
    messages: n,
    pipelinePerSec: perSec(pipelineMs),
    rawInsertPerSec: perSec(rawMs),
    preparedInsertPerSec: perSec(preparedMs),
    floorPerSec: perSec(floorMs),
    outcomes,
  };
}
