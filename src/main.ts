import { hostname } from 'node:os';
import { createApp } from './app.js';
import { exitOnKnownError } from './cli.js';
import { loadConfig } from './config.js';
import { chatModelFromConfig } from './core/chat-model.js';
import { realClock } from './core/clock.js';
import { createLogger } from './core/logger.js';
import { openDatabase } from './db/client.js';
import { createWechaty } from './wechat/puppet.js';
import { createWechatyTransport } from './wechat/transport.js';

/** The composition root of the real bot: config, database, adapters, one app, shutdown. */
export async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    exitOnKnownError(err);
  }
  const log = createLogger(config.LOG_LEVEL);
  const started = Date.now();
  const database = await openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.DATA_DIR }).catch(exitOnKnownError);
  await database.migrate();
  const wechaty = createWechaty(config, log);
  const app = createApp({
    db: database.db, clock: realClock(), config, log, chatModel: chatModelFromConfig(config),
    transport: createWechatyTransport(wechaty, log),
    instanceId: `${config.INSTANCE_NAME}@${hostname()}:${process.pid}`,
    pollMs: 60_000,
  });
  await app.start();
  log.info({ db: database.kind, ms: Date.now() - started }, 'gridbot ready');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    await app.stop().catch((err: unknown) => log.error({ err: String(err) }, 'stop failed'));
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
