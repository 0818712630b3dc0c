import type { Command } from 'commander';
import type { DbRunner } from './db.js';

interface ScopeFlags {
  from?: string;
  to?: string;
  village?: string;
}

/** `gridbot stats --json`, `gridbot export FILE.xlsx`, `gridbot parse-report --jsonl`, `gridbot eval-reports`. */
export function registerLedgerCommands(program: Command, run: DbRunner): void {
  program
    .command('stats')
    .description('纠纷统计')
    .option('--json', '输出 JSON')
    .option('--from <date>', '起始日期，如 2026-01-01')
    .option('--to <date>', '截止日期（含当天）')
    .option('--village <name>', '只统计某个村')
    .action(async (opts: ScopeFlags & { json?: boolean }) => {
      const { statsJson, statsText } = await import('../../summary/index.js');
      await run(async ({ db }, config, io) => {
        const stats = await statsJson(db, { ...opts, tz: config.TZ });
        io.out(opts.json ? `${JSON.stringify(stats, null, 2)}\n` : `${statsText(stats)}\n`);
      });
    });
  program
    .command('export')
    .argument('<file>', '输出文件：.xlsx（台账、统计、周报报送三张表）或 .csv（只有台账）')
    .description('导出纠纷台账（Excel）')
    .option('--from <date>', '起始日期')
    .option('--to <date>', '截止日期（含当天）')
    .option('--village <name>', '只导出某个村')
    .action(async (file: string, opts: ScopeFlags) => {
      const { exportLedger } = await import('../../summary/index.js');
      await run(async ({ db }, config, io) => {
        const result = await exportLedger(db, io.file(file), { ...opts, tz: config.TZ });
        io.out(`已导出 ${result.rows} 条纠纷到 ${file}\n`);
      });
    });
  program
    .command('parse-report')
    .description('解析周报文本（不写数据库）')
    .option('--jsonl', '从标准输入逐行读 {"id","text"}，逐行输出结果')
    .action(async (opts: { jsonl?: boolean }) => {
      const { parseReportJsonl } = await import('../../grammar/jsonl.js');
      if (!opts.jsonl) throw new Error('目前只支持 --jsonl');
      await parseReportJsonl(process.stdin, process.stdout);
    });
  program
    .command('eval-reports')
    .description('周报解析评测：键名周报开发集和手机周报开发集（分调规则用和留出两半）')
    .option('--dev <file>', '键名周报 JSONL（默认：../shared/data/report-dev.jsonl）')
    .option('--phone <file>', '手机周报 JSONL（默认：../shared/data/report-phone-dev.jsonl）')
    .option('--file <file...>', '只评这些 JSONL（如自己写的盲测批），整批和按周报/缺项/不是周报分开各报一行')
    .action(async (opts: { dev?: string; phone?: string; file?: string[] }) => {
      const { evalParts, evalReports, fileParts } = await import('../../reports/eval.js');
      const parts = opts.file ? opts.file.flatMap(fileParts) : evalParts(opts.dev, opts.phone);
      const ok = evalReports(parts, (l) => process.stdout.write(`${l}\n`));
      process.exitCode = ok ? 0 : 1;
    });
}
