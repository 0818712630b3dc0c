import type { Clock, Timer } from '../kernel/clock.js';
import type { Logger } from '../kernel/logger.js';
import type { InboundMessage } from '../chat/port.js';
import { isDatabaseUnavailable, rootCauseText as errorText } from '../db/errors.js';
import type { ReceiveOutcome } from './pipeline.js';

/** 'buffered': the database was unreachable; the message is held in memory and retried. */
export type IntakeOutcome = ReceiveOutcome | 'buffered';

export interface IntakeDeps {
  clock: Clock;
  log: Logger;
  /** The pipeline's receive (stores, then handles). */
  receive(message: InboundMessage): Promise<ReceiveOutcome>;
  /** The pipeline's resume (handles what is stored but unhandled). */
  resume(): Promise<number>;
}

/** First retry this long after the database failed, doubling up to RETRY_MAX_MS. */
export const RETRY_FIRST_MS = 1_000;
export const RETRY_MAX_MS = 15_000;
/** An outage of hours must not eat the machine's memory: beyond this the oldest held messages go. */
const MAX_HELD = 10_000;

/**
 * Between the chat transport and the pipeline. WeChat does not deliver a message twice, so one that
 * arrives while the database is unreachable is held in memory and retried with backoff until it is
 * stored. Messages of one sender are handled in arrival order; different senders concurrently, so
 * one slow answer (a hanging LLM) never holds up anyone else.
 */
export function createIntake(deps: IntakeDeps) {
  const tails = new Map<string, Promise<unknown>>();
  const held: InboundMessage[] = [];
  let retry: Timer | null = null;
  let delay = RETRY_FIRST_MS;
  /** A flush is running: it picks up whatever is held meanwhile, so no second one is started. */
  let flushing = false;
  let stopped = false;

  /** Runs `work` after everything this sender sent before it. */
  function inOrder<T>(sender: string, work: () => Promise<T>): Promise<T> {
    const run = (tails.get(sender) ?? Promise.resolve()).then(work);
    const tail = run.catch(() => undefined);
    tails.set(sender, tail);
    void tail.then(() => tails.get(sender) === tail && tails.delete(sender));
    return run;
  }

  function hold(message: InboundMessage, err?: unknown): 'buffered' {
    if (held.length === 0) deps.log.warn({ err: err ? errorText(err) : undefined }, 'database unavailable: holding inbound messages, will retry');
    held.push(message);
    if (held.length > MAX_HELD) deps.log.error({ messageId: held.shift()!.wechatMessageId }, 'inbound buffer full: oldest held message dropped');
    schedule();
    return 'buffered';
  }

  function schedule(): void {
    if (retry || flushing || stopped) return;
    retry = deps.clock.at(new Date(deps.clock.now().getTime() + delay), flush);
  }

  async function attempt(message: InboundMessage): Promise<IntakeOutcome> {
    // While earlier messages wait for the database, later ones wait behind them: order is kept.
    if (held.length) return hold(message);
    try {
      return await deps.receive(message);
    } catch (err) {
      if (isDatabaseUnavailable(err)) return hold(message, err);
      throw err;
    }
  }

  /** Stores and handles the held messages in order, then whatever the outage left half-handled. */
  async function flush(): Promise<void> {
    retry = null;
    flushing = true;
    let failed = false;
    const count = held.length;
    try {
      do {
        while (held.length) {
          const next = held[0]!;
          await deps.receive(next).catch((err: unknown) => {
            if (isDatabaseUnavailable(err)) throw err;
            deps.log.error({ messageId: next.wechatMessageId, err: errorText(err) }, 'held inbound message failed');
          });
          held.shift();
        }
        await deps.resume();
      } while (held.length);
      deps.log.info({ messages: count }, 'database reachable again: held inbound messages handled');
      delay = RETRY_FIRST_MS;
    } catch (err) {
      failed = true;
      delay = Math.min(delay * 2, RETRY_MAX_MS);
      deps.log.warn({ held: held.length, retryInMs: delay, err: errorText(err) }, 'database still unavailable, will retry');
    } finally {
      flushing = false;
    }
    if (failed) schedule();
  }

  return {
    /** Takes one message from the transport; resolves when it is handled (or held). */
    accept(message: InboundMessage): Promise<IntakeOutcome> {
      return inOrder(message.senderWechatId, () => attempt(message));
    },
    /** How many messages wait for the database. */
    held: () => held.length,
    stop(): void {
      stopped = true;
      retry?.cancel();
      if (held.length) deps.log.error({ held: held.length }, 'stopping with inbound messages still held (database unavailable)');
    },
  };
}

export type Intake = ReturnType<typeof createIntake>;
