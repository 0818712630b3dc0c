import { hostname } from 'node:os';
import { createApp } from './app.js';
import { exitOnKnownError, runCommandLine } from './cli.js';
import { ConfigError, loadConfig } from './config.js';
import { serveControlSocket } from './ops/control-server.js';
import { chatModelFromConfig } from './llm/chat-model.js';
import { realClock } from './kernel/clock.js';
import { logAsText, textDestination } from './kernel/log-console.js';
import { createLogger } from './kernel/logger.js';
import { openDatabase } from './db/client.js';
import { migrateWhenReachable } from './db/wait.js';
import { EMPTY_LIBRARY_LINE, listLaws, prepareLaws } from './lawqa/index.js';
import { packageInstalled } from './ops/doctor-setup.js';
import { startHealthLog } from './ops/health.js';
import { unknownPuppet } from './chat/wechaty/puppet-choice.js';
import { buildTransport } from './chat/build.js';
import { chosenChannels } from './chat/choice.js';
import { createWebhook } from './chat/wecom/webhook.js';

/** The composition root of the real bot: config, database, adapters, one app, shutdown. */
export async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
    const badPuppet = chosenChannels(config).includes('wechat') ? unknownPuppet(config, packageInstalled) : null;
    if (badPuppet) throw new ConfigError([badPuppet]);
  } catch (err) {
    exitOnKnownError(err);
  }
  const log = createLogger(config.LOG_LEVEL, logAsText(config.LOG_FORMAT, process.stdout.isTTY) ? textDestination(config.TZ) : undefined);
  const started = Date.now();
  const onCreate = () => log.info({ event: 'db_first_start' }, `第一次启动：正在 ${config.DATA_DIR} 里建立内置数据库，大约要 10 秒，以后启动不用等`);
  const database = await openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.DATA_DIR, onCreate }).catch(exitOnKnownError);
  if (database.movedAside) log.warn({ folder: database.movedAside }, '数据目录里有不完整的数据库文件（多半是第一次启动被中断），已挪到这个目录后重新建库；确认没用后可以删除');
  await migrateWhenReachable(database, log).catch(exitOnKnownError);
  // With the embedded database locked to this process, CLI commands run here (`gridbot stats` while the bot runs).
  const closeControl = database.kind === 'pglite' ? await serveControlSocket({ database, config, log, runCommandLine }) : async () => {};
  const clock = realClock();
  // Statutes in LAWS_DIR not yet imported (or changed) go in now, and the Q&A index is built before the first question.
  await prepareLaws(database.db, { source: config.LAWS_DIR ?? null, at: clock.now(), log });
  if ((await listLaws(database.db)).length === 0) log.warn({ event: 'laws_empty' }, EMPTY_LIBRARY_LINE);
  const channels = chosenChannels(config);
  const app = createApp({
    db: database.db,
    clock,
    config,
    log,
    chatModel: chatModelFromConfig(config),
    transport: await buildTransport(config, channels, log, clock),
    channels,
    webhook: config.WECOM_WEBHOOK_URL ? createWebhook(config.WECOM_WEBHOOK_URL, clock) : null,
    // Stable across restarts (no pid): a restarted bot must recognise the sends, messages and
    // firings its killed predecessor left half-done as its own and finish them at once. Instances
    // sharing a database already differ by INSTANCE_NAME (it also names their WeChat login).
    instanceId: `${config.INSTANCE_NAME}@${hostname()}`,
    pollMs: 60_000,
  });
  // Last line of defence: a stray rejected promise is logged instead of ending the process (and a
  // supervisor's restart loop). The boundaries (per message, per job, the sender loop) catch their own.
  process.on('unhandledRejection', (err) => log.error({ err: err instanceof Error ? err.message : String(err) }, 'unhandled rejection'));
  await app.start();
  const health = startHealthLog({ db: database.db, log }, realClock());
  log.info({ db: database.kind, ms: Date.now() - started }, 'gridbot ready');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    health.stop();
    await closeControl();
    await app.stop().catch((err: unknown) => log.error({ err: String(err) }, 'stop failed'));
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
