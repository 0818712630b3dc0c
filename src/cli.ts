import { Command } from 'commander';
import { ConfigError, loadConfig } from './config.js';
import { AppError } from './core/errors.js';
import { registerBenchCommand } from './cli/bench.js';
import { registerDangerCommands } from './cli/danger.js';
import { registerDocsCommand } from './cli/docs.js';
import { registerLawqaCommands } from './cli/lawqa.js';
import { registerLedgerCommands } from './cli/ledger.js';
import { registerOpsCommands } from './cli/ops.js';
import { registerRosterCommands } from './cli/roster.js';

/** Each command loads its module only when run, so `gridbot --help` stays fast. */
function buildProgram(): Command {
  const program = new Command('gridbot').description('网格化管理微信助手 gridbot').showHelpAfterError();
  program.command('start').description('启动机器人（真实微信）').action(async () => (await import('./main.js')).main());
  program
    .command('replay')
    .description('在模拟微信上回放对话脚本并检查期望')
    .argument('<files...>', '一个或多个 JSON 脚本')
    .option('-q, --quiet', '只打印结果，不打印对话记录')
    .action(async (files: string[], opts: { quiet?: boolean }) => {
      const { replayFiles } = await import('./replay/run.js');
      // Each scenario's fresh database gets LAWS_DIR's statutes, else the shared folder's when present.
      process.exitCode = await replayFiles(files, { quiet: Boolean(opts.quiet), laws: loadConfig().LAWS_DIR });
    });
  program
    .command('sandbox')
    .description('终端里的模拟聊天（演示镇）')
    .action(async () => (await import('./sandbox/repl.js')).runSandbox({ lawsDir: loadConfig().LAWS_DIR }));
  registerRosterCommands(program);
  registerLedgerCommands(program);
  registerLawqaCommands(program);
  registerDangerCommands(program);
  registerOpsCommands(program);
  registerDocsCommand(program);
  registerBenchCommand(program);
  return program;
}

export async function runCli(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    exitOnKnownError(err);
  }
}

/** Start-up boundary: configuration and operator errors end with a clear message, no stack trace. */
export function exitOnKnownError(err: unknown): never {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  if (err instanceof AppError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  throw err;
}

