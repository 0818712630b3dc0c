import { join } from 'node:path';
import { loadConfig, type Config } from '../../config.js';
import { openDatabase, type Database } from '../../db/client.js';
import { dirLockHolder } from '../../db/dir-lock.js';
import { controlSocketPath, forwardToBot } from './control-client.js';

/** Where a database command prints and which files it touches: this terminal, or the running bot's session. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  exitCode(code: number): void;
  /** The path to read or write a file the user named: the name itself here, a copy's path inside the bot. */
  file(name: string): string;
}

export type DbCommand = (database: Database, config: Config, io: CommandIo) => Promise<void>;

export interface CommandFiles {
  /** Files (or folders) the command reads: sent to the running bot. Written files come back by themselves. */
  reads?: string[];
  /** False for a command that must not run beside the bot (restore, stdin streams). */
  whileRunning?: false;
}

/** Runs one database command: every CLI command that needs the database goes through one of these. */
export type DbRunner = (command: DbCommand, files?: CommandFiles) => Promise<void>;

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
