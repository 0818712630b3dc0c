import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { checkWebhook, checkWecom } from '../../src/ops/doctor-wecom.js';
import { fakeWebhook } from '../support/webhook-server.js';
import { fakeWecom } from '../support/wecom-server.js';

const config = (env: Record<string, string>) => parseConfig({ DATA_DIR: '/tmp/unused', ...env });

describe('gridbot doctor: the WeCom bot', () => {
  it('reports a successful subscribe, a refused secret and an unreachable server, each with what to do', async () => {
    const server = await fakeWecom({ botId: 'bot1', secret: 'right' });
    try {
      const good = await checkWecom(config({ WECOM_BOT_ID: 'bot1', WECOM_BOT_SECRET: 'right', WECOM_WS_URL: server.url }));
      expect(good).toMatchObject({ status: 'ok', detail: `长连接订阅成功（${server.url}）` });
      const refused = await checkWecom(config({ WECOM_BOT_ID: 'bot1', WECOM_BOT_SECRET: 'wrong', WECOM_WS_URL: server.url }));
      expect(refused).toMatchObject({ status: 'fail', detail: expect.stringContaining('企业微信拒绝了订阅'), fix: expect.stringContaining('Bot ID 和 Secret') });
    } finally {
      await server.stop();
    }
    const gone = await checkWecom(config({ WECOM_BOT_ID: 'bot1', WECOM_BOT_SECRET: 'right', WECOM_WS_URL: server.url }));
    expect(gone).toMatchObject({ status: 'fail', detail: expect.stringContaining(`连不上 ${server.url}`), fix: expect.stringContaining('WECOM_WS_URL') });
  });
});

describe('gridbot doctor --webhook', () => {
  it('posts a test line and says so; without a URL or when refused, says what to do', async () => {
    const hook = await fakeWebhook();
    try {
      const good = await checkWebhook(config({ WECOM_WEBHOOK_URL: hook.url }));
      expect(good).toMatchObject({ status: 'ok', detail: '测试消息已发出，请到群里确认收到' });
      expect(hook.posts()[0]!.content).toMatch(/^gridbot 测试消息：群机器人 Webhook 可用（2\d{3}-/);
      hook.answerWith(93000);
      expect(await checkWebhook(config({ WECOM_WEBHOOK_URL: hook.url }))).toMatchObject({ status: 'fail', detail: expect.stringContaining('errcode 93000') });
    } finally {
      await hook.stop();
    }
    expect(await checkWebhook(config({}))).toMatchObject({ status: 'fail', detail: '没有配置 WECOM_WEBHOOK_URL', essential: false });
  });
});
