import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.js';
import { applyRosterEntries } from '../../../src/roster/index.js';
import { createWecomClient } from '../../../src/chat/wecom/client.js';
import { createWecomTransport } from '../../../src/chat/wecom/transport.js';
import { createWebhook } from '../../../src/chat/wecom/webhook.js';
import { parseConfig } from '../../../src/config.js';
import { realClock } from '../../../src/kernel/clock.js';
import { createLogger } from '../../../src/kernel/logger.js';
import { openDatabase, type Database } from '../../../src/db/client.js';
import { notifyAdmins } from '../../../src/roster/admin-group.js';
import { fakeWecom, type FakeWecom } from '../../support/wecom-server.js';
import { fakeWebhook, type FakeWebhook } from '../../support/webhook-server.js';

const log = createLogger('silent', pino.destination('/dev/null'));
let server: FakeWecom;
let hook: FakeWebhook;
let app: App;
let database: Database;

afterEach(async () => {
  await app?.stop();
  await server?.stop();
  await hook?.stop();
  await database?.close();
});

describe('alerts for the centre while the WeCom connection is down', () => {
  it('go through the webhook at once (and only alerts for the centre do); with the connection up they do not', async () => {
    server = await fakeWecom();
    hook = await fakeWebhook();
    database = await openDatabase({ memory: true });
    await database.migrate();
    const clock = realClock();
    await applyRosterEntries(database.db, [
      { name: '王书记', role: 'admin', village: null, grid: null, phone: null, wecomUserid: 'wangsj' },
      { name: '张网格', role: 'worker', village: '上司村', grid: '三组', phone: null, wecomUserid: 'zhangwg' },
    ]);
    const transport = createWecomTransport(createWecomClient({ botId: 'b', secret: 's', wsUrl: server.url }, log), { log, clock, botId: 'b' });
    const config = parseConfig({ DATA_DIR: '/nonexistent', SEND_INTERVAL_MS: '0', SEND_JITTER_MS: '0', SEND_ROOM_INTERVAL_MS: '0' });
    app = createApp({ db: database.db, clock, config, log, transport, channels: ['wecom'], webhook: createWebhook(hook.url, clock), instanceId: 't', pollMs: 0 });
    await app.start();
    await expect.poll(() => transport.connection.up(), { timeout: 15_000 }).toBe(true);
    server.say('wangsj', '@网格助手 #绑定 本群 管理群', { chatid: 'centre1' });
    await expect.poll(() => server.sent().length, { timeout: 15_000 }).toBe(1);

    await notifyAdmins(database.db, app.deps.outbox, { purpose: 'risk-alert', priority: 'alert', text: '连接正常时的预警', key: 'up' });
    app.sender.poke();
    await expect.poll(() => server.sent().length, { timeout: 15_000 }).toBe(2);

    await server.stop();
    await expect.poll(() => transport.connection.up(), { timeout: 15_000 }).toBe(false);
    await notifyAdmins(database.db, app.deps.outbox, { purpose: 'risk-alert', priority: 'alert', text: '上司村三组有人扬言报复，请尽快联系', key: 'down' });
    await app.deps.outbox.enqueue({ purpose: 'report-remind', priority: 'routine', text: '请交周报', to: { member: 2 }, key: 'remind' });
    app.sender.poke();
    await expect.poll(() => hook.posts().map((p) => p.content), { timeout: 15_000 }).toEqual(['【机器人连接不通，经群机器人补发】\n上司村三组有人扬言报复，请尽快联系']);
  });
});
