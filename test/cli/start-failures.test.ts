import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startGridbot } from '../support/cli.js';

const dirs: string[] = [];
const bot = (env: Record<string, string>) => {
  const cwd = mkdtempSync(join(tmpdir(), 'gridbot-startfail-'));
  dirs.push(cwd);
  return startGridbot({ cwd, dataDir: join(cwd, 'data'), env });
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// What an operator mistypes in .env, and the words the one line must carry.
const MISTAKES: [string, Record<string, string>, string[]][] = [
  ['a data folder under /proc (hung before)', { DATA_DIR: '/proc/nope' }, ['DATA_DIR: “/proc/nope”不能用作数据目录', '能写入的文件夹']],
  ['a data folder under a file', { DATA_DIR: '/etc/hostname/gridbot' }, ['DATA_DIR: “/etc/hostname/gridbot”不能用作数据目录', '是文件，不是文件夹']],
  [
    'a puppet name with a letter missing',
    { WECHATY_PUPPET: 'wechaty-puppet-wechat4' },
    ['WECHATY_PUPPET: 填的是“wechaty-puppet-wechat4”', 'wechaty-puppet-wechat4u（默认', 'wechaty-puppet-service'],
  ],
  [
    'words where numbers go, a log level that does not exist',
    { SEND_DAILY_BUDGET: 'lots', LOG_LEVEL: 'verbose' },
    ['SEND_DAILY_BUDGET: 填的是“lots”，应为不小于 1 的整数', 'LOG_LEVEL: 填的是“verbose”，应为 fatal、error、warn、info、debug、trace、silent 之一'],
  ],
  ['a console format that does not exist', { LOG_FORMAT: 'pretty' }, ['LOG_FORMAT: 填的是“pretty”，应为 auto']],
  ['a fraction of a minute', { FLOOD_PER_MINUTE: '2.5' }, ['FLOOD_PER_MINUTE: 填的是“2.5”，应为不小于 0 的整数']],
];

describe('gridbot start with a setting wrong', () => {
  it.each(MISTAKES)(
    '%s: exits 2 with Chinese lines naming the variable, no stack trace',
    async (_what, env, expected) => {
      const run = bot(env);
      expect(await run.exited).toBe(2);
      const { stderr, stdout } = run.output();
      for (const words of expected) expect(stderr).toContain(words);
      expect(stderr).not.toMatch(/^\s+at |Invalid|expected|Error/m);
      expect(stdout).not.toContain('第一次启动');
    },
    60_000,
  );

  it('waits for a PostgreSQL server that is not up, saying so once, in Chinese', async () => {
    const port = await closedPort();
    const run = bot({ DATABASE_URL: `postgres://gridbot:secret@127.0.0.1:${port}/gridbot` });
    try {
      const line = await run.waitFor(/"event":"db_unreachable"/, 30_000);
      expect(line).toContain(`连不上数据库（connect ECONNREFUSED 127.0.0.1:${port}）`);
      expect(line).toContain('程序会自动重试');
      await new Promise((resolve) => setTimeout(resolve, 6_000)); // past the first retry
      expect(
        run
          .output()
          .stdout.split('\n')
          .filter((l) => l.includes('db_unreachable')),
      ).toHaveLength(1);
      expect(run.output().stderr).toBe('');
    } finally {
      await run.stop();
    }
  }, 60_000);
});

describe('gridbot start on the console', () => {
  it('LOG_FORMAT=text: says what the first start is doing, then readable Chinese lines with local times', async () => {
    const proxy = `http://127.0.0.1:${await closedPort()}`;
    const run = bot({ LOG_FORMAT: 'text', TZ: 'Asia/Shanghai', HTTPS_PROXY: proxy, https_proxy: proxy, HTTP_PROXY: proxy, http_proxy: proxy });
    try {
      await run.waitFor(/机器人已启动/, 60_000);
      const lines = run.output().stdout.trim().split('\n');
      expect(lines[0]).toMatch(/^\d\d-\d\d \d\d:\d\d:\d\d 信息 第一次启动：正在 .* 里建立内置数据库/);
      for (const l of lines) expect(l).toMatch(/^\d\d-\d\d \d\d:\d\d:\d\d (信息|警告) \S/);
      expect(run.output().stdout).not.toContain('"level"');
    } finally {
      await run.stop();
    }
  }, 90_000);
});
