import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startGridbot } from '../support/cli.js';
import { fakeWecom } from '../support/wecom-server.js';

const TRACE = fileURLToPath(new URL('../support/trace-imports.mjs', import.meta.url));
const dirs: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'gridbot-wecom-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const bot = (env: Record<string, string>) => {
  const cwd = tmp();
  const trace = join(cwd, 'heavy-imports.txt');
  const run = startGridbot({
    cwd,
    dataDir: join(cwd, 'data'),
    env: { SEND_INTERVAL_MS: '0', SEND_JITTER_MS: '0', SEND_ROOM_INTERVAL_MS: '0', NODE_OPTIONS: `--import ${TRACE}`, GRIDBOT_TRACE_IMPORTS: trace, ...env },
  });
  return { run, heavyImports: () => (existsSync(trace) ? readFileSync(trace, 'utf8').trim().split('\n') : []) };
};

describe('gridbot start on WeCom', () => {
  it("subscribes, answers a stranger's private #帮助 through the connection, stays up, exits 0 on SIGTERM, never loads Wechaty nor the LLM SDK, jszip or exceljs", async () => {
    const server = await fakeWecom({ botId: 'x', secret: 'y' });
    const { run, heavyImports } = bot({ WECOM_BOT_ID: 'x', WECOM_BOT_SECRET: 'y', WECOM_WS_URL: server.url });
    try {
      await run.waitFor(/"event":"wecom_connected"/, 120_000);
      expect(server.subscribed()).toBe(1);
      await run.waitFor(/"msg":"gridbot ready"/, 120_000);
      server.say('zhaodajie', '#帮助');
      await expect.poll(() => server.sent().filter((s) => s.chat === 'zhaodajie'), { timeout: 10_000, interval: 100 }).toHaveLength(1);
      const [answer] = server.sent();
      expect(answer!.cmd).toBe('aibot_respond_msg');
      expect(answer!.text).toContain('#帮助');
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(run.output().stdout).not.toMatch(/"level":50/);
      expect(await run.stop()).toBe(0);
      expect(heavyImports()).toEqual([]);
      expect(run.output().stdout).not.toContain('个人微信号');
    } finally {
      await run.stop();
      await server.stop();
    }
  }, 240_000);

  it('a secret without an id is exit 2 with the configuration message', async () => {
    const { run } = bot({ WECOM_BOT_SECRET: 'y' });
    expect(await run.exited).toBe(2);
    expect(run.output().stderr).toContain('配置有误');
    expect(run.output().stderr).toContain('WECOM_BOT_ID: 填了 WECOM_BOT_SECRET 却没有 WECOM_BOT_ID');
  }, 120_000);

  it('an unreachable WeCom server: one Chinese line, keeps retrying, stops cleanly', async () => {
    const server = await fakeWecom();
    const url = server.url;
    await server.stop();
    const { run } = bot({ WECOM_BOT_ID: 'x', WECOM_BOT_SECRET: 'y', WECOM_WS_URL: url });
    try {
      const line = await run.waitFor(/"event":"wecom_unreachable"/, 120_000);
      expect(line).toContain('无法连接企业微信服务器');
      await new Promise((resolve) => setTimeout(resolve, 3_500));
      expect(
        run
          .output()
          .stdout.split('\n')
          .filter((l) => l.includes('wecom_unreachable')),
      ).toHaveLength(1);
      expect(await run.stop()).toBe(0);
    } finally {
      await run.stop();
    }
  }, 240_000);
});
