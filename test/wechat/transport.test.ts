import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MockWorld } from '../../src/chat/mock/mock-world.js';
import { startedWorld } from './support.js';

const S = '\u2005';
let world: MockWorld | undefined;
afterEach(async () => {
  await world?.stop();
  world = undefined;
});

const town = (w: MockWorld) => {
  w.addContact('张网格🌾');
  w.addContact('李大姐(三组)');
  w.addRoom('上司村三组网格群', ['张网格🌾', '李大姐(三组)']);
};

describe('the Wechaty transport on the mock puppet', () => {
  it('logs in on start and hands a private text in as plain data', async () => {
    const started = await startedWorld(town);
    world = started.world;
    expect(started.rec.logins).toEqual(['网格助手']);
    expect(world.transport.selfId()).toBe(world.wechaty.currentUser.id);
    const at = new Date('2026-11-23T08:00:00+08:00');
    const id = await world.say('李大姐(三组)', '请问邻居占道怎么办？', { at });
    expect(started.rec.messages).toEqual([
      {
        wechatMessageId: id,
        roomWechatId: null,
        roomTopic: null,
        senderWechatId: world.contactId('李大姐(三组)'),
        senderName: '李大姐(三组)',
        senderAlias: null,
        text: '请问邻居占道怎么办？',
        mentionSelf: false,
        mentions: [],
        mentionIds: [],
        sentAt: at,
      },
    ]);
  });

  it('reads group mentions as WeChat sends them: the name, U+2005, and the mention list', async () => {
    const started = await startedWorld(town);
    world = started.world;
    await world.say('张网格🌾', '#成员 @李大姐(三组) 网格员', { room: '上司村三组网格群', mentionBot: true });
    const [m] = started.rec.messages;
    expect(m?.text).toBe(`@网格助手${S}#成员 @李大姐(三组)${S}网格员`);
    expect(m?.roomTopic).toBe('上司村三组网格群');
    expect(m?.roomWechatId).toBe(world.roomId('上司村三组网格群'));
    expect(m?.mentionSelf).toBe(true);
    expect(m?.mentions).toEqual(['李大姐(三组)']);
    expect(m?.mentionIds).toEqual([world.contactId('李大姐(三组)')]);
  });

  it('does not take a group message without @bot as addressed to the bot', async () => {
    const started = await startedWorld(town);
    world = started.world;
    await world.say('张网格🌾', '大家好', { room: '上司村三组网格群' });
    expect(started.rec.messages[0]).toMatchObject({ mentionSelf: false, mentions: [], mentionIds: [] });
  });

  it('skips the bot’s own messages (the mock echoes every send back as a message)', async () => {
    const started = await startedWorld(town);
    world = started.world;
    await world.transport.sendText({ room: world.roomId('上司村三组网格群') }, '本周普法：调解不收费。');
    await world.say('张网格🌾', '收到', { room: '上司村三组网格群' });
    expect(started.rec.messages.map((m) => m.text)).toEqual(['收到']);
  });

  it('sends text to a group with @-mentions and to a person, in order', async () => {
    const started = await startedWorld(town);
    world = started.world;
    const li = world.contactId('李大姐(三组)');
    await world.transport.sendText({ room: world.roomId('上司村三组网格群') }, '请本周五前报送。', [li]);
    await world.transport.sendText({ contact: li }, '您好');
    expect(world.sent()).toEqual([
      { to: '上司村三组网格群', toKind: 'room', text: expect.stringContaining('请本周五前报送。'), mentions: ['李大姐(三组)'] },
      { to: '李大姐(三组)', toKind: 'contact', text: '您好', mentions: [] },
    ]);
    expect(world.sent()[0]?.text).toMatch(/^@李大姐\(三组\)/);
    world.clearSent();
    expect(world.sent()).toEqual([]);
  });

  it('sends a file as a base64 FileBox that arrives with its name', async () => {
    const started = await startedWorld(town);
    world = started.world;
    const base64 = Buffer.from('PK fake xlsx').toString('base64');
    await world.transport.sendFile({ room: world.roomId('上司村三组网格群') }, { name: '矛盾纠纷台账-2026W48.xlsx', base64 });
    expect(world.sent()).toEqual([{ to: '上司村三组网格群', toKind: 'room', fileName: '矛盾纠纷台账-2026W48.xlsx', mentions: [] }]);
  });

  it('passes WeChat’s throttling error to the caller, then sends again', async () => {
    const started = await startedWorld(town);
    world = started.world;
    const li = { contact: world.contactId('李大姐(三组)') };
    world.failSends(2);
    await expect(world.transport.sendText(li, '一')).rejects.toThrow(/发送消息过于频繁/);
    await expect(world.transport.sendFile(li, { name: 'a.xlsx', base64: 'AA==' })).rejects.toThrow(/发送消息过于频繁/);
    await world.transport.sendText(li, '二');
    expect(world.sent().map((s) => s.text)).toEqual(['二']);
  });

  it('finds rooms by topic, people by remark and by name within a room', async () => {
    const started = await startedWorld((w) => {
      town(w);
      w.addContact('张网格🌾');
      w.addRoom('上司村一组网格群', [w.contactId('李大姐(三组)')]);
      w.addRoom('上司村一组网格群', []);
    });
    world = started.world;
    const t = world.transport;
    expect(await t.findRoomByTopic('上司村三组网格群')).toBe(world.roomId('上司村三组网格群'));
    expect(await t.findRoomByTopic('不存在的群')).toBeNull();
    expect(await t.findRoomByTopic('上司村一组网格群')).toBeNull(); // two groups share it
    expect(await t.findRoomMembersByName(world.roomId('上司村三组网格群'), '张网格🌾')).toHaveLength(1);
    expect(await t.findRoomMembersByName(world.roomId('上司村三组网格群'), '网格助手')).toEqual([]);
    const li = world.contactId('李大姐(三组)');
    expect(await t.setAlias(li, 'gb-7')).toBe(true);
    expect(await t.findContactByAlias('gb-7')).toBe(li);
    expect(await t.findContactByAlias('gb-8')).toBeNull();
  });

  it('reports false when the puppet cannot keep remarks', async () => {
    const started = await startedWorld(town, { remarks: false });
    world = started.world;
    expect(await world.transport.setAlias(world.contactId('李大姐(三组)'), 'gb-7')).toBe(false);
    expect(await world.transport.findContactByAlias('gb-7')).toBeNull();
  });

  it('after a re-login every id is new, old ids no longer work, names, topics and remarks stay', async () => {
    const started = await startedWorld(town);
    world = started.world;
    const oldRoom = world.roomId('上司村三组网格群');
    const oldLi = world.contactId('李大姐(三组)');
    await world.transport.setAlias(oldLi, 'gb-2');
    await world.relogin();
    expect(started.rec.logouts).toHaveLength(1);
    expect(started.rec.logins).toHaveLength(2);
    const newRoom = world.roomId('上司村三组网格群');
    expect(newRoom).not.toBe(oldRoom);
    expect(world.contactId('李大姐(三组)')).not.toBe(oldLi);
    await expect(world.transport.sendText({ room: oldRoom }, '旧群')).rejects.toThrow();
    expect(await world.transport.findRoomByTopic('上司村三组网格群')).toBe(newRoom);
    expect(await world.transport.findContactByAlias('gb-2')).toBe(world.contactId('李大姐(三组)'));
    await world.say('李大姐(三组)', '还在吗');
    expect(started.rec.messages.at(-1)).toMatchObject({ senderWechatId: world.contactId('李大姐(三组)'), senderAlias: 'gb-2' });
  });

  it('a redelivered message arrives again with the same id', async () => {
    const started = await startedWorld(town);
    world = started.world;
    const id = await world.say('张网格🌾', '周报：本周无纠纷');
    await world.redeliver(id);
    expect(started.rec.messages.map((m) => m.wechatMessageId)).toEqual([id, id]);
  });

  it('say rejects when the handler fails, and the failure also reaches onError', async () => {
    const started = await startedWorld(town, { handlers: { onMessage: () => Promise.reject(new Error('boom')) } });
    world = started.world;
    await expect(world.say('张网格🌾', '你好')).rejects.toThrow('boom');
    expect(started.rec.errors.map((e) => e.message)).toEqual(['boom']);
  });

  it('holds messages that arrive during a login until the login handler has finished', async () => {
    const order: string[] = [];
    let release: (() => void) | undefined;
    let slow = false;
    const started = await startedWorld(town, {
      handlers: {
        onMessage: (m) => void order.push(`message ${m.text}`),
        async onLogin() {
          if (slow) await new Promise<void>((resolve) => (release = resolve));
          order.push('login');
        },
      },
    });
    world = started.world;
    slow = true;
    const relogin = world.relogin();
    await vi.waitFor(() => expect(release).toBeDefined());
    const said = world.say('张网格🌾', '刚登录就发的消息');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(order).toEqual(['login']);
    release!();
    await Promise.all([relogin, said]);
    expect(order).toEqual(['login', 'login', 'message 刚登录就发的消息']);
  });
});
