import type { Command } from 'commander';
import pino from 'pino';
import { chatModelFromConfig } from '../core/chat-model.js';
import { realClock } from '../core/clock.js';
import { createLogger } from '../core/logger.js';
import type { DbRunner } from './db.js';

// Logs go to stderr: stdout carries the answers (one JSON line each with --jsonl).
const stderrLog = (level: string) => createLogger(level, pino.destination(2));
const NO_LAWS = '提示：数据库里还没有导入法律条文，回答只能来自内置问答，不会引用法条。请先运行 gridbot laws import <目录>。\n';

/** `gridbot laws import|list`, `gridbot ask`, `gridbot eval-lawqa`. */
export function registerLawqaCommands(program: Command, run: DbRunner): void {
  const laws = program.command('laws').description('法律条文库（导入、查看）');
  laws
    .command('import')
    .argument('<paths...>', '法律文件（.md / .txt）或文件夹')
    .description('导入法律条文；同一部法律再次导入会整部替换')
    .action(async (paths: string[]) => {
      const { importLaws, importReportText } = await import('../lawqa/index.js');
      await run(async ({ db }, _config, io) => {
        const report = await importLaws(db, paths.map(io.file), { at: realClock().now() });
        io.out(`${importReportText(report)}\n`);
        if (report.failed.length > 0 || report.laws.length === 0) io.exitCode(1);
      }, { reads: paths });
    });
  laws
    .command('list')
    .description('列出已导入的法律和条文数')
    .action(async () => {
      const { listLaws } = await import('../lawqa/index.js');
      await run(async ({ db }, _config, io) => {
        const rows = await listLaws(db);
        const lines = rows.map((l) => `《${l.title}》 ${l.articleCount} 条${l.effectiveDate ? `，${l.effectiveDate} 施行` : ''}`);
        io.out(`${rows.length ? `${lines.join('\n')}\n共 ${rows.length} 部` : '还没有导入法律。用 gridbot laws import <目录> 导入。'}\n`);
      });
    });
  program
    .command('ask')
    .argument('[question]', '问题')
    .option('--jsonl', '从标准输入逐行读 {"id","question"}，逐行输出答案 JSON')
    .description('回答一个法律问题（和微信里同一条路径）')
    .action(async (question: string | undefined, opts: { jsonl?: boolean }) => {
      if (!opts.jsonl && !question) throw new Error('请给出问题，例如：gridbot ask "借钱不还怎么办"，或用 --jsonl');
      const { askJsonl, createAsker, createLawLibrary, prepareLaws } = await import('../lawqa/index.js');
      await run(async ({ db }, config, io) => {
        const log = stderrLog('warn');
        await prepareLaws(db, { source: config.LAWS_DIR ?? null, at: realClock().now(), log });
        const library = createLawLibrary(db);
        if ((await library.retriever()).stats.articles === 0) io.err(NO_LAWS);
        const ask = createAsker(library, { chatModel: chatModelFromConfig(config) });
        if (opts.jsonl) await askJsonl(process.stdin, process.stdout, ask);
        else io.out(`${(await ask(question!)).answer}\n`);
      }, opts.jsonl ? { whileRunning: false } : {});
    });
  registerEvalCommand(program);
}

function registerEvalCommand(program: Command): void {
  program
    .command('eval-lawqa')
    .description('法律问答评测：把法条导入临时内嵌数据库，跑开发集（只用检索，不用大模型）')
    .option('--laws <dir>', '法条文件夹（默认：仓库旁的 ../shared/data/laws）')
    .option('--dev <file>', '开发集 JSONL（默认：../shared/data/legal-qa-dev.jsonl）')
    .option('--rounds <n>', '计时轮数（先热身一轮）', '10')
    .action(async (opts: { laws?: string; dev?: string; rounds: string }) => {
      const { evalLawqa } = await import('../lawqa/index.js');
      const ok = await evalLawqa({ lawsDir: opts.laws, devFile: opts.dev, rounds: Number(opts.rounds), at: realClock().now(), print: (l) => process.stdout.write(`${l}\n`) });
      process.exitCode = ok ? 0 : 1;
    });
}
