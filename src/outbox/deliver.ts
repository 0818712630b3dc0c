import { and, eq, gt, sql } from 'drizzle-orm';
import { channelOf, type Channel } from '../chat/channel.js';
import type { Clock } from '../kernel/clock.js';
import type { Logger } from '../kernel/logger.js';
import type { Address, Transport } from '../chat/port.js';
import type { Db } from '../db/client.js';
import { isDatabaseUnavailable } from '../db/errors.js';
import { PRIORITY, outbox, type OutboxStatus } from '../db/schema.js';
import type { OutboxRow } from './claim.js';
import type { Target } from '../chat/port.js';
import type { Notifier } from './notify.js';
import { describeError } from '../kernel/errors.js';
import { MAX_ATTEMPTS, SEND_TIMEOUT_MS, backoffMs } from './policy.js';
import { holdForQuota, isConversationQuota, isDisconnected } from './hold.js';
import { noteFailure, noteSuccess } from './throttle.js';

export interface DeliverDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  transport: Pick<Transport, 'sendText' | 'sendFile' | 'sendButton'>;
  notify: Notifier;
  resolve(target: Target): Promise<Address | null>;
  resolveMentions(memberIds: number[]): Promise<string[]>;
  /** A row failed for good: its owner may try another way (see SenderDeps.gaveUp). */
  gaveUp?(row: OutboxRow): Promise<void>;
  /** A send failed (any attempt): an alert may also take a second path (see webhook-fallback.ts). */
  failedOnce?(row: OutboxRow): Promise<void>;
  /** How long a conversation whose quota is full is left alone (WECOM_QUOTA_PAUSE_MINUTES). */
  quotaHoldMs?: number;
}

type SendResult = { kind: 'ok' } | { kind: 'error'; error: unknown } | { kind: 'timeout' };

/** Sends one claimed (`sending`) row and records what happened. */
export async function deliver(deps: DeliverDeps, row: OutboxRow): Promise<'sent' | 'failed'> {
  let address: Address | null;
  let mentions: string[] = [];
  try {
    address = await deps.resolve({ kind: row.targetKind, id: row.targetId });
    if (address && row.targetKind === 'room' && row.mentionIds.length) mentions = await deps.resolveMentions(row.mentionIds);
  } catch (err) {
    return settleFailure(deps, row, `查找发送目标出错：${describeError(err)}`, false);
  }
  if (!address) return settleFailure(deps, row, '找不到发送目标（重新登录后未能识别该群或该人）', false);
  const result = await withTimeout(deps.clock, () => send(deps, row, address, mentions), SEND_TIMEOUT_MS);
  if (result.kind === 'error') {
    // A dropped connection says nothing about sending too much: it does not pause routine sends.
    const failed = await settleFailure(deps, row, describeError(result.error), !isDisconnected(result.error));
    if (isConversationQuota(result.error)) await holdForQuota(deps, row, describeError(result.error));
    return failed;
  }
  if (result.kind === 'timeout') return settleTimeout(deps, row);
  await settleSent(deps, row, channelOf('room' in address ? address.room : address.contact));
  await noteSuccess(deps.db, deps.clock.now());
  return 'sent';
}

/** How long a delivered message waits for the database to come back to record that it went out. */
const SETTLE_PATIENCE_MS = 10 * 60_000;

/**
 * The message went out; if the database is unreachable just now, keep trying to record that (this
 * process alone knows it). Left `sending`, a restart would resend a reply or call a post uncertain.
 */
async function settleSent(deps: DeliverDeps, row: OutboxRow, channel: Channel): Promise<void> {
  const sentAt = deps.clock.now();
  const giveUpAt = sentAt.getTime() + SETTLE_PATIENCE_MS;
  for (let wait = 1_000; ; wait = Math.min(wait * 2, 15_000)) {
    try {
      return await settle(deps, row, { status: 'sent', sentAt, error: null, channel });
    } catch (err) {
      if (!isDatabaseUnavailable(err) || deps.clock.now().getTime() + wait > giveUpAt) throw err;
      deps.log.warn({ outboxId: row.id, retryInMs: wait }, 'outbox: sent, but the database is unavailable to record it; retrying');
      await deps.clock.sleep(wait);
    }
  }
}

function send(deps: DeliverDeps, row: OutboxRow, to: Address, mentions: string[]): Promise<void> {
  if (row.kind === 'file') return deps.transport.sendFile(to, { name: row.fileName ?? 'file', base64: row.fileBase64 ?? '' });
  if (row.meta.button && deps.transport.sendButton) return deps.transport.sendButton(to, row.text ?? '', row.meta.button);
  return mentions.length ? deps.transport.sendText(to, row.text ?? '', mentions) : deps.transport.sendText(to, row.text ?? '');
}

/** A puppet that never answers must not stall the sender (the fate of that send is unknown). */
function withTimeout(clock: Clock, sending: () => Promise<void>, ms: number): Promise<SendResult> {
  return new Promise((resolve) => {
    const timer = clock.at(new Date(clock.now().getTime() + ms), () => resolve({ kind: 'timeout' }));
    // Through then(): a transport that throws synchronously is a failed send like any other.
    Promise.resolve()
      .then(sending)
      .then(
        () => (timer.cancel(), resolve({ kind: 'ok' })),
        (error: unknown) => (timer.cancel(), resolve({ kind: 'error', error })),
      );
  });
}

/** Retry later with backoff, or give up after MAX_ATTEMPTS and tell the admins. */
async function settleFailure(deps: DeliverDeps, row: OutboxRow, error: string, fromTransport: boolean): Promise<'failed'> {
  await deps.failedOnce?.(row).catch((err: unknown) => deps.log.error({ outboxId: row.id, err: describeError(err) }, 'outbox: second path failed'));
  const now = deps.clock.now();
  const final = row.attempts >= MAX_ATTEMPTS;
  const retryAt = new Date(now.getTime() + backoffMs(row.attempts));
  await settle(deps, row, final ? { status: 'failed', error } : { status: 'queued', error, notBefore: retryAt });
  deps.log.warn({ outboxId: row.id, purpose: row.purpose, attempts: row.attempts, final, err: error }, 'outbox: send failed');
  if (final) {
    const cancelled = await cancelLaterParts(deps.db, row);
    if (cancelled) deps.log.warn({ outboxId: row.id, cancelled }, 'outbox: later parts of a failed message cancelled');
    await deps.notify.failed(row, error);
    await deps.gaveUp?.(row).catch((err: unknown) => deps.log.error({ outboxId: row.id, err: describeError(err) }, 'outbox: fallback for a failed row failed'));
  }
  if (!fromTransport) return 'failed';
  const pause = await noteFailure(deps.db, now, error);
  if (pause) {
    deps.log.warn({ until: pause.until.toISOString(), pauseMs: pause.ms }, 'outbox: routine sends paused (throttling)');
    await deps.notify.paused(pause.until, pause.ms, error);
  }
  return 'failed';
}

/** A send that never returned may have gone out: routine rows are not resent silently. */
async function settleTimeout(deps: DeliverDeps, row: OutboxRow): Promise<'failed'> {
  if (row.priority <= PRIORITY.reply) return settleFailure(deps, row, '发送超时', true);
  await settle(deps, row, { status: 'uncertain', error: '发送超时，结果不明' });
  deps.log.warn({ outboxId: row.id, purpose: row.purpose }, 'outbox: send timed out, fate unknown');
  await deps.notify.uncertain([{ ...row, status: 'uncertain' }], 'timeout');
  return 'failed';
}

interface Settlement {
  status: OutboxStatus;
  error: string | null;
  sentAt?: Date;
  notBefore?: Date;
  channel?: Channel;
}

async function settle(deps: DeliverDeps, row: OutboxRow, s: Settlement): Promise<void> {
  const done = await deps.db
    .update(outbox)
    .set(s)
    .where(and(eq(outbox.id, row.id), eq(outbox.status, 'sending')))
    .returning({ id: outbox.id });
  if (done.length === 0) deps.log.warn({ outboxId: row.id, status: s.status }, 'outbox: row was settled elsewhere meanwhile');
  else if (s.status === 'sent') deps.log.info({ outboxId: row.id, purpose: row.purpose, attempts: row.attempts }, 'outbox: sent');
}

/** The rest of a long text whose part failed for good would read as nonsense alone: cancel it. */
async function cancelLaterParts(db: Db, row: OutboxRow): Promise<number> {
  if (!row.meta.message) return 0;
  const cancelled = await db
    .update(outbox)
    .set({ status: 'cancelled', error: '前面的分段发送失败，本段不再发送' })
    .where(
      and(
        eq(outbox.status, 'queued'),
        gt(outbox.seq, row.seq),
        eq(outbox.targetKind, row.targetKind),
        eq(outbox.targetId, row.targetId),
        sql`${outbox.meta}->>'message' = ${row.meta.message}`,
      ),
    )
    .returning({ id: outbox.id });
  return cancelled.length;
}
