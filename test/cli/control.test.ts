import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeXlsx } from '../admin/office-files.js';
import { runGridbot, startGridbot, type RunningBot } from '../support/cli.js';

let cwd: string;
let bot: RunningBot;

/** A proxy address that refuses: the bot starts offline (no WeChat), as on a machine not yet logged in. */
async function refusingProxy(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'gridbot-control-'));
  const proxy = await refusingProxy();
  bot = startGridbot({ cwd, dataDir: join(cwd, 'data'), env: { HTTPS_PROXY: proxy, https_proxy: proxy, HTTP_PROXY: proxy, http_proxy: proxy } });
  await bot.waitFor(/gridbot ready/, 60_000);
}, 70_000);
afterAll(async () => {
  await bot?.stop();
  rmSync(cwd, { recursive: true, force: true });
});

/** A second terminal in another folder, same DATA_DIR, while `npm start` runs. */
const second = (args: string[], where = cwd) => runGridbot(args, { cwd: where, dataDir: join(cwd, 'data'), stdin: '' });

describe('CLI commands while the bot runs on the embedded database', () => {
  it('admin invite, roster import, stats, export and backup run inside the bot with the usual output', async () => {
    const invite = await second(['admin', 'invite']);
    expect(invite.stderr).toBe('');
    expect(invite.code).toBe(0);
    expect(invite.stdout).toMatch(/邀请码：\S+\n请让对方私聊机器人发送：#认领 /);

    const roster = await writeXlsx(cwd, '上司镇名单.xlsx', [
      {
        name: '名单',
        rows: [
          ['村', '网格', '姓名', '角色', '电话'],
          ['下坝村', '二组', '钱二', '网格员', '13900000002'],
        ],
      },
    ]);
    const imported = await second(['roster', 'import', roster]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('读到 1 行：新增 1 人');

    const stats = await second(['stats', '--json']);
    expect(stats.code, stats.stderr).toBe(0);
    expect(JSON.parse(stats.stdout)).toBeTypeOf('object');

    // Output files land where the CLI was run, relative to its own folder.
    const elsewhere = join(cwd, 'office');
    mkdirSync(elsewhere);
    const exported = await second(['export', '台账.xlsx'], elsewhere);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toBe('已导出 0 条纠纷到 台账.xlsx\n');
    expect(statSync(join(elsewhere, '台账.xlsx')).size).toBeGreaterThan(1000);

    const backup = await second(['backup', 'b.jsonl.gz'], elsewhere);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/^已备份 \d+ 张表、\d+ 行到 b\.jsonl\.gz/);
    expect(existsSync(join(elsewhere, 'b.jsonl.gz'))).toBe(true);
    expect(await bot.waitFor(/"event":"control_command"/)).toContain('"command":"admin"');
  }, 120_000);

  it('keeps exit codes and refuses in Chinese what must not run beside the bot', async () => {
    const bad = await second(['roster', 'import', join(cwd, '没有这个文件.csv')]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('找不到文件');
    expect(bad.stdout).toContain('没有这个文件.csv');

    const restore = await second(['restore', 'x.jsonl.gz']);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain('正被另一个 gridbot 进程');
    expect(restore.stderr).not.toMatch(/^\s+at /m);
    expect(bot.output().stderr).toBe('');
  }, 60_000);
});
