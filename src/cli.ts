import { Command } from 'commander';
import { ConfigError, loadConfig } from './config.js';
import { AppError } from './kernel/errors.js';
import { localRunner, type CommandIo, type DbRunner } from './tools/cli/db.js';
import { registerBenchCommand } from './tools/cli/bench.js';
import { registerDangerCommands } from './tools/cli/danger.js';
import { registerDocsCommand } from './tools/cli/docs.js';
import { registerLawqaCommands } from './tools/cli/lawqa.js';
import { registerLedgerCommands } from './tools/cli/ledger.js';
import { registerOpsCommands } from './tools/cli/ops.js';
import { registerRosterCommands } from './tools/cli/roster.js';

/**
 * Each command loads its module only when run, so `gridbot --help` stays fast. Database commands
 * run through `run` and print through their `io`: here, or inside the running bot (control socket).
 */
function buildProgram(run: DbRunner): Command {
  const program = new Command('gridbot').description('网格化管理微信助手 gridbot').showHelpAfterError();
  program
    .command('start')
    .description('启动机器人（真实微信）')
    .action(async () => (await import('./main.js')).main());
  program
    .command('replay')
    .description('在模拟微信上回放对话脚本并检查期望')
    .argument('<files...>', '一个或多个 JSON 脚本')
    .option('-q, --quiet', '只打印结果，不打印对话记录')
    .action(async (files: string[], opts: { quiet?: boolean }) => {
      const [{ replayFiles }, { defaultLawsSource, fetchedLawsDir }] = await Promise.all([import('./tools/replay/run.js'), import('./lawqa/index.js')]);
      const config = loadConfig();
      // Each scenario's fresh database gets LAWS_DIR's statutes, else the shared folder's, else those `laws fetch` saved.
      process.exitCode = await replayFiles(files, { quiet: Boolean(opts.quiet), laws: defaultLawsSource(config.LAWS_DIR, fetchedLawsDir(config.DATA_DIR)) });
    });
  program
    .command('sandbox')
    .description('终端里的模拟聊天（演示镇）')
    .action(async () => {
      const [{ runSandbox }, { fetchedLawsDir }] = await Promise.all([import('./tools/sandbox/repl.js'), import('./lawqa/index.js')]);
      const config = loadConfig();
      await runSandbox({ lawsDir: config.LAWS_DIR, fetchedDir: fetchedLawsDir(config.DATA_DIR) });
    });
  registerRosterCommands(program, run);
  registerLedgerCommands(program, run);
  registerLawqaCommands(program, run);
  registerDangerCommands(program);
  registerOpsCommands(program, run);
  registerDocsCommand(program);
  registerBenchCommand(program);
  return program;
}

export async function runCli(argv: string[]): Promise<void> {
  try {
    await buildProgram(localRunner(argv.slice(2))).parseAsync(argv);
  } catch (err) {
    exitOnKnownError(err);
  }
}

/** A command line forwarded to the running bot: the same program, run on the bot's database, printing to `io`. */
export async function runCommandLine(argv: string[], run: DbRunner, io: CommandIo): Promise<void> {
  // Commander's own errors and help must never end the bot's process, nor print to its log.
  const contain = (c: Command): void => void c.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err }).commands.forEach(contain);
  const program = buildProgram(run);
  contain(program);
  await program.parseAsync(argv, { from: 'user' });
}

/** Setting problems found on the way (not by the schema): they end like a bad setting, with 2. */
const SETTING_CODES = new Set(['DATA_DIR_UNWRITABLE']);

/** Start-up boundary: configuration and operator errors end with a clear message, no stack trace. */
export function exitOnKnownError(err: unknown): never {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  if (err instanceof AppError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(SETTING_CODES.has(err.code) ? 2 : 1);
  }
  throw err;
}
