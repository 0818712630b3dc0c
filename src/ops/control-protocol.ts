import { resolve } from 'node:path';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';

// What the CLI and the running bot say to each other over the control socket (ops/control-server.ts
// serves it, the command line is the client), and what a database command may touch.

/** The running bot's control socket, beside its embedded database. */
export const controlSocketPath = (dataDir: string): string => resolve(dataDir, 'gridbot.sock');

/** One file of an input argument: `rel` '' when the argument is the file itself, else its place inside the folder. */
export interface InputEntry {
  rel: string;
  base64: string;
}

/** CLI → bot, one JSON line: the command line and the contents of the files it reads. */
export interface ControlRequest {
  argv: string[];
  inputs: Record<string, InputEntry[]>;
}

/** Bot → CLI, JSON lines: printed text, a file the command wrote, and last the exit code. */
export type ControlReply = { out: string } | { err: string } | { file: string; base64: string } | { exit: number };

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
