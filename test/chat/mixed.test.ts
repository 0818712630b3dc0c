import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createInvite } from '../../src/admin/index.js';
import { applyRosterEntries, importRoster } from '../../src/roster/index.js';
import { combineTransports } from '../../src/chat/multi.js';
import { createWecomClient } from '../../src/chat/wecom/client.js';
import { createWecomTransport } from '../../src/chat/wecom/transport.js';
import { parseConfig } from '../../src/config.js';
import { realClock } from '../../src/kernel/clock.js';
import { createLogger } from '../../src/kernel/logger.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { inboundMessages, members, outbox, rooms } from '../../src/db/schema.js';
import { notifyAdmins } from '../../src/roster/admin-group.js';
import { createMockWorld, type MockWorld } from '../../src/chat/mock/mock-world.js';
import { fakeWecom, type FakeWecom } from '../support/wecom-server.js';

const log = createLogger('silent', pino.destination('/dev/null'));
let server: FakeWecom;
let app: App;
let world: MockWorld;
let database: Database;

/** The real app on both channels: WeCom through the official SDK to the fake server, WeChat on the mock puppet. */
async function mixedTown() {
  server = await fakeWecom({ botId: 'bot', secret: 's' });
  database = await openDatabase({ memory: true });
  await database.migrate();
  const clock = realClock();
  const config = parseConfig({ DATA_DIR: '/nonexistent', SEND_INTERVAL_MS: '0', SEND_JITTER_MS: '0', SEND_ROOM_INTERVAL_MS: '0' });
  await applyRosterEntries(database.db, [
    { name: '王书记', role: 'admin', village: null, grid: null, phone: null, wecomUserid: 'wangsj' },
    { name: '张网格', role: 'worker', village: '上司村', grid: '三组', phone: null, wecomUserid: 'zhangwg' },
  ]);
  world = createMockWorld({ log });
  const wecom = createWecomTransport(createWecomClient({ botId: 'bot', secret: 's', wsUrl: server.url }, log), { log, clock, botId: 'bot' });
  app = createApp({
    db: database.db,
    clock,
    config,
    log,
    transport: combineTransports({ wecom, wechat: world.transport }),
    channels: ['wechat', 'wecom'],
    instanceId: 't',
    pollMs: 0,
  });
  await app.start();
  await expect.poll(() => wecom.connection.up(), { timeout: 15_000 }).toBe(true);
  return { db: database.db, clock };
}

afterEach(async () => {
  await app?.stop();
  await world?.stop();
  await server?.stop();
  await database?.close();
});

const sentTo = (chat: string) => server.sent().filter((s) => s.chat === chat);

describe('WeCom and WeChat at once', () => {
  it('knows roster staff by their WeCom account, answers each on the channel they wrote from, records the channel', async () => {
    const { db } = await mixedTown();
    server.say('zhangwg', '#帮助');
    await expect.poll(() => sentTo('zhangwg').length, { timeout: 15_000 }).toBe(1);
    expect(sentTo('zhangwg')[0]!.text).toContain('#周报');
    const [worker] = await db.select().from(members).where(eq(members.name, '张网格'));
    expect(worker!.wecomSeenAt).not.toBeNull();
    const stored = await db.select({ channel: inboundMessages.channel }).from(inboundMessages);
    expect(stored).toEqual([{ channel: 'wecom' }]);
    await expect.poll(async () => (await db.select({ channel: outbox.channel }).from(outbox)).map((r) => r.channel), { timeout: 15_000 }).toEqual(['wecom']);
  });

  it('binds a WeCom group with @bot #绑定 本群 管理群, and alerts for the centre are pushed there', async () => {
    const { db, clock } = await mixedTown();
    server.say('wangsj', '@网格助手 #绑定 本群 管理群', { chatid: 'centre1' });
    await expect.poll(() => sentTo('centre1').length, { timeout: 15_000 }).toBe(1);
    expect(sentTo('centre1')[0]!.text).toContain('设为管理群');
    const [room] = await db.select().from(rooms);
    expect(room).toMatchObject({ kind: 'admin', channel: 'wecom', wechatId: 'wecom:centre1' });
    await notifyAdmins(db, app.deps.outbox, { purpose: 'risk-alert', priority: 'alert', text: '上司村三组有人扬言报复邻居，请尽快联系', key: 'risk-1' });
    app.sender.poke();
    await expect
      .poll(
        () =>
          sentTo('centre1')
            .filter((s) => s.cmd === 'aibot_send_msg')
            .map((s) => s.text),
        { timeout: 15_000 },
      )
      .toEqual(['上司村三组有人扬言报复邻居，请尽快联系']);
    // A stranger on WeChat claims nothing; a WeCom stranger with an invite becomes staff on WeCom.
    const invite = await createInvite(db, clock, { role: 'worker' });
    server.say('newbie', `#认领 ${invite.code}`);
    await expect.poll(() => sentTo('newbie').length, { timeout: 15_000 }).toBe(1);
    const [newbie] = await db.select().from(members).where(eq(members.wecomUserid, 'newbie'));
    expect(newbie!.role).toBe('worker');
  });

  it('a roster with 企业微信账号 binds staff to WeCom; #成员 列表 names the staff the bot cannot push to yet', async () => {
    const { db } = await mixedTown();
    const dir = mkdtempSync(join(tmpdir(), 'gridbot-roster-'));
    const file = join(dir, 'roster.csv');
    writeFileSync(file, '村,网格,姓名,职务,企业微信账号\n上司村,四组,刘网格,网格员,LiuWG\n上司村,五组,陈网格,网格员,陈 网格\n');
    const summary = await importRoster(db, file);
    rmSync(dir, { recursive: true, force: true });
    expect(summary.problems.map((p) => p.message)).toEqual(['陈网格 的企业微信账号「陈网格」不像账号（通讯录成员详情里的“账号”，字母数字），没有导入']);
    server.say('wangsj', '#成员 列表');
    await expect.poll(() => sentTo('wangsj').length, { timeout: 15_000 }).toBe(1);
    expect(sentTo('wangsj')[0]!.text).toContain('企业微信还推送不到（没给机器人发过消息）：张网格、刘网格。');
    server.say('LiuWG', '在');
    server.say('zhangwg', '在');
    await expect.poll(async () => (await db.select().from(members).where(eq(members.name, '刘网格')))[0]!.wecomSeenAt, { timeout: 15_000 }).not.toBeNull();
    await expect.poll(async () => (await db.select().from(members).where(eq(members.name, '张网格')))[0]!.wecomSeenAt, { timeout: 15_000 }).not.toBeNull();
    server.say('wangsj', '#成员 列表');
    await expect.poll(() => sentTo('wangsj').length, { timeout: 15_000 }).toBe(2);
    expect(sentTo('wangsj')[1]!.text).not.toContain('推送不到');
  });

  it('a full push quota holds that one conversation and tells the centre; others keep going', async () => {
    const { db } = await mixedTown();
    server.say('zhangwg', '在');
    server.say('wangsj', '在');
    await expect.poll(() => sentTo('wangsj').length + sentTo('zhangwg').length, { timeout: 15_000 }).toBe(2);
    server.failSends('zhangwg', 45009);
    const [worker] = await db.select().from(members).where(eq(members.name, '张网格'));
    const [admin] = await db.select().from(members).where(eq(members.name, '王书记'));
    for (const n of [1, 2]) await app.deps.outbox.enqueue({ purpose: 'report-remind', priority: 'routine', text: `请交周报 ${n}`, to: { member: worker!.id }, key: `r${n}` });
    await app.deps.outbox.enqueue({ purpose: 'report-remind', priority: 'routine', text: '请审阅周报', to: { member: admin!.id }, key: 'r3' });
    app.sender.poke();
    await expect
      .poll(
        () =>
          sentTo('wangsj')
            .map((s) => s.text)
            .join('\n'),
        { timeout: 15_000 },
      )
      .toContain('这个会话的定时推送暂停到');
    // The centre's notice and the admin's own routine message go out in either order.
    await expect.poll(() => sentTo('wangsj').map((s) => s.text), { timeout: 15_000 }).toContain('请审阅周报');
    const held = await db.select({ text: outbox.text, status: outbox.status, notBefore: outbox.notBefore }).from(outbox).where(eq(outbox.targetId, worker!.id));
    const later = held.filter((r) => r.status === 'queued' && r.notBefore.getTime() > Date.now() + 50 * 60_000).map((r) => r.text);
    expect(later.sort()).toEqual(['请交周报 1', '请交周报 2']);
  });

  it('a resident on the personal account is answered there, not on WeCom', async () => {
    await mixedTown();
    world.addContact('李大姐');
    await world.say('李大姐', '#帮助');
    await expect.poll(() => world.sent().filter((s) => s.to === '李大姐').length, { timeout: 15_000 }).toBe(1);
    expect(server.sent()).toEqual([]);
  });
});
