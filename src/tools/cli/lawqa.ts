import type { Command } from 'commander';
import pino from 'pino';
import { chatModelFromConfig } from '../../llm/chat-model.js';
import { realClock } from '../../kernel/clock.js';
import { isWebAddress } from '../../config.js';
import { AppError } from '../../kernel/errors.js';
import { createLogger } from '../../kernel/logger.js';
import type { DbRunner } from './db.js';

// Logs go to stderr: stdout carries the answers (one JSON line each with --jsonl).
const stderrLog = (level: string) => createLogger(level, pino.destination(2));
/** `gridbot laws fetch|import|list`, `gridbot ask`, `gridbot eval-lawqa`. */
export function registerLawqaCommands(program: Command, run: DbRunner): void {
  const laws = program.command('laws').description('法律条文库（下载、导入、查看）');
  registerFetchCommand(laws, run);
  laws
    .command('import')
    .argument('<paths...>', '法律文件（.md / .txt / .docx）或文件夹')
    .description('导入法律条文；同一部法律再次导入会整部替换')
    .action(async (paths: string[]) => {
      const { importLaws, importReportText, knownLawTitles } = await import('../../lawqa/index.js');
      await run(
        async ({ db }, _config, io) => {
          const report = await importLaws(db, paths.map(io.file), { at: realClock().now(), knownTitles: await knownLawTitles() });
          io.out(`${importReportText(report)}\n`);
          if (report.failed.length > 0 || report.laws.length === 0) io.exitCode(1);
        },
        { reads: paths },
      );
    });
  laws
    .command('list')
    .description('列出已导入的法律、条文数和版本（最近一次修订）日期')
    .action(async () => {
      const { listLaws, EMPTY_LIBRARY_LINE } = await import('../../lawqa/index.js');
      await run(async ({ db }, _config, io) => {
        const rows = await listLaws(db);
        io.out(`${rows.length ? `${rows.map(lawLine).join('\n')}\n共 ${rows.length} 部` : EMPTY_LIBRARY_LINE}\n`);
      });
    });
  program
    .command('ask')
    .argument('[question]', '问题')
    .option('--jsonl', '从标准输入逐行读 {"id","question"}，逐行输出答案 JSON')
    .description('回答一个法律问题（和微信里同一条路径）')
    .action(async (question: string | undefined, opts: { jsonl?: boolean }) => {
      if (!opts.jsonl && !question) throw new Error('请给出问题，例如：gridbot ask "借钱不还怎么办"，或用 --jsonl');
      const { askJsonl, createAsker, createLawLibrary, prepareLaws, EMPTY_LIBRARY_LINE } = await import('../../lawqa/index.js');
      await run(
        async ({ db }, config, io) => {
          const log = stderrLog('warn');
          await prepareLaws(db, { source: config.LAWS_DIR ?? null, at: realClock().now(), log });
          const library = createLawLibrary(db);
          if ((await library.retriever()).stats.articles === 0) io.err(`${EMPTY_LIBRARY_LINE}\n`);
          const ask = createAsker(library, { chatModel: chatModelFromConfig(config) });
          if (opts.jsonl) await askJsonl(process.stdin, process.stdout, ask);
          else io.out(`${(await ask(question!)).answer}\n`);
        },
        opts.jsonl ? { whileRunning: false } : {},
      );
    });
  registerEvalCommand(program);
}

/** "《…》 1260 条，2020-05-28 版，2021-01-01 施行": the version is the latest revision, 施行 the first day in force. */
function lawLine(l: { title: string; articleCount: number; revisedDate: string | null; effectiveDate: string | null }): string {
  const dates = [l.revisedDate ? `${l.revisedDate} 版` : '', l.effectiveDate ? `${l.effectiveDate} 施行` : ''].filter(Boolean);
  return `《${l.title}》 ${l.articleCount} 条${dates.length ? `，${dates.join('，')}` : ''}`;
}

function registerFetchCommand(laws: Command, run: DbRunner): void {
  laws
    .command('fetch')
    .option('--from <url>', '镜像地址：放着整理好的法律文件的网址（默认：LAWS_MIRROR_URL，未设置时从公开来源下载）')
    .description('按清单下载本程序要用的法律，逐个校验 sha256 后导入（校验不符的拒收）')
    .action(async (opts: { from?: string }) => {
      if (opts.from !== undefined && !isWebAddress(opts.from)) {
        throw new AppError('BAD_MIRROR', `--from 应为 http:// 或 https:// 开头的网址，如 http://192.168.1.10/laws/，收到的是“${opts.from}”`);
      }
      const { fetchAndImport, fetchSummaryText, loadManifest } = await import('../../lawqa/index.js');
      await run(async ({ db }, config, io) => {
        const manifest = await loadManifest();
        const mirror = opts.from ?? config.LAWS_MIRROR_URL ?? null;
        io.out(`从${mirror ? `镜像 ${mirror}` : '公开来源'}下载 ${manifest.laws.length} 部法律……\n`);
        const progress = (line: string) => io.out(`${line}\n`);
        const result = await fetchAndImport(db, { mirror, dataDir: config.DATA_DIR, at: realClock().now(), progress, manifest });
        io.out(`${fetchSummaryText(result, manifest.laws.length)}\n`);
        if (result.fetched.refused.length > 0 || result.imported.failed.length > 0) io.exitCode(1);
      });
    });
}

function registerEvalCommand(program: Command): void {
  program
    .command('eval-lawqa')
    .description('法律问答评测：把法条导入临时内嵌数据库，跑开发集（只用检索，不用大模型）')
    .option('--laws <dir>', '法条文件夹（默认：仓库旁的 ../shared/data/laws）')
    .option('--dev <file>', '开发集 JSONL（默认：../shared/data/legal-qa-dev.jsonl）')
    .option('--rounds <n>', '计时轮数（先热身一轮）', '10')
    .action(async (opts: { laws?: string; dev?: string; rounds: string }) => {
      const { evalLawqa } = await import('../../lawqa/index.js');
      const ok = await evalLawqa({ lawsDir: opts.laws, devFile: opts.dev, rounds: Number(opts.rounds), at: realClock().now(), print: (l) => process.stdout.write(`${l}\n`) });
      process.exitCode = ok ? 0 : 1;
    });
}
