import type { Clock } from '../kernel/clock.js';
import type { Logger } from '../kernel/logger.js';
import type { Address, Transport } from '../chat/port.js';
import type { Db } from '../db/client.js';
import { claimNext, type OutboxRow } from './claim.js';
import { deliver } from './deliver.js';
import type { OutboxMeta } from './enqueue.js';
import { createLoop } from './loop.js';
import type { Target } from '../chat/port.js';
import { createNotifier } from './notify.js';
import { enforceBudget, nextDueAt, type PacingConfig } from './pacing.js';
import { recoverOrphans, type RecoveryReport } from './recover.js';

export type { RecoveryReport } from './recover.js';
export type SendStep = 'sent' | 'failed' | 'idle' | 'waiting';

export interface SenderDeps {
  db: Db;
  clock: Clock;
  transport: Pick<Transport, 'sendText' | 'sendFile' | 'sendButton'>;
  config: PacingConfig;
  log: Logger;
  /** Stable across restarts of one deployment, distinct between instances running at once. */
  instanceId: string;
  /** Source of jitter; Math.random by default. */
  random?: () => number;
  /** The puppet's current address of a room or member (null when not re-resolved since login). */
  resolve(target: Target): Promise<Address | null>;
  /** Puppet contact ids of members to @-mention (those that can be resolved). */
  resolveMentions(memberIds: number[]): Promise<string[]>;
  /** Enqueues an alert to the admins; `key` (keep it inside the row's idempotency key) dedupes. */
  alertAdmins(text: string, key: string, meta?: OutboxMeta): Promise<void>;
  /** Optional: a name admins recognise for a target (group topic, member name). */
  describeTarget?(target: Target): Promise<string | null>;
  /**
   * Optional: a row failed for good (after the admins were told); its owner may queue another way
   * to reach the person, e.g. an @-mention in a group instead of a private message.
   */
  gaveUp?(row: OutboxRow): Promise<void>;
  /** Optional: told of every failed send, e.g. to post an alert through the webhook as well. */
  failedOnce?(row: OutboxRow): Promise<void>;
  /** How long a conversation whose quota is full is left alone (default 1 h). */
  quotaHoldMs?: number;
}

export interface Sender {
  /** Settles rows left `sending` by a crash; call once at start, before run(). */
  recover(): Promise<RecoveryReport>;
  /**
   * Sends at most one row. 'sent'/'failed': a row was tried; 'waiting': something is due but
   * pacing, a throttling pause or the budget holds it; 'idle': nothing is due now.
   */
  sendNext(): Promise<SendStep>;
  /** When the next send can happen (>= now), or null when nothing is queued at all. */
  nextDueAt(): Promise<Date | null>;
  /** Sends what may go right now without time moving; returns how many were sent. */
  drainDue(): Promise<number>;
  /** The production loop; resolves after stop(). */
  run(): Promise<void>;
  /** Something was enqueued: look now instead of at the end of the current nap. */
  poke(): void;
  /** Finishes the send in flight, then returns. */
  stop(): Promise<void>;
}

/**
 * The paced outbox sender. Replays drive it on a virtual clock:
 * `for (let t = await s.nextDueAt(); t && t <= until; t = await s.nextDueAt()) { await clock.advanceTo(t); await s.sendNext(); }`
 */
export function createSender(deps: SenderDeps): Sender {
  const random = deps.random ?? Math.random;
  const notify = createNotifier({ log: deps.log, tz: deps.config.TZ, alertAdmins: deps.alertAdmins, describeTarget: deps.describeTarget });
  let inFlight: number | null = null;

  async function sendNext(): Promise<SendStep> {
    const now = deps.clock.now();
    const claimed = await claimNext(deps.db, { now, pacing: deps.config, instanceId: deps.instanceId, random });
    if ('wait' in claimed) return claimed.wait;
    inFlight = claimed.row.id;
    try {
      return await deliver({ ...deps, notify }, claimed.row);
    } finally {
      inFlight = null;
    }
  }

  async function recover(): Promise<RecoveryReport> {
    const rows = await recoverOrphans(deps.db, deps.clock.now(), deps.instanceId, inFlight);
    const report = { requeued: rows.requeued.map((r) => r.id), uncertain: rows.uncertain.map((r) => r.id) };
    if (report.requeued.length || report.uncertain.length) deps.log.warn(report, 'outbox: recovered sends interrupted by a crash');
    await notify.uncertain(rows.uncertain, 'crash');
    return report;
  }

  async function due(): Promise<Date | null> {
    const now = deps.clock.now();
    await enforceBudget(deps.db, now, deps.config, random);
    return nextDueAt(deps.db, now, deps.config);
  }

  async function drainDue(): Promise<number> {
    let sent = 0;
    for (let step = await sendNext(); step === 'sent' || step === 'failed'; step = await sendNext()) if (step === 'sent') sent++;
    return sent;
  }

  const loop = createLoop({ sendNext, nextDueAt: due, recover }, deps.clock, deps.log);
  return { recover, sendNext, nextDueAt: due, drainDue, ...loop };
}
