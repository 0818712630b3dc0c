import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { realClock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import { formatDate } from '../../kernel/time.js';
import type { DbRunner } from './db.js';
import { createCalendar } from '../../kernel/calendar.js';

const CLI_ACTOR = { id: null, name: '命令行' };

/** `gridbot doctor`, `gridbot backup FILE`, `gridbot restore FILE [--force]`. */
function registerOperations(program: Command, run: DbRunner): void {
  program
    .command('doctor')
    .description('检查配置、数据库、迁移、微信协议、企业微信机器人、大模型、法规和管理员设置')
    .option('--webhook', '再经企业微信群机器人 Webhook（WECOM_WEBHOOK_URL）发一条测试消息')
    .action(async (opts: { webhook?: boolean }) => {
      const [{ runDoctor, doctorText, doctorExitCode }, { WECHAT4U_SERVER }] = await Promise.all([import('../../ops/index.js'), import('../../chat/wechaty/puppet-choice.js')]);
      const checks = await runDoctor({ loadConfig: () => loadConfig(), wechat4uServer: WECHAT4U_SERVER, webhook: !!opts.webhook });
      process.stdout.write(`${doctorText(checks)}\n`);
      process.exitCode = doctorExitCode(checks);
    });
  program
    .command('backup')
    .argument('<file>', '备份文件，如 gridbot-2026-12-02.jsonl.gz')
    .description('备份数据库（一致的快照，可恢复到内置数据库或 PostgreSQL）')
    .action(async (file: string) => {
      const { backupDatabase } = await import('../../ops/index.js');
      await run(async ({ db, kind }, _config, io) => {
        const s = await backupDatabase(db, kind, io.file(file), realClock().now());
        const rows = Object.values(s.rows).reduce((a, b) => a + b, 0);
        io.out(`已备份 ${Object.keys(s.rows).length} 张表、${rows} 行到 ${file}（数据库结构 ${s.migrations.lastTag ?? '无'}）\n`);
      });
    });
  program
    .command('restore')
    .argument('<file>', 'gridbot backup 写的备份文件')
    .option('--force', '数据库里已有数据时也恢复（先清空）')
    .description('从备份恢复到当前配置的数据库（先迁移，再按外键顺序导入，最后重置序号）')
    .action(async (file: string, opts: { force?: boolean }) => {
      const { restoreDatabase } = await import('../../ops/index.js');
      await run(
        async ({ db }, _config, io) => {
          const s = await restoreDatabase(db, file, { force: Boolean(opts.force) });
          const rows = Object.values(s.rows).reduce((a, b) => a + b, 0);
          io.out(`已从 ${file}（${s.header.createdAt} 备份）恢复 ${Object.keys(s.rows).length} 张表、${rows} 行。\n`);
        },
        { whileRunning: false },
      );
    });
}

/** `gridbot privacy purge [--before DATE]`, `gridbot privacy export --person NAME [--json]`. */
function registerPrivacy(program: Command, run: DbRunner): void {
  const privacy = program.command('privacy').description('个人信息：到期匿名化、查询某人的全部信息');
  privacy
    .command('purge')
    .option('--before <date>', '匿名化这一天之前的（默认：保留期 RETENTION_YEARS 年之前）')
    .description('匿名化已结案纠纷及相关个人信息，统计数字不变')
    .action(async (opts: { before?: string }) => {
      const [{ purgePersonalData, purgeText }, { parseBeforeDate }, { createLogger }, { createOutbox }, { audit }] = await Promise.all([
        import('../../privacy/index.js'),
        import('../../privacy/before-date.js'),
        import('../../kernel/logger.js'),
        import('../../outbox/enqueue.js'),
        import('../../admin/index.js'),
      ]);
      await run(async ({ db }, config, io) => {
        const clock = realClock();
        const now = clock.now();
        const before = opts.before === undefined ? undefined : parseBeforeDate(opts.before, now, config.TZ);
        if (before && !before.ok) throw new AppError('BAD_DATE', before.problems.map((p) => p.message).join('\n'));
        const deps = { db, clock, calendar: createCalendar(clock, config.TZ), config, log: createLogger('warn'), outbox: createOutbox(db, clock, config.SEND_MAX_CHARS) };
        const s = await purgePersonalData(deps, { now, before: before?.value });
        const text = purgeText(s, formatDate(s.before, config.TZ));
        await audit(db, { at: now, actor: CLI_ACTOR, command: `gridbot privacy purge --before ${formatDate(s.before, config.TZ)}`, ok: true, result: text });
        io.out(`${text}\n`);
      });
    });
  privacy
    .command('export')
    .requiredOption('--person <name>', '姓名（花名册上的写法）')
    .option('--json', '输出 JSON')
    .description('列出保存的关于某人的全部信息（供本人查阅、复制）')
    .action(async (opts: { person: string; json?: boolean }) => {
      const [{ collectPerson, personJson, personText }, { audit }] = await Promise.all([import('../../privacy/index.js'), import('../../admin/index.js')]);
      await run(async ({ db }, config, io) => {
        const now = realClock().now();
        const record = await collectPerson(db, opts.person.trim());
        await audit(db, {
          at: now,
          actor: CLI_ACTOR,
          command: `gridbot privacy export --person ${opts.person.trim()}`,
          ok: true,
          result: `花名册 ${record.members.length}，消息 ${record.messages.length}，纠纷 ${record.disputes.length}`,
        });
        io.out(`${opts.json ? personJson(record) : personText(record, now, config.TZ)}\n`);
      });
    });
}

/** The operations and privacy commands, registered by src/cli.ts. */
export function registerOpsCommands(program: Command, run: DbRunner): void {
  registerOperations(program, run);
  registerPrivacy(program, run);
}
