import type { Address, Transport } from './port.js';
import { channelOf, type Channel } from './channel.js';

const idOf = (to: Address): string => ('room' in to ? to.room : to.contact);

/**
 * Several channels behind the one chat port: each address goes to the channel its id names
 * (`wecom:…` to WeCom, the rest to WeChat). Look-ups by topic, remark or name exist only on WeChat.
 */
export function combineTransports(parts: Partial<Record<Channel, Transport>>): Transport {
  const all = Object.values(parts);
  if (all.length === 1) return all[0]!;
  const pick = (to: Address): Transport => {
    const t = parts[channelOf(idOf(to))];
    if (!t) throw new Error(`没有配置${channelOf(idOf(to)) === 'wecom' ? '企业微信' : '微信'}通道`);
    return t;
  };
  const lookup = parts.wechat;
  return {
    async start(handlers) {
      for (const t of all) await t.start(handlers);
    },
    async stop() {
      await Promise.all(all.map((t) => t.stop()));
    },
    sendText: (to, text, mentions) => (mentions?.length ? pick(to).sendText(to, text, mentions) : pick(to).sendText(to, text)),
    sendFile: (to, file) => pick(to).sendFile(to, file),
    sendButton: (to, text, button) => {
      const t = pick(to);
      return t.sendButton ? t.sendButton(to, text, button) : t.sendText(to, text);
    },
    findRoomByTopic: async (topic) => (lookup ? lookup.findRoomByTopic(topic) : null),
    findContactByAlias: async (alias) => (lookup ? lookup.findContactByAlias(alias) : null),
    findRoomMembersByName: async (roomId, name) => (lookup && channelOf(roomId) === 'wechat' ? lookup.findRoomMembersByName(roomId, name) : []),
    setAlias: async (contactId, alias) => (lookup && channelOf(contactId) === 'wechat' ? lookup.setAlias(contactId, alias) : false),
    selfId: () => lookup?.selfId() ?? parts.wecom?.selfId() ?? null,
  };
}
