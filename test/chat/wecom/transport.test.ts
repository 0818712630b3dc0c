import { afterEach, describe, expect, it } from 'vitest';
import { realClock } from '../../../src/kernel/clock.js';
import { createLogger } from '../../../src/kernel/logger.js';
import type { InboundMessage, TransportHandlers } from '../../../src/chat/port.js';
import { createWecomClient } from '../../../src/chat/wecom/client.js';
import { createWecomTransport, type WecomTransport } from '../../../src/chat/wecom/transport.js';
import { fakeWecom, type FakeWecom } from '../../support/wecom-server.js';

const log = createLogger('silent');
let server: FakeWecom;
let transport: WecomTransport;

async function connected(secret = 'y') {
  server = await fakeWecom({ botId: 'x', secret: 'y' });
  const client = createWecomClient({ botId: 'x', secret, wsUrl: server.url }, log);
  transport = createWecomTransport(client, { log, clock: realClock(), botId: 'x' });
  const got: InboundMessage[] = [];
  const notices: string[] = [];
  const states: boolean[] = [];
  const handlers: TransportHandlers = {
    onMessage: (m) => void got.push(m),
    onLogin: () => undefined,
    onLogout: () => undefined,
    onRoomTopic: () => undefined,
    onError: () => undefined,
    onNotice: (text) => void notices.push(text),
    onChannelState: (s) => void states.push(s.up),
  };
  await transport.start(handlers);
  return { got, notices, states };
}

afterEach(async () => {
  await transport?.stop();
  await server?.stop();
});

describe('WeCom transport on the official SDK', () => {
  it("receives private text, transcribed voice and @-ed group text with the bot's name stripped", async () => {
    const { got } = await connected();
    await expect.poll(() => transport.connection.up(), { timeout: 15_000 }).toBe(true);
    server.say('wangwu', '本周无事');
    server.say('wangwu', '三组排水沟堵了已经处理', { voice: true });
    server.say('lisi', '@网格助手 #周报 上司村三组 无', { chatid: 'wrk1' });
    await expect.poll(() => got.length, { timeout: 15_000 }).toBe(3);
    expect(got.map((m) => [m.senderWechatId, m.roomWechatId, m.text, m.mentionSelf])).toEqual([
      ['wecom:wangwu', null, '本周无事', false],
      ['wecom:wangwu', null, '三组排水沟堵了已经处理', false],
      ['wecom:lisi', 'wecom:wrk1', '#周报 上司村三组 无', true],
    ]);
    expect(got[0]!.wechatMessageId).toMatch(/^wecom:m-/);
  });

  it('answers on the callback once, then pushes; sends a file through the three upload steps', async () => {
    const { got } = await connected();
    await expect.poll(() => transport.connection.up(), { timeout: 15_000 }).toBe(true);
    server.say('wangwu', '#帮助');
    await expect.poll(() => got.length, { timeout: 15_000 }).toBe(1);
    await transport.sendText({ contact: 'wecom:wangwu' }, '第一段');
    await transport.sendText({ contact: 'wecom:wangwu' }, '第二段');
    await transport.sendFile({ room: 'wecom:wrk1' }, { name: '台账.xlsx', base64: Buffer.from('PK-xlsx').toString('base64') });
    expect(server.sent().map((s) => [s.cmd, s.chat, s.msgtype, s.text])).toEqual([
      ['aibot_respond_msg', 'wangwu', 'stream', '第一段'],
      ['aibot_send_msg', 'wangwu', 'markdown', '第二段'],
      ['aibot_send_msg', 'wrk1', 'file', ''],
    ]);
    expect(server.files()).toEqual([{ name: '台账.xlsx', bytes: Buffer.from('PK-xlsx') }]);
    const cmds = server.frames().map((f) => f.cmd);
    expect(cmds).toEqual(expect.arrayContaining(['aibot_subscribe', 'aibot_upload_media_init', 'aibot_upload_media_chunk', 'aibot_upload_media_finish']));
  });

  it('sends a button as a template card; a tap reads as its words typed, and the card shows the press', async () => {
    const { got } = await connected();
    await expect.poll(() => transport.connection.up(), { timeout: 15_000 }).toBe(true);
    await transport.sendButton!({ contact: 'wecom:zhangwg' }, '请把下一条普法内容转发到「三组村民群」', { text: '已转发' });
    const [sent] = server.sent();
    expect(sent).toMatchObject({ cmd: 'aibot_send_msg', chat: 'zhangwg', msgtype: 'template_card' });
    const card = sent!.body.template_card as { card_type: string; task_id: string; sub_title_text: string; button_list: { text: string; key: string }[] };
    expect(card.card_type).toBe('button_interaction');
    expect(card.sub_title_text).toBe('请把下一条普法内容转发到「三组村民群」');
    expect(card.button_list.map((b) => b.text)).toEqual(['已转发']);
    expect(card.task_id).toMatch(/^[A-Za-z0-9_@-]{1,128}$/);
    server.tap('zhangwg', card.button_list[0]!.key, card.task_id);
    // A key this bot did not make is no message at all.
    server.tap('zhangwg', 'somebody-else', card.task_id);
    await expect.poll(() => got.length, { timeout: 15_000 }).toBe(1);
    expect(got.map((m) => [m.senderWechatId, m.roomWechatId, m.text])).toEqual([['wecom:zhangwg', null, '已转发']]);
    await expect.poll(() => server.updates().length, { timeout: 15_000 }).toBe(1);
    const updated = server.updates()[0]!.template_card as { task_id: string; button_list: { text: string }[] };
    expect(updated.task_id).toBe(card.task_id);
    expect(updated.button_list[0]!.text).toBe('已转发 ✓');
  });

  it('a quota errcode is an error the outbox takes as throttling; other refusals keep their code', async () => {
    await connected();
    await expect.poll(() => transport.connection.up(), { timeout: 15_000 }).toBe(true);
    server.failSends('zhangsan', 45009);
    await expect(transport.sendText({ contact: 'wecom:zhangsan' }, '提醒')).rejects.toThrow(/推送额度已满（errcode 45009）/);
    server.failSends('zhangsan', 93006, 'invalid chatid');
    await expect(transport.sendText({ contact: 'wecom:zhangsan' }, '提醒')).rejects.toThrow(/企业微信拒绝（errcode 93006）：invalid chatid/);
  });

  it('a takeover by another connection is one notice for the centre, and the bot stays off', async () => {
    const { notices, states } = await connected();
    await expect.poll(() => transport.connection.up(), { timeout: 15_000 }).toBe(true);
    server.takeover();
    await expect.poll(() => notices.length, { timeout: 15_000 }).toBe(1);
    expect(notices[0]).toContain('被另一处程序接管');
    await new Promise((r) => setTimeout(r, 1_500));
    expect(server.subscribed()).toBe(1);
    expect(transport.connection.takenOver()).toBe(true);
    expect(states).toEqual([true, false]);
  });

  it('reconnects after the connection drops', async () => {
    const { states } = await connected();
    await expect.poll(() => transport.connection.up(), { timeout: 15_000 }).toBe(true);
    server.drop();
    await expect.poll(() => server.subscribed(), { timeout: 10_000 }).toBe(2);
    expect(states).toEqual([true, false, true]);
  });

  it('a wrong secret is refused and retried, never connected', async () => {
    await connected('wrong');
    await new Promise((r) => setTimeout(r, 1_500));
    expect(transport.connection.up()).toBe(false);
    expect(server.frames().filter((f) => f.cmd === 'aibot_subscribe').length).toBeGreaterThanOrEqual(1);
  });
});
