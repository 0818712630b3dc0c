import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { checkWecom } from '../../src/ops/doctor-wecom.js';
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
