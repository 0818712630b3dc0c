import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startGridbot } from '../support/cli.js';
import { puppetGateway } from '../support/puppet-server.js';

const dirs: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'gridbot-start-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A port nothing listens on (just released by the system). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Warnings and errors logged once the bot was ready (before it, only the note that no statutes are imported). */
const warnings = (stdout: string) =>
  stdout
    .slice(stdout.indexOf('"msg":"gridbot ready"'))
    .split('\n')
    .filter((l) => /"level":(40|50|60)/.test(l));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A bot started from an empty folder (no .env) with its own data folder. */
const bot = (env: Record<string, string> = {}) => {
  const cwd = tmp();
  return startGridbot({ cwd, dataDir: join(cwd, 'data'), env: { SEND_INTERVAL_MS: '0', SEND_JITTER_MS: '0', SEND_ROOM_INTERVAL_MS: '0', ...env } });
};

describe('gridbot start', () => {
  it('exits 2 with one message naming every bad variable, and no stack trace', async () => {
    const run = bot({ TZ: 'Mars/Base', DATABASE_URL: 'mysql://x', WECHATY_PUPPET_SERVICE_TOKEN: 'abc123' });
    expect(await run.exited).toBe(2);
    const { stderr } = run.output();
    expect(stderr).toContain('配置有误');
    for (const name of ['TZ', 'DATABASE_URL', 'WECHATY_PUPPET_SERVICE_TOKEN']) expect(stderr).toContain(`${name}:`);
    expect(stderr).toContain('puppet_workpro_xxxx');
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('offline with nothing configured: ready, one clear Chinese line, quiet retries, a clean stop', async () => {
    // wechat4u's HTTP client goes through this proxy, which refuses: WeChat cannot be reached, here and anywhere.
    const proxy = `http://127.0.0.1:${await freePort()}`;
    const run = bot({ HTTPS_PROXY: proxy, https_proxy: proxy, HTTP_PROXY: proxy, http_proxy: proxy });
    await run.waitFor(/"msg":"gridbot ready"/, 30_000);
    // No statutes in a fresh folder: one line says so, with the command that fixes it.
    expect(run.output().stdout).toMatch(/"event":"laws_empty".*"msg":"法条库是空的，法律问答答不了：运行 npx gridbot laws fetch/);
    const line = await run.waitFor(/"event":"wechat_unreachable"/, 30_000);
    expect(line).toContain('无法连接微信服务器：请检查本机能否上网');
    expect(line).toContain('程序会自动重试');
    expect(run.output().stdout.match(/个人微信号自动收发消息有被限制登录或封号的风险；推荐改用企业微信智能机器人/g)).toHaveLength(1);
    await sleep(5_500); // past the first retry (5 s)
    expect(warnings(run.output().stdout)).toEqual([line]);
    expect(await run.stop()).toBe(0);
    expect(run.output().stdout).toContain('"msg":"stopping"');
    expect(run.output().stderr).toBe('');
  });

  it('puppet-service: says the gateway cannot be reached, connects once it is up, serves a chat, stops cleanly', async () => {
    const gateway = await puppetGateway(await freePort());
    const run = bot({ WECHATY_PUPPET_SERVICE_TOKEN: gateway.token, WECHATY_PUPPET_SERVICE_ENDPOINT: gateway.endpoint });
    try {
      await run.waitFor(/"msg":"gridbot ready"/, 30_000);
      const line = await run.waitFor(/"event":"wechat_unreachable"/, 30_000);
      expect(line).toContain(`无法连接微信协议服务（${gateway.endpoint}）`);
      expect(line).toContain('WECHATY_PUPPET_SERVICE_ENDPOINT');

      await gateway.start();
      await run.waitFor(/"event":"wechat_reconnected".*已连上微信协议服务/, 30_000);
      gateway.login();
      await run.waitFor(/"event":"wechat_login"/, 30_000);
      gateway.say('赵大姐', '#帮助');
      await expect.poll(() => gateway.sent().filter((s) => s.to === '赵大姐'), { timeout: 30_000, interval: 200 }).toHaveLength(1);
      expect(gateway.sent()[0]!.text).toContain('#帮助');

      expect(warnings(run.output().stdout)).toEqual([line]);
      expect(await run.stop()).toBe(0);
      expect(run.output().stderr).not.toMatch(/Error|^\s+at /m);
    } finally {
      await run.stop();
      await gateway.stop();
    }
  });
});
