import { FileBox } from 'file-box';
import pino from 'pino';
import { WechatyImpl, type WechatyInterface } from 'wechaty/impls';
import { log as wechatyLog, types, type payloads } from 'wechaty-puppet';
import type { Logger } from '../../kernel/logger.js';
import type { OutgoingFile, Transport } from '../port.js';
import { clientMentions, MENTION_END } from '../wechaty/mentions.js';
import { WorldPuppet, type SentRecord } from './mock-puppet.js';
import { createWechatyTransport } from '../wechaty/transport.js';
import { createWaiters } from '../wechaty/waiters.js';

export type { SentRecord } from './mock-puppet.js';

export interface SayOptions {
  /** Topic of the group; without it the message is a private chat with the bot. */
  room?: string;
  /** Puts `@<bot>` + U+2005 in front and the bot in the mention list, as the WeChat client does. */
  mentionBot?: boolean;
  /** When the message was sent (default: now). */
  at?: Date;
}

export interface MockWorldOptions {
  botName?: string;
  /** False simulates a puppet that cannot keep remarks on friends (default true). */
  remarks?: boolean;
  log?: Logger;
}

export interface MockWorld {
  wechaty: WechatyInterface;
  /** Starting it starts the bot and logs it in; resolves once the login handler has run. */
  transport: Transport;
  botName: string;
  /** A new contact (a friend of the bot); returns its id of this login. */
  addContact(name: string): string;
  /** A group with the bot and these members (contact ids or unique names; unknown names are added). */
  addRoom(topic: string, members: string[]): string;
  /** The topics of the groups the bot is in. */
  topics(): string[];
  /** A member renames a group, as WeChat announces it; resolves once the bot has handled it. */
  renameRoom(topic: string, newTopic: string, by: string): Promise<void>;
  /** A group renamed while the bot was not logged in: no event; the bot meets the new name at its next login. */
  renameRoomOffline(topic: string, newTopic: string): void;
  /**
   * A text message from a contact (id or unique name), in WeChat's own form: in a group, `@member`
   * typed in the text becomes `@member` + U+2005 with that member in the mention list. Resolves with
   * the message id once the transport's handler has finished with it (rejects if the handler threw).
   */
  say(from: string, text: string, options?: SayOptions): Promise<string>;
  /** A contact sends the bot a file in a private chat; resolves with the message id once handled. */
  sendFile(from: string, file: OutgoingFile, options?: { at?: Date }): Promise<string>;
  /** Delivers an earlier message again, as WeChat sometimes does. */
  redeliver(messageId: string): Promise<void>;
  /** The contact changes its own display name. */
  rename(contact: string, newName: string): Promise<void>;
  /** Current ids (they change at every login). */
  contactId(name: string): string;
  roomId(topic: string): string;
  sent(): SentRecord[];
  clearSent(): void;
  /** A new login: every id changes, names, topics and remarks stay; resolves after the login handler ran. */
  relogin(): Promise<void>;
  /** The next `count` sends throw (default message: 发送消息过于频繁, WeChat's throttling error). */
  failSends(count: number, message?: string): void;
  /** Every private message to this person fails from now on (blocked the bot, or not its friend). */
  refusePrivate(name: string): void;
  stop(): Promise<void>;
}

/** A WeChat world on wechaty-puppet-mock for tests, `gridbot replay` and the sandbox. */
export function createMockWorld(options: MockWorldOptions = {}): MockWorld {
  const botName = options.botName ?? '网格助手';
  wechatyLog.level('silent');
  const puppet = new WorldPuppet(options.remarks ?? true);
  const mocker = puppet.mocker;
  const wechaty: WechatyInterface = new WechatyImpl({ puppet, name: `mock-${botName}` });
  wechaty.on('error', () => {}); // an EventEmitter without an error listener would throw
  const inner = createWechatyTransport(wechaty, options.log ?? pino({ level: 'silent' }));
  const waiters = createWaiters();
  const firstSelf = mocker.createContact({ id: puppet.newContactId(), name: botName, alias: undefined });
  const selfId = () => (puppet.isLoggedIn ? puppet.currentUserId : firstSelf.id);
  let started = false;

  const contacts = () => [...mocker.cacheContactPayload.values()];
  const contactId = (ref: string): string => {
    if (mocker.cacheContactPayload.has(ref)) return ref;
    const found = contacts().filter((c) => c.name === ref && c.id !== selfId());
    if (found.length !== 1) throw new Error(`mock world: ${found.length} contacts named ${ref}`);
    return found[0]!.id;
  };
  const room = (topic: string): payloads.Room => {
    const found = [...mocker.cacheRoomPayload.values()].find((r) => r.topic === topic);
    if (!found) throw new Error(`mock world: no room ${topic}`);
    return found;
  };
  const addContact = (name: string) => mocker.createContact({ id: puppet.newContactId(), name, alias: undefined, friend: true, weixin: undefined }).id;
  const known = (ref: string) => contacts().some((c) => c.id === ref || (c.name === ref && c.id !== selfId()));

  const emit = async (payload: payloads.Message): Promise<void> => {
    if (!started) throw new Error('mock world: start the transport before messages arrive');
    await waiters.after(payload.id, () => {
      if (!mocker.cacheMessagePayload.has(payload.id)) mocker.MessageMock.create(payload);
      puppet.emit('message', { messageId: payload.id });
    });
  };

  const inRoom = (topic: string, text: string, mentionBot: boolean) => {
    const r = room(topic);
    const typed = clientMentions(
      text,
      r.memberIdList.map((id) => mocker.contactPayload(id)),
    );
    const bot = mentionBot && !typed.ids.includes(selfId());
    return {
      roomId: r.id,
      text: bot ? `@${botName}${MENTION_END}${typed.text}` : typed.text,
      mentionIdList: bot ? [selfId(), ...typed.ids] : typed.ids,
    };
  };

  return {
    wechaty,
    transport: {
      ...inner,
      async start(handlers) {
        started = true;
        await inner.start(waiters.wrap(handlers));
        await waiters.after('login', () => mocker.login(firstSelf));
      },
    },
    botName,
    addContact,
    addRoom(topic, members) {
      const ids = members.map((m) => (known(m) ? contactId(m) : addContact(m)));
      return mocker.createRoom({ id: puppet.newRoomId(), topic, memberIdList: [selfId(), ...ids], adminIdList: [] }).id;
    },
    topics: () => [...mocker.cacheRoomPayload.values()].map((r) => r.topic),
    async renameRoom(topic, newTopic, by) {
      const r = room(topic);
      r.topic = newTopic;
      await puppet.roomPayloadDirty(r.id);
      const event = { roomId: r.id, newTopic, oldTopic: topic, changerId: contactId(by), timestamp: Date.now() };
      await waiters.after(`topic:${r.id}`, () => puppet.emit('room-topic', event));
    },
    renameRoomOffline(topic, newTopic) {
      room(topic).topic = newTopic;
    },
    async say(from, text, opts = {}) {
      if (!started) throw new Error('mock world: start the transport before messages arrive');
      const base = { id: puppet.newMessageId(), talkerId: contactId(from), timestamp: (opts.at ?? new Date()).getTime(), type: types.Message.Text };
      const where = opts.room ? inRoom(opts.room, text, opts.mentionBot ?? false) : { listenerId: selfId(), text };
      await emit({ ...base, ...where });
      return base.id;
    },
    async sendFile(from, file, opts = {}) {
      if (!started) throw new Error('mock world: start the transport before messages arrive');
      const id = puppet.newMessageId();
      mocker.cacheFileBoxPayload.set(id, FileBox.fromBase64(file.base64, file.name).toJSON());
      await emit({ id, talkerId: contactId(from), listenerId: selfId(), timestamp: (opts.at ?? new Date()).getTime(), type: types.Message.Attachment, text: file.name });
      return id;
    },
    redeliver: (messageId) => emit(mocker.messagePayload(messageId)),
    async rename(ref, newName) {
      const id = contactId(ref);
      mocker.contactPayload(id).name = newName;
      await puppet.contactPayloadDirty(id);
      await (await wechaty.Contact.find({ id }))?.sync();
    },
    contactId,
    roomId: (topic) => room(topic).id,
    sent: () => [...puppet.sentLog],
    clearSent: () => void puppet.sentLog.splice(0),
    async relogin() {
      if (!started) throw new Error('mock world: start the transport before relogin');
      await waiters.after('logout', () => waiters.after('login', () => puppet.relogin()));
    },
    failSends: (count, message = '发送消息过于频繁') => puppet.failNext(count, message),
    refusePrivate: (name) => puppet.refuse(name),
    async stop() {
      if (started) await wechaty.stop();
      started = false;
    },
  };
}
