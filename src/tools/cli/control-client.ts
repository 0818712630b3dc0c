import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { AppError } from '../../kernel/errors.js';

export { controlSocketPath, type ControlReply, type ControlRequest, type InputEntry } from '../../ops/control-protocol.js';
import { controlSocketPath, type ControlReply, type ControlRequest, type InputEntry } from '../../ops/control-protocol.js';

const notServing = (pid: number | null) =>
  `数据目录正被另一个 gridbot 进程（pid ${pid ?? '?'}）使用，它还没有打开命令通道：多半是机器人正在启动、准备数据库，或者另一条命令正在执行。请稍等几秒再运行本命令。`;

/** A file is sent whole; a folder (statutes) as its files. Missing paths are left for the command to report. */
function readInput(path: string): InputEntry[] {
  try {
    if (!statSync(path).isDirectory()) return [{ rel: '', base64: readFileSync(path).toString('base64') }];
    const names = readdirSync(path, { recursive: true, encoding: 'utf8' }).filter((n) => statSync(join(path, n)).isFile());
    return names.map((rel) => ({ rel, base64: readFileSync(join(path, rel)).toString('base64') }));
  } catch {
    return [];
  }
}

function applyReply(reply: ControlReply): void {
  if ('out' in reply) process.stdout.write(reply.out);
  else if ('err' in reply) process.stderr.write(reply.err);
  else if ('file' in reply) {
    mkdirSync(dirname(resolve(reply.file)), { recursive: true });
    writeFileSync(resolve(reply.file), Buffer.from(reply.base64, 'base64'));
  } else process.exitCode = reply.exit;
}

/** Runs the command line in the running bot and prints what it prints, with its exit code. */
export function forwardToBot(socketPath: string, holder: number | null, argv: readonly string[], reads: readonly string[]): Promise<void> {
  const request: ControlRequest = { argv: [...argv], inputs: Object.fromEntries(reads.map((r) => [r, readInput(r)])) };
  return new Promise((done, fail) => {
    const socket = connect(socketPath);
    let ended = false;
    socket.on('error', (err: NodeJS.ErrnoException) =>
      fail(new AppError('BOT_UNREACHABLE', ['ENOENT', 'ECONNREFUSED'].includes(err.code ?? '') ? notServing(holder) : `连不上正在运行的机器人：${err.message}`)),
    );
    socket.on('connect', () => socket.write(`${JSON.stringify(request)}\n`));
    createInterface({ input: socket }).on('line', (line) => {
      const reply = JSON.parse(line) as ControlReply;
      applyReply(reply);
      if ('exit' in reply) ended = true;
    });
    socket.on('close', () => (ended ? done() : fail(new AppError('BOT_UNREACHABLE', '机器人在命令执行完之前断开了（可能正在停止）。请查看机器人的日志后重试。'))));
  });
}
