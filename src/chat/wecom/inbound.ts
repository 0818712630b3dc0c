import type { InboundMessage } from '../port.js';
import { parseMentions } from '../wechaty/mentions.js';
import { wecomId } from '../channel.js';

/** The parts of a WeCom callback body the bot reads (see the SDK's BaseMessage). */
export interface WecomBody {
  msgid?: string;
  chattype?: 'single' | 'group';
  chatid?: string;
  from?: { userid?: string };
  create_time?: number;
  msgtype?: string;
  text?: { content?: string };
  voice?: { content?: string };
}

/** In a group the bot only sees messages that @ it, and WeCom puts that @ first: "@网格助手 #帮助". */
const LEADING_MENTION = /^\s*@\S+[\s\u2005]*/;

/** WeCom stamps seconds; a value in milliseconds is taken as it is. */
const sentAt = (stamp: number | undefined, now: Date): Date => (stamp === undefined ? now : new Date(stamp < 1e12 ? stamp * 1000 : stamp));

/** Text or already-transcribed voice; null for images, files and anything without words. */
function words(body: WecomBody): string | null {
  const text = body.msgtype === 'voice' ? body.voice?.content : body.msgtype === 'text' ? body.text?.content : undefined;
  return text?.trim() ? text : null;
}

/**
 * A WeCom message callback as plain data; null when it carries no words or no sender. Ids are
 * channel-prefixed (`wecom:…`). WeCom gives no display names: the userid stands in until the roster
 * names the person. Groups have no name either: `企业微信群 <chatid>` is what binding records.
 */
export function wecomInbound(body: WecomBody, now: Date): InboundMessage | null {
  const raw = words(body);
  return raw === null ? null : saidBy(body, raw, now);
}

/** The words a callback (a message, or a card's tap) carries, as said by its sender where it was said. */
export function saidBy(body: Omit<WecomBody, 'msgtype' | 'text' | 'voice'>, raw: string, now: Date): InboundMessage | null {
  const userid = body.from?.userid;
  if (!userid || !body.msgid) return null;
  const group = body.chattype === 'group' && body.chatid ? body.chatid : null;
  const text = group ? raw.replace(LEADING_MENTION, '') : raw;
  return {
    wechatMessageId: wecomId(body.msgid),
    roomWechatId: group ? wecomId(group) : null,
    roomTopic: group ? `企业微信群 ${group}` : null,
    senderWechatId: wecomId(userid),
    senderName: userid,
    senderAlias: null,
    text,
    mentionSelf: group !== null,
    mentions: group ? parseMentions(text) : [],
    mentionIds: [],
    sentAt: sentAt(body.create_time, now),
  };
}
