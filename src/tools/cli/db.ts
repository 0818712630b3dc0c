import { join } from 'node:path';
import { loadConfig, type Config } from '../../config.js';
import { openDatabase, type Database } from '../../db/client.js';
import { dirLockHolder } from '../../db/dir-lock.js';
import { controlSocketPath, forwardToBot } from './control-client.js';

export type { CommandFiles, CommandIo, DbCommand, DbRunner } from '../../ops/control-protocol.js';
import type { CommandIo, DbRunner } from '../../ops/control-protocol.js';

export const processIo: CommandIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  exitCode: (code) => void (process.exitCode = code),
  file: (name) => name,
};

/**
 * The terminal's runner: the configured database (PGlite in DATA_DIR, or DATABASE_URL), migrated,
 * for one command; while `gridbot start` holds the embedded database, the same command line goes
 * to the bot over its control socket and runs there on the bot's database.
 */
export function localRunner(argv: readonly string[]): DbRunner {
  return async (command, files = {}) => {
    const config = loadConfig();
    const holder = config.DATABASE_URL || files.whileRunning === false ? null : dirLockHolder(join(config.DATA_DIR, 'pglite'));
    if (holder?.live) return forwardToBot(controlSocketPath(config.DATA_DIR), holder.pid, argv, files.reads ?? []);
    await withConfiguredDatabase((database) => command(database, config, processIo));
  };
}

/** Opens the configured database, migrated, for one piece of work, and closes it after. */
export async function withConfiguredDatabase<T>(fn: (database: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.DATA_DIR });
  try {
    await database.migrate();
    return await fn(database, config);
  } finally {
    await database.close();
  }
}
