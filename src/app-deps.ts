import type { ChatModel } from './llm/chat-model.js';
import type { Calendar } from './kernel/calendar.js';
import type { Clock } from './kernel/clock.js';
import type { Logger } from './kernel/logger.js';
import type { Config } from './config.js';
import type { Db } from './db/client.js';
import type { Outbox } from './outbox/enqueue.js';
import type { Channel } from './chat/channel.js';

/** What every capability is built from. Built once by the composition root (or a test harness). */
export interface AppDeps {
  db: Db;
  /** Timers for the scheduler and the outbox. */
  clock: Clock;
  /** The clock read in the township's zone (config.TZ): every local date, week and format. */
  calendar: Calendar;
  outbox: Outbox;
  config: Config;
  log: Logger;
  /** The optional LLM; null or absent means rules and retrieval only. */
  chatModel?: ChatModel | null;
  /** The chat channels this app runs (absent: WeChat alone). A WeChat group cannot be posted to without WeChat. */
  channels?: readonly Channel[];
}
