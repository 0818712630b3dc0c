import type { AppDeps } from './app-deps.js';
import type { ChatModel } from './llm/chat-model.js';
import type { Clock } from './kernel/clock.js';
import { createCalendar } from './kernel/calendar.js';
import type { Logger } from './kernel/logger.js';
import { createRouter, type Route } from './kernel/router.js';
import type { InboundMessage, Transport } from './chat/port.js';
import type { Config } from './config.js';
import type { Db } from './db/client.js';
import { createIntake, type IntakeOutcome } from './inbound/intake.js';
import { createPipeline, type Pipeline } from './inbound/pipeline.js';
import { createOutbox, type OutboxMeta } from './outbox/enqueue.js';
import { notifyAdmins } from './roster/admin-group.js';
import { createSender, type Sender } from './outbox/sender.js';
import { webhookFallback, type AlertWebhook } from './outbox/webhook-fallback.js';
import { createScheduler, type JobSource, type Scheduler } from './scheduler/runtime.js';
import { createCapabilities } from './capabilities.js';
import type { Channel } from './chat/channel.js';
import { createIdentity } from './identity/index.js';
import { followRoomTopic, topicChangeNotice } from './identity/room-topic.js';

export interface AppOptions {
  db: Db;
  clock: Clock;
  config: Config;
  log: Logger;
  chatModel?: ChatModel | null;
  transport: Transport;
  /** The channels the transport serves (default: WeChat alone). */
  channels?: readonly Channel[];
  /** A WeCom group robot's webhook: alerts for the centre also go there when a send fails. */
  webhook?: AlertWebhook | null;
  /** Distinct per running process; the claim owner in Postgres. */
  instanceId: string;
  /** Jitter source (seeded in replays so transcripts are repeatable). */
  random?: () => number;
  /** How often to re-read schedules changed by another instance; 0 in virtual time. */
  pollMs?: number;
}

export interface App {
  deps: AppDeps;
  pipeline: Pipeline;
  sender: Sender;
  scheduler: Scheduler;
  /** Takes a message as the transport does: handled in order per sender, held while the database is down. */
  receive(message: InboundMessage): Promise<IntakeOutcome>;
  /** Recovers the outbox, handles what a crash left, starts the scheduler and the transport. */
  start(options?: { runSender?: boolean }): Promise<void>;
  stop(): Promise<void>;
}

/** Builds the one app from its adapters: the same wiring in production, tests, replays and the sandbox. */
export function createApp(options: AppOptions): App {
  const { db, clock, config, log, transport } = options;
  const outbox = createOutbox(db, clock, config.SEND_MAX_CHARS);
  const channels = options.channels ?? ['wechat'];
  const deps: AppDeps = { db, clock, calendar: createCalendar(clock, config.TZ), outbox, config, log, chatModel: options.chatModel ?? null, channels };
  let loginAt: Date | null = null;
  const identity = createIdentity({ db, transport, log, clock, channels });
  const sources: JobSource[] = [];
  const scheduler = createScheduler({
    ...deps,
    instanceId: options.instanceId,
    sources,
    pollMs: options.pollMs ?? 0,
    afterRun: () => sender.poke(),
  });
  const capabilities = createCapabilities(deps, { reloadSchedules: () => scheduler.reload() });
  sources.push(...capabilities.jobs);
  const route = createRouter(capabilities.routes, capabilities.fallback);
  const pipeline = createPipeline({ ...deps, instanceId: options.instanceId, route, identify: identity.identify, loginAt: () => loginAt });
  const alertAdmins = (text: string, key: string, meta?: OutboxMeta) =>
    notifyAdmins(db, outbox, { purpose: 'sender-alert', priority: 'alert', text, key, ...(meta ? { meta } : {}) });
  const sender = createSender({
    db,
    clock,
    transport,
    config,
    log,
    instanceId: options.instanceId,
    random: options.random,
    resolve: identity.address,
    resolveMentions: identity.mentionIds,
    alertAdmins,
    describeTarget: identity.describe,
    gaveUp: capabilities.gaveUp,
    quotaHoldMs: config.WECOM_QUOTA_PAUSE_MINUTES * 60_000,
    ...(options.webhook ? { failedOnce: webhookFallback(db, options.webhook, log) } : {}),
  });
  let senderLoop: Promise<void> | null = null;
  // Whatever a message queued goes out now, not at the end of the sender's nap.
  const intake = createIntake({
    clock,
    log,
    receive: async (m) => {
      const result = await pipeline.receive(m);
      sender.poke();
      return result;
    },
    resume: async () => {
      const n = await pipeline.resume();
      sender.poke();
      return n;
    },
  });

  /** A bound group renamed while logged in: its recorded name follows, so the next login finds it. */
  async function onRoomTopic(roomWechatId: string, topic: string): Promise<void> {
    const change = await followRoomTopic(db, roomWechatId, topic, clock.now());
    if (!change) return;
    log.info({ event: 'room_topic', followed: change.kind === 'followed' }, 'bound group renamed');
    await notifyAdmins(db, outbox, {
      purpose: 'room-topic',
      priority: change.kind === 'followed' ? 'routine' : 'alert',
      text: topicChangeNotice(change),
      key: `room-topic:${roomWechatId}:${topic}`,
    });
    sender.poke();
  }

  async function onLogin(): Promise<void> {
    loginAt = clock.now();
    log.info('wechat login');
    const unresolved = await identity.reresolve();
    if (unresolved.length) {
      const text = `重新登录后，以下已绑定的群或人员没能重新找到，请检查（群名是否改过、是否还是好友）：\n${unresolved.join('\n')}`;
      await alertAdmins(text, `reresolve:${loginAt.toISOString()}`);
    }
    sender.poke();
  }

  return {
    deps,
    pipeline,
    sender,
    scheduler,
    receive: (message) => intake.accept(message),
    async start(startOptions = {}) {
      await sender.recover();
      await pipeline.resume();
      await scheduler.start();
      await transport.start({
        onMessage: (m) => this.receive(m).then(() => undefined),
        onLogin,
        onLogout: (reason) => void log.warn({ reason }, 'wechat logout'),
        onRoomTopic,
        onError: (err) => log.warn({ err: err.message }, 'wechat error'),
        onNotice: (text, key) => alertAdmins(text, `${key}:${clock.now().toISOString()}`).then(() => sender.poke()),
      });
      if (startOptions.runSender !== false) senderLoop = sender.run();
    },
    async stop() {
      scheduler.stop();
      intake.stop();
      await sender.stop();
      await senderLoop;
      await transport.stop();
    },
  };
}

export type { Route };
