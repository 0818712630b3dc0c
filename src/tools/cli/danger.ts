import type { Command } from 'commander';
import { AppError } from '../../kernel/errors.js';
import { realClock } from '../../kernel/clock.js';

/** `gridbot check-danger [--jsonl] [text]` and `gridbot eval-danger`. */
export function registerDangerCommands(program: Command): void {
  program
    .command('check-danger')
    .argument('[text]', '一条消息')
    .option('--jsonl', '从标准输入逐行读 {"id","text"}，逐行输出 {"id","urgent","kind"}')
    .description('只跑危险识别（不查法条、不用数据库）：这条消息是不是眼下有危险')
    .action(async (text: string | undefined, opts: { jsonl?: boolean }) => {
      if (!opts.jsonl && !text) throw new Error('请给出消息，例如：gridbot check-danger "他拿刀要砍我"，或用 --jsonl');
      const { checkDangerJsonl, checkDangerLine } = await import('../../safety/jsonl.js');
      if (opts.jsonl) await checkDangerJsonl(process.stdin, process.stdout);
      else process.stdout.write(`${checkDangerLine(text!)}\n`);
    });
  program
    .command('eval-danger')
    .description('危险识别评测：危险开发集（单号调规则、双号留作检验）和法律问答集，走 gridbot ask 的同一路径')
    .option('--laws <dir>', '法条文件夹（默认：仓库旁的 ../shared/data/laws）')
    .option('--dev <file>', '危险开发集 JSONL（默认：../shared/data/danger-dev.jsonl）')
    .option('--floor <召回,误报>', '回归下限（如 0.8,0.05）：低于它才算失败；不写时以目标为准')
    .action(async (opts: { laws?: string; dev?: string; floor?: string }) => {
      const { evalDanger, parseDangerBar } = await import('../../lawqa/index.js');
      const floor = opts.floor === undefined ? undefined : parseDangerBar(opts.floor);
      if (floor === null) throw new AppError('BAD_FLOOR', `--floor 应为两个 0 到 1 之间的小数，用逗号隔开，如 0.8,0.05；收到的是“${opts.floor}”`);
      const ok = await evalDanger({ lawsDir: opts.laws, dangerFile: opts.dev, floor, at: realClock().now(), print: (l) => process.stdout.write(`${l}\n`) });
      process.exitCode = ok ? 0 : 1;
    });
}
