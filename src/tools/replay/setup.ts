import pino from 'pino';
import { createApp } from '../../app.js';
import { combineTransports } from '../../chat/multi.js';
import { createMockWorld } from '../../chat/mock/mock-world.js';
import { parseConfig } from '../../config.js';
import { openDatabase } from '../../db/client.js';
import { virtualClock } from '../../kernel/clock.js';
import { createLogger } from '../../kernel/logger.js';
import { prepareLaws, readLawFiles, type LawFile } from '../../lawqa/index.js';
import { chatModelFromConfig } from '../../llm/chat-model.js';
import { openChannels } from './channels.js';
import type { HarnessOptions, Started } from './harness-types.js';

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

/** The real app on the mock puppet (and, when asked, WeCom), a virtual clock and an embedded database; started without its sender loop. */
export async function startReplayApp(options: HarnessOptions): Promise<Started> {
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
  return { app, world, clock, database, config, channels };
}
