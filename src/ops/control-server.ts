import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Config } from '../config.js';
import { AppError } from '../kernel/errors.js';
import type { Logger } from '../kernel/logger.js';
import type { Database } from '../db/client.js';
import { controlSocketPath, type CommandIo, type ControlReply, type ControlRequest, type DbRunner } from './control-protocol.js';

const STOP_FIRST = '这个命令要先停止机器人（在运行 npm start 的终端按 Ctrl+C），再运行。';

/** The files of one forwarded command in a private folder: what the CLI sent, and what the command writes. */
function sessionFiles(request: ControlRequest) {
  const dir = mkdtempSync(join(tmpdir(), 'gridbot-control-'));
  const paths = new Map<string, string>();
  const written: string[] = [];
  Object.entries(request.inputs).forEach(([name, entries], k) => {
    const local = join(dir, `in${k}`, basename(name));
    for (const e of entries) {
      mkdirSync(dirname(join(local, e.rel)), { recursive: true });
      writeFileSync(join(local, e.rel), Buffer.from(e.base64, 'base64'));
    }
    paths.set(name, local);
  });
  const file = (name: string): string => {
    const known = paths.get(name);
    if (known) return known;
    const local = join(dir, `out${paths.size}`, basename(name));
    mkdirSync(dirname(local), { recursive: true });
    paths.set(name, local);
    written.push(name);
    return local;
  };
  return { dir, file, written: () => written.map((name) => ({ name, local: paths.get(name)! })) };
}

type RunCommandLine = (argv: string[], run: DbRunner, io: CommandIo) => Promise<void>;

/** One forwarded command: the same command line, run on the bot's database, its output streamed back. */
async function serveRequest(request: ControlRequest, deps: { database: Database; config: Config; runCommandLine: RunCommandLine }, send: (r: ControlReply) => void) {
  const files = sessionFiles(request);
  let code = 0;
  const io: CommandIo = { out: (out) => send({ out }), err: (err) => send({ err }), exitCode: (c) => void (code = c), file: files.file };
  const run: DbRunner = async (command, opts = {}) => {
    if (opts.whileRunning === false) throw new AppError('BOT_RUNNING', STOP_FIRST);
    await command(deps.database, deps.config, io);
  };
  try {
    await deps.runCommandLine(request.argv, run, io);
    for (const f of files.written()) if (existsSync(f.local)) send({ file: f.name, base64: readFileSync(f.local).toString('base64') });
  } catch (err) {
    io.err(`${err instanceof Error ? err.message : String(err)}\n`);
    code ||= 1;
  } finally {
    rmSync(files.dir, { recursive: true, force: true });
  }
  send({ exit: code });
}

/**
 * Serves CLI commands while the bot holds the embedded database (which only one process may open):
 * a Unix socket in DATA_DIR, readable by this user only. Returns its close.
 */
export async function serveControlSocket(deps: { database: Database; config: Config; log: Logger; runCommandLine: RunCommandLine }): Promise<() => Promise<void>> {
  const path = controlSocketPath(deps.config.DATA_DIR);
  rmSync(path, { force: true }); // left by a bot that was killed: this process holds the data folder's lock now
  const server = createServer((socket: Socket) => {
    const send = (r: ControlReply) => socket.write(`${JSON.stringify(r)}\n`);
    const lines = createInterface({ input: socket });
    lines.once('line', (line) => {
      lines.close();
      let request: ControlRequest;
      try {
        request = JSON.parse(line) as ControlRequest;
      } catch {
        return void socket.end();
      }
      deps.log.info({ event: 'control_command', command: request.argv[0] }, '执行命令行发来的命令');
      void serveRequest(request, deps, send).finally(() => socket.end());
    });
    socket.on('error', () => {}); // a CLI that went away mid-answer is not the bot's problem
  });
  const listening = await new Promise<boolean>((resolve) => {
    server.once('error', (err) => (deps.log.warn({ err: err.message, path }, '命令通道打不开：机器人运行时命令行命令将无法使用内置数据库'), resolve(false)));
    server.listen(path, () => resolve(true));
  });
  if (listening) chmodSync(path, 0o600);
  return () => new Promise((resolve) => (listening ? server.close(() => (rmSync(path, { force: true }), resolve())) : resolve()));
}
