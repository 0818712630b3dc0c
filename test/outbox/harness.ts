import { eq, sql } from 'drizzle-orm';
import { afterAll } from 'vitest';
import { createLogger } from '../../src/kernel/logger.js';
import { virtualClock, type VirtualClock } from '../../src/kernel/clock.js';
import type { Address, OutgoingFile } from '../../src/chat/port.js';
import type { Database, Db } from '../../src/db/client.js';
import { outbox } from '../../src/db/schema.js';
import { createOutbox, type Outbox, type OutboxMeta } from '../../src/outbox/enqueue.js';
import { createSender, type Sender, type SenderDeps } from '../../src/outbox/sender.js';
import type { PacingConfig } from '../../src/outbox/pacing.js';
import { testDb } from '../support/db.js';

export const START = new Date('2026-11-23T08:00:00+08:00');

export const PACING: PacingConfig = {
  SEND_INTERVAL_MS: 3_000,
  SEND_ROOM_INTERVAL_MS: 10_000,
  SEND_JITTER_MS: 2_000,
  SEND_DAILY_BUDGET: 800,
  TZ: 'Asia/Shanghai',
};

export interface Sent {
  to: Address;
  text?: string;
  file?: OutgoingFile;
  mentions?: string[];
  at: Date;
}

/** A transport at the port: records every call; `fail` decides per call whether it throws. */
export function fakeTransport(clock: { now(): Date }) {
  const sent: Sent[] = [];
  const attempts: Sent[] = [];
  const t = {
    sent,
    attempts,
    fail: (_call: Sent): Error | null => null,
    /** When set, the send waits for this promise (a puppet that hangs or is slow). */
    hold: null as Promise<void> | null,
    async sendText(to: Address, text: string, mentions?: string[]) {
      await t.record({ to, text, mentions, at: clock.now() });
    },
    async sendFile(to: Address, file: OutgoingFile) {
      await t.record({ to, file, at: clock.now() });
    },
    async record(call: Sent) {
      attempts.push(call);
      if (t.hold) await t.hold;
      const err = t.fail(call);
      if (err) throw err;
      sent.push(call);
    },
  };
  return t;
}
export type FakeTransport = ReturnType<typeof fakeTransport>;

/** Deterministic jitter source (a small LCG), so failures reproduce. */
export function seededRandom(seed = 42): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface Alert {
  text: string;
  key: string;
  meta?: OutboxMeta;
}

export interface Harness {
  db: Db;
  clock: VirtualClock;
  outbox: Outbox;
  transport: FakeTransport;
  sender: Sender;
  alerts: Alert[];
  logs: string[];
  /** Another sender on the same database and clock (a second instance). */
  another(instanceId: string, transport?: FakeTransport): Sender;
  /** Nothing to do: the file's database is closed after all its tests. */
  close(): Promise<void>;
}

// Opening a database costs seconds (PGlite compiles WASM), so a test file shares one and each
// test starts from empty outbox and bot_state tables.
let shared: Promise<Database> | null = null;
afterAll(async () => {
  if (shared) await (await shared).close();
  shared = null;
});

export interface SetupOptions {
  pacing?: Partial<PacingConfig>;
  random?: () => number;
  maxChars?: number;
  resolve?: SenderDeps['resolve'];
}

export async function setup(options: SetupOptions = {}): Promise<Harness> {
  shared ??= testDb();
  const database = await shared;
  await database.db.execute(sql`truncate outbox, bot_state restart identity`);
  const clock = virtualClock(START);
  const logs: string[] = [];
  const log = createLogger('debug', { write: (line: string) => void logs.push(line) });
  const alerts: Alert[] = [];
  const transport = fakeTransport(clock);
  const base: Omit<SenderDeps, 'instanceId' | 'transport'> = {
    db: database.db,
    clock,
    config: { ...PACING, ...options.pacing },
    log,
    random: options.random ?? seededRandom(),
    resolve: options.resolve ?? (async (t) => (t.kind === 'room' ? { room: `wx-room-${t.id}` } : { contact: `wx-member-${t.id}` })),
    resolveMentions: async (ids) => ids.map((id) => `wx-member-${id}`),
    alertAdmins: async (text, key, meta) => void alerts.push({ text, key, ...(meta ? { meta } : {}) }),
  };
  return {
    db: database.db,
    clock,
    outbox: createOutbox(database.db, clock, options.maxChars ?? 1_500),
    transport,
    sender: createSender({ ...base, instanceId: 'test-a', transport }),
    alerts,
    logs,
    another: (instanceId, t = transport) => createSender({ ...base, instanceId, transport: t }),
    close: async () => {},
  };
}

/** What the replay runner does: jump the virtual clock to each due send until `until`. */
export async function runUntil(h: Pick<Harness, 'clock'>, sender: Sender, until: Date): Promise<void> {
  for (let guard = 0, t = await sender.nextDueAt(); t && t <= until; t = await sender.nextDueAt(), guard++) {
    if (guard > 10_000) throw new Error('runUntil: no progress');
    await h.clock.advanceTo(t);
    await sender.sendNext();
  }
  await h.clock.advanceTo(until);
}

export const minutes = (n: number) => n * 60_000;
export const after = (ms: number, from = START) => new Date(from.getTime() + ms);

export async function rowByKey(db: Db, key: string) {
  const [row] = await db.select().from(outbox).where(eq(outbox.idempotencyKey, key));
  if (!row) throw new Error(`no outbox row ${key}`);
  return row;
}

export const textOf = (s: Sent) => s.text ?? s.file?.name ?? '';
export const gaps = (times: Date[]) => times.slice(1).map((t, i) => t.getTime() - times[i]!.getTime());

/** Waits (in real time) until `cond` holds: for work running in the background. */
export async function waitFor(cond: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}
