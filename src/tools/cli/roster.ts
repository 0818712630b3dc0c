import type { Command } from 'commander';
import { realClock } from '../../kernel/clock.js';
import { formatLocal } from '../../kernel/time.js';
import type { DbRunner } from './db.js';

/** `gridbot roster import|export FILE` and `gridbot admin invite`. */
export function registerRosterCommands(program: Command, run: DbRunner): void {
  const roster = program.command('roster').description('花名册（村、网格、人员、角色）');
  roster
    .command('import')
    .argument('<file>', 'CSV 或 xlsx，列：村,网格,姓名,角色,电话')
    .description('导入花名册（可重复导入，已有的人员会更新）')
    .action(async (file: string) => {
      const { importRoster, formatImportSummary } = await import('../../roster/index.js');
      await run(
        async ({ db }, _config, io) => {
          const summary = await importRoster(db, io.file(file));
          io.out(`${formatImportSummary(summary).replaceAll(io.file(file), file)}\n`);
          if (summary.problems.some((p) => p.row === 0)) io.exitCode(1);
        },
        { reads: [file] },
      );
    });
  roster
    .command('export')
    .argument('<file>', '.csv 或 .xlsx')
    .description('导出花名册')
    .action(async (file: string) => {
      const { exportRoster } = await import('../../roster/index.js');
      await run(async ({ db }, _config, io) => {
        const result = await exportRoster(db, io.file(file));
        io.out(result.ok ? `已导出 ${result.count} 人到 ${file}\n` : `${result.message}\n`);
        if (!result.ok) io.exitCode(1);
      });
    });
  program
    .command('admin')
    .description('管理员')
    .command('invite')
    .option('--role <role>', '邀请的角色（默认管理员）', 'admin')
    .option('--hours <n>', '有效小时数', '24')
    .description('生成一次性邀请码；对方私聊机器人发送 "#认领 邀请码"')
    .action(async (opts: { role: string; hours: string }) => {
      const { createInvite } = await import('../../admin/index.js');
      const { parseRole } = await import('../../roster/index.js');
      const role = parseRole(opts.role);
      if (!role) throw new Error(`不认识的角色：${opts.role}`);
      await run(async ({ db }, config, io) => {
        const invite = await createInvite(db, realClock(), { role, ttlHours: Number(opts.hours) });
        io.out(`邀请码：${invite.code}\n请让对方私聊机器人发送：#认领 ${invite.code}\n有效期至 ${formatLocal(invite.expiresAt, config.TZ)}\n`);
      });
    });
}
