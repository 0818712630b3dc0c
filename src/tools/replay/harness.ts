import pino from 'pino';
import { createApp, type App } from '../../app.js';
import { parseConfig, type Config } from '../../config.js';
import { virtualClock, type VirtualClock } from '../../kernel/clock.js';
import { chatModelFromConfig, type ChatModel } from '../../llm/chat-model.js';
import { createLogger, type Logger } from '../../kernel/logger.js';
import { openDatabase, type Database } from '../../db/client.js';
import { prepareLaws, readLawFiles, type LawFile } from '../../lawqa/index.js';
import type { OutgoingFile } from '../../chat/port.js';
import { createMockWorld, type MockWorld, type SentRecord } from '../../chat/mock/mock-world.js';
import { runVirtualUntil } from './virtual-time.js';
import { openChannels, wecomRoomId, type Channels } from './channels.js';
import { combineTransports } from '../../chat/multi.js';
import { seedWorld, type SeedPerson, type SeedRoom } from './seed.js';

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

export interface Harness {
  app: App;
  world: MockWorld;
  clock: VirtualClock;
  database: Database;
  config: Config;
  /** The WeCom side, when asked for; null otherwise. */
  channels: Channels;
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

const DRAIN_HORIZON_MS = 60 * 60_000;

/** A repeatable jitter source for replays: the same scenario gives the same transcript. */
function seededRandom(seed = 42): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// A replay of many scenarios parses the statute folder once; each fresh database still gets them imported.
const lawFiles = new Map<string, Promise<LawFile[]>>();

function lawFilesOnce(source: string | readonly LawFile[]): Promise<readonly LawFile[]> {
  if (typeof source !== 'string') return Promise.resolve(source);
  let files = lawFiles.get(source);
  if (!files) lawFiles.set(source, (files = readLawFiles([source])));
  return files;
}

/** The real app on the mock puppet, a virtual clock and an embedded database. */
export async function createHarness(options: HarnessOptions): Promise<Harness> {
  const database = options.database ?? (await openDatabase({ memory: true }));
  if (!options.database) await database.migrate();
  const clock = virtualClock(options.start);
  const log = options.log ?? createLogger('silent', pino.destination('/dev/null'));
  const config = parseConfig({ DATA_DIR: '/nonexistent', ...options.env });
  if (options.laws) await prepareLaws(database.db, { source: await lawFilesOnce(options.laws), at: options.start, log });
  const world = createMockWorld({ log });
  const channels = await openChannels(world, { wecom: options.wecom ?? false, webhook: options.webhook ?? false, log, clock });
  const chatModel = options.chatModel !== undefined ? options.chatModel : chatModelFromConfig(config);
  const transport = channels.wecom ? combineTransports({ wechat: world.transport, wecom: channels.wecom.transport }) : world.transport;
  const app = createApp({
    db: database.db,
    clock,
    config,
    log,
    chatModel,
    transport,
    ...(channels.wecom ? { channels: ['wechat', 'wecom'] as const } : {}),
    webhook: channels.webhook,
    instanceId: 'replay',
    random: seededRandom(),
    pollMs: 0,
  });
  await app.start({ runSender: false });
  const sentLog: SentRecord[] = [];

  // When each message went out: a long `at` step spans days, and a transcript must not show a
  // Friday reminder as sent on the following Tuesday.
  const sentAt: Date[] = [];
  const send = async () => {
    const step = await app.sender.sendNext();
    sentLog.push(...channels.pull());
    while (sentAt.length < sentLog.length) sentAt.push(clock.now());
    return step;
  };

  /** Sends, then timers, in time order, until nothing is due at or before `until`. */
  const runUntil = (until: Date) => runVirtualUntil(clock, app.sender, send, until);

  /**
   * What was queued goes out as pacing allows, moving the virtual clock at most DRAIN_HORIZON_MS:
   * messages held longer (daily budget, throttling pause) wait for a later `at` step.
   */
  async function drain(): Promise<void> {
    const horizon = new Date(clock.now().getTime() + DRAIN_HORIZON_MS);
    let previous = 0;
    for (let at = await app.sender.nextDueAt(); at && at <= horizon; at = await app.sender.nextDueAt()) {
      await runUntil(at);
      const step = await send();
      if (step === 'idle' || (step === 'waiting' && at.getTime() === previous)) break;
      previous = at.getTime();
    }
  }

  const collect = async (action: () => Promise<void>): Promise<Sent[]> => {
    const before = sentLog.length;
    await action();
    sentLog.push(...channels.pull());
    return sentLog.slice(before).map((r, i) => ({ ...r, at: sentAt[before + i] ?? clock.now() }));
  };
  const wecom = () => {
    if (!channels.wecom) throw new Error('这次回放没有企业微信通道');
    return channels.wecom;
  };
  const roomChannel = (topic: string) => (channels.wecom?.chatid(topic) ? 'wecom' : 'wechat');

  async function say(from: string, text: string, opts: SayStep): Promise<void> {
    const on = opts.room ? roomChannel(opts.room) : channels.channelOf(from);
    if (on === 'wechat') return void (await world.say(from, text, { room: opts.room, mentionBot: opts.mention, at: clock.now() }));
    // Whoever talks in a WeCom group has a WeCom account (from now on the bot answers them there).
    if (!wecom().userid(from)) await channels.joinWecom(database.db, from, clock.now());
    // WeCom shows a group message to the bot only when it @s the bot.
    if (!opts.room || opts.mention) await wecom().say(from, text, { room: opts.room, voice: opts.voice && !opts.room });
  }

  return {
    app,
    world,
    clock,
    database,
    config,
    channels,
    async seed(people, rooms) {
      await seedWorld(database.db, world, people, rooms, clock.now(), channels.wecom ? (topic) => wecomRoomId(channels.wecom!, topic) : undefined);
      for (const p of people) if (p.channel === 'wecom') await channels.joinWecom(database.db, p.name, clock.now());
    },
    say: (from, text, opts = {}) =>
      collect(async () => {
        await say(from, text, opts);
        await drain();
      }),
    tap: (from, words) =>
      collect(async () => {
        const pressed = channels.channelOf(from) === 'wecom' && (await wecom().tap(from, words));
        if (!pressed) await say(from, words, {});
        await drain();
      }),
    wecomLink: (state) =>
      collect(async () => {
        await (state === 'down' ? wecom().down() : wecom().up());
        await drain();
      }),
    setChannel: (name, channel) => (channel === 'wecom' ? channels.joinWecom(database.db, name, clock.now()) : channels.leaveWecom(database.db, name)),
    sendFile: (from, file) =>
      collect(async () => {
        await world.sendFile(from, file, { at: clock.now() });
        await drain();
      }),
    rename: (by, topic, newTopic) =>
      collect(async () => {
        await world.renameRoom(topic, newTopic, by);
        await drain();
      }),
    advanceTo: (to) =>
      collect(async () => {
        await runUntil(to);
        await drain();
      }),
    async close() {
      await app.stop();
      await world.stop();
      await channels.stop();
      if (!options.database) await database.close();
    },
  };
}
