import { randomUUID } from 'node:crypto';
import type { TemplateCard, WSClient, WsFrame, WsFrameHeaders } from '@wecom/aibot-node-sdk';
import type { Clock } from '../../kernel/clock.js';
import type { Logger } from '../../kernel/logger.js';
import type { Address, OutgoingFile, Transport, TransportHandlers } from '../port.js';
import { rawId } from '../channel.js';
import { watchConnection, type ConnectionState } from './connection.js';
import { wecomError } from './errors.js';
import { wecomInbound, type WecomBody } from './inbound.js';
import { buttonCard, tapInbound, tappedCard, type TapBody } from './cards.js';

/**
 * A message's callback can carry one answer on its own req_id (aibot_respond_msg), which costs no
 * push quota; later or further texts are pushed (aibot_send_msg). Five minutes keeps well inside
 * the time WeCom holds a callback open.
 */
const REPLY_WINDOW_MS = 5 * 60_000;

const MAX_CARDS = 500;

export interface WecomTransport extends Transport {
  readonly connection: ConnectionState;
}

const chatOf = (to: Address): string => rawId('room' in to ? to.room : to.contact);

/** The WeCom smart bot behind the chat port: the same Transport as Wechaty, over the official SDK. */
export function createWecomTransport(client: WSClient, deps: { log: Logger; clock: Clock; botId: string }): WecomTransport {
  const { log, clock } = deps;
  const open = new Map<string, { headers: WsFrameHeaders; at: number }>();
  let connection: ConnectionState = { up: () => false, takenOver: () => false };
  /** Cards sent since start, by task id, so a tapped one can be shown as pressed (lost at restart: the tap still counts). */
  const cards = new Map<string, TemplateCard>();

  /** The callback still waiting for its answer in this chat, taken (each is answered once). */
  const takeCallback = (chat: string): WsFrameHeaders | null => {
    const found = open.get(chat);
    open.delete(chat);
    return found && clock.now().getTime() - found.at < REPLY_WINDOW_MS ? found.headers : null;
  };

  async function receive(frame: WsFrame<WecomBody>, handlers: TransportHandlers): Promise<void> {
    const message = frame.body ? wecomInbound(frame.body, clock.now()) : null;
    if (!message) return;
    open.set(frame.body!.chatid ?? frame.body!.from!.userid!, { headers: { headers: frame.headers }, at: clock.now().getTime() });
    await handlers.onMessage(message);
  }

  /** A tap counts as the button's words typed; the card then shows the press (best effort). */
  async function tapped(frame: WsFrame<TapBody>, handlers: TransportHandlers): Promise<void> {
    const message = frame.body ? tapInbound(frame.body, clock.now()) : null;
    if (!message) return;
    const card = cards.get(frame.body?.event?.task_id ?? '');
    if (card)
      await client
        .updateTemplateCard({ headers: frame.headers }, tappedCard(card, message.text))
        .catch((err: unknown) => log.debug({ err: String(err) }, 'wecom: card not updated'));
    await handlers.onMessage(message);
  }

  const attempt = async (what: string, send: () => Promise<unknown>): Promise<void> => {
    try {
      await send();
    } catch (err) {
      throw wecomError(what, err);
    }
  };

  return {
    get connection() {
      return connection;
    },
    async start(handlers) {
      connection = watchConnection(client, handlers, log);
      client.on('message', (frame) => void receive(frame, handlers).catch((err: unknown) => handlers.onError(err as Error)));
      client.on('event.template_card_event', (frame) => void tapped(frame as WsFrame<TapBody>, handlers).catch((err: unknown) => handlers.onError(err as Error)));
      client.connect();
    },
    async stop() {
      if (client.isConnected || !connection.takenOver()) client.disconnect();
    },
    async sendText(to, text) {
      const chat = chatOf(to);
      const callback = takeCallback(chat);
      await attempt('企业微信发送失败', () =>
        callback ? client.replyStream(callback, randomUUID(), text, true) : client.sendMessage(chat, { msgtype: 'markdown', markdown: { content: text } }),
      );
    },
    async sendButton(to, text, button) {
      const card = buttonCard(text, button);
      await attempt('企业微信发送卡片失败', () => client.sendMessage(chatOf(to), { msgtype: 'template_card', template_card: card }));
      cards.set(card.task_id!, card);
      // The newest few hundred are enough to show presses; older taps still count, unshown.
      if (cards.size > MAX_CARDS) cards.delete(cards.keys().next().value!);
    },
    async sendFile(to: Address, file: OutgoingFile) {
      const chat = chatOf(to);
      await attempt('企业微信发送文件失败', async () => {
        const { media_id } = await client.uploadMedia(Buffer.from(file.base64, 'base64'), { type: 'file', filename: file.name });
        const callback = takeCallback(chat);
        await (callback ? client.replyMedia(callback, 'file', media_id) : client.sendMediaMessage(chat, 'file', media_id));
      });
    },
    // WeCom ids are stable and it offers no directory: there is nothing to look up again.
    findRoomByTopic: async () => null,
    findContactByAlias: async () => null,
    findRoomMembersByName: async () => [],
    setAlias: async () => false,
    selfId: () => (connection.up() ? deps.botId : null),
  };
}
