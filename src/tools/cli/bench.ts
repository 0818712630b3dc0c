import { existsSync } from 'node:fs';
import type { Command } from 'commander';

interface BenchFlags {
  quick?: boolean;
  only?: string[];
  json?: boolean;
}

const collect = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];

/** `gridbot bench [--quick] [--only <part>]`: every figure in one table beside its goal and baseline. */
export function registerBenchCommand(program: Command): void {
  program
    .command('bench')
    .description('性能基准：每项指标与目标、同次运行的基线并列 (foundation, reports, lawqa, broadcast, load)')
    .option('--quick', '小规模冒烟运行（数字不作引用）')
    .option('--only <part>', '只跑某一部分（可重复或用逗号分隔）', collect)
    .option('--json', '只输出 JSON 行（供父进程收集）')
    .action(async (flags: BenchFlags) => {
      const [{ loadConfig }, { runBench, unknownParts }, { machineLine, renderTable }, { SHARED_LAWS_DIR }] = await Promise.all([
        import('../../config.js'),
        import('../bench/run.js'),
        import('../bench/table.js'),
        import('../../lawqa/index.js'),
      ]);
      const unknown = unknownParts(flags.only ?? []);
      if (unknown.length) {
        process.stderr.write(`未知的部分 unknown part: ${unknown.join(', ')}\n`);
        process.exitCode = 2;
        return;
      }
      const config = loadConfig();
      const lawsDir = existsSync(SHARED_LAWS_DIR) ? SHARED_LAWS_DIR : (config.LAWS_DIR ?? null);
      const progress = (line: string) => process.stderr.write(`… ${line}\n`);
      const rows = await runBench({
        quick: Boolean(flags.quick),
        only: flags.only,
        databaseUrl: config.DATABASE_URL,
        lawsDir,
        isolate: !flags.json,
        progress,
      });
      if (flags.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
      else process.stdout.write(`${machineLine()}\n${flags.quick ? '（--quick：小规模冒烟，数字不作引用）\n' : ''}\n${renderTable(rows)}\n`);
      // Stray handles (a pool's idle timer, a puppet) must not keep a finished bench alive.
      process.exit(process.exitCode ?? 0);
    });
}
