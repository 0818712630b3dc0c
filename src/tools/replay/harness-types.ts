// What replays, tests and the sandbox drive: the harness's options, its steps and the harness itself.
import type { App } from '../../app.js';
import type { OutgoingFile } from '../../chat/port.js';
import type { MockWorld, SentRecord } from '../../chat/mock/mock-world.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/client.js';
import type { VirtualClock } from '../../kernel/clock.js';
import type { Logger } from '../../kernel/logger.js';
import type { LawFile } from '../../lawqa/index.js';
import type { ChatModel } from '../../llm/chat-model.js';
import type { Channels } from './channels.js';
import type { SeedPerson, SeedRoom } from './seed.js';

export interface HarnessOptions {
  start: Date;
  /** Environment-style overrides, e.g. { SEND_DAILY_BUDGET: '5' }. */
  env?: Record<string, string>;
  log?: Logger;
  /** An already opened database (tests on PostgreSQL); default: fresh in-memory PGlite. */
  database?: Database;
  /**
   * Statutes imported before the bot starts: a folder (read once per process and reused), files
   * already read, or none (default). Replays and the sandbox pass `defaultLawsSource()`.
   */
  laws?: string | readonly LawFile[] | null;
  /** The LLM; default: the one `env` configures (OPENAI_API_KEY …), else none. */
  chatModel?: ChatModel | null;
  /** Also a WeCom channel: the real SDK on a local fake server (people and groups with `channel: "wecom"`). */
  wecom?: boolean;
  /** The centre's WeCom group robot webhook, recorded as sends to "Webhook". */
  webhook?: boolean;
}

/** Where and how a person says something: a group (else private), @ the bot, by voice (WeCom transcribes it). */
export interface SayStep {
  room?: string;
  mention?: boolean;
  voice?: boolean;
}

/** A message the bot sent, with the virtual time it went out. */
export type Sent = SentRecord & { at: Date };

/** A started app and everything around it: what the harness drives. */
export interface Started {
  app: App;
  world: MockWorld;
  clock: VirtualClock;
  database: Database;
  config: Config;
  /** The WeCom side, when asked for; null otherwise. */
  channels: Channels;
}

export interface Harness extends Started {
  seed(people: SeedPerson[], rooms: SeedRoom[]): Promise<void>;
  /**
   * A message from a person; handled, and what it queued sent on the virtual clock. Returns what the bot sent.
   * In private it goes on the person's channel; in a group on the group's (WeCom delivers only what @s the bot).
   */
  say(from: string, text: string, options?: SayStep): Promise<Sent[]>;
  /** A button press on the last card sent to this person (WeCom), else the same words typed in private. */
  tap(from: string, words: string): Promise<Sent[]>;
  /** The WeCom long connection goes down (every dial refused) or comes back. */
  wecomLink(state: 'down' | 'up'): Promise<Sent[]>;
  /** Moves a person to WeCom (an account the bot has heard from) or back to WeChat. */
  setChannel(name: string, channel: 'wechat' | 'wecom'): Promise<void>;
  /** A person sends the bot a file privately (a roster workbook); handled, and what it queued sent. */
  sendFile(from: string, file: OutgoingFile): Promise<Sent[]>;
  /** A person renames a group; handled, and what it queued sent. Returns what the bot sent. */
  rename(by: string, topic: string, newTopic: string): Promise<Sent[]>;
  /** Moves the virtual clock, running due jobs and sends in time order. Returns what the bot sent. */
  advanceTo(to: Date): Promise<Sent[]>;
  close(): Promise<void>;
}
