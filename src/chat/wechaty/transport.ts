import { FileBox } from 'file-box';
import type { Contact, Message, Room } from 'wechaty';
import type { WechatyInterface } from 'wechaty/impls';
import { wrapError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import type { Address, OutgoingFile, Transport, TransportHandlers } from '../port.js';
import { toInbound } from './inbound.js';

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

/** wechat4u reports ready once the contact list stops growing (20 s or more); some puppets never do. */
const READY_WAIT_MS = 120_000;

async function settledWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms).unref()));
  await Promise.race([promise.catch(() => undefined), timeout]);
  clearTimeout(timer);
}

/**
 * The chat transport on a Wechaty bot (any puppet). The ids it hands out and takes are the puppet's
 * ids of this login; callers keep them only as a cache.
 */
export function createWechatyTransport(bot: WechatyInterface, log: Logger): Transport {
  const self = (): Contact | null => (bot.isLoggedIn ? bot.currentUser : null);

  const room = async (id: string): Promise<Room> => {
    const found = await bot.Room.find({ id });
    if (!found) throw new Error(`群 ${id} 已不存在（重新登录后需要重新识别）`);
    return found;
  };
  const contact = async (id: string): Promise<Contact> => {
    const found = await bot.Contact.find({ id });
    if (!found) throw new Error(`联系人 ${id} 已不存在（重新登录后需要重新识别）`);
    return found;
  };
  /** Mentions that cannot be found are dropped: the text still goes out, just without that @. */
  const contacts = async (ids: readonly string[]): Promise<Contact[]> => (await Promise.all(ids.map((id) => bot.Contact.find({ id })))).filter((c): c is Contact => !!c);

  const deliver = async (message: Message, handlers: TransportHandlers): Promise<void> => {
    try {
      const inbound = await toInbound(message, self());
      if (inbound) await handlers.onMessage(inbound);
    } catch (err) {
      log.debug({ messageId: message.id }, 'inbound message not delivered');
      handlers.onError(asError(err));
    }
  };
  /** Handler failures never escape into Wechaty's emitter (an unhandled rejection would end the process). */
  const guard = (what: string, handlers: TransportHandlers, fn: () => unknown) =>
    Promise.resolve()
      .then(fn)
      .catch((err) => {
        log.debug({ event: what }, 'transport handler failed');
        handlers.onError(asError(err));
      });

  /**
   * Messages wait until the login handler has run after the puppet is ready (contacts loaded), so
   * nobody is identified against the ids of the previous login. null: deliver at once.
   */
  let held: Message[] | null = [];
  const receive = (m: Message, handlers: TransportHandlers) => (held ? void held.push(m) : void deliver(m, handlers));
  const onLogin = async (handlers: TransportHandlers) => {
    held ??= [];
    log.info({ event: 'wechat_login' }, '微信已登录');
    await settledWithin(bot.ready(), READY_WAIT_MS);
    await guard('login', handlers, () => handlers.onLogin(bot.currentUser.name()));
    for (let m = held.shift(); m; m = held.shift()) await deliver(m, handlers);
    held = null;
  };

  return {
    async start(handlers) {
      bot.on('message', (m) => receive(m, handlers));
      bot.on('login', () => void onLogin(handlers));
      bot.on('logout', (_user, reason) => {
        log.info({ event: 'wechat_logout', reason: reason ?? '' }, '微信已退出登录');
        void guard('logout', handlers, () => handlers.onLogout(reason ?? ''));
      });
      bot.on('room-topic', (room, topic) => void guard('room-topic', handlers, () => handlers.onRoomTopic(room.id, topic)));
      bot.on('error', (err) => void guard('error', handlers, () => handlers.onError(asError(err))));
      await bot.start();
    },

    async stop() {
      await bot.stop();
    },

    async sendText(to: Address, text: string, mentionContactIds: string[] = []) {
      try {
        if ('room' in to) await (await room(to.room)).say(text, ...(await contacts(mentionContactIds)));
        else await (await contact(to.contact)).say(text);
      } catch (err) {
        throw wrapError('wechat_send', '微信发送失败', err);
      }
    },

    async sendFile(to: Address, file: OutgoingFile) {
      // Base64 boxes are serialisable, so every puppet (including the mock and puppet-service) can carry them.
      const box = FileBox.fromBase64(file.base64, file.name);
      try {
        if ('room' in to) await (await room(to.room)).say(box);
        else await (await contact(to.contact)).say(box);
      } catch (err) {
        throw wrapError('wechat_send', '微信发送文件失败', err);
      }
    },

    /** Only a topic that names exactly one group counts: a look-alike group must not take a bound room's place. */
    async findRoomByTopic(topic) {
      const found = await bot.Room.findAll({ topic });
      return found.length === 1 ? found[0]!.id : null;
    },

    async findContactByAlias(alias) {
      return (await bot.Contact.find({ alias }))?.id ?? null;
    },

    async findRoomMembersByName(roomId, name) {
      const found = await bot.Room.find({ id: roomId });
      if (!found) return [];
      const selfId = self()?.id;
      return (await found.memberAll(name)).map((c) => c.id).filter((id) => id !== selfId);
    },

    async setAlias(contactId, alias) {
      try {
        const target = await bot.Contact.find({ id: contactId });
        if (!target) return false;
        await target.alias(alias);
        // Wechaty reports a refused remark only through its error event, so read it back.
        return (await target.alias()) === alias;
      } catch {
        return false;
      }
    },

    selfId: () => self()?.id ?? null,
  };
}
