import type { Contact, Message, Room } from 'wechaty';
import { types } from 'wechaty-puppet';
import type { InboundMessage, OutgoingFile } from '../port.js';
import { parseMentions } from './mentions.js';

/** The names the bot goes by in this conversation: its nickname and its 群昵称 in the room. */
async function selfNames(self: Contact | null, room: Room | null): Promise<string[]> {
  if (!self) return [];
  const roomAlias = room ? await room.alias(self).catch(() => undefined) : undefined;
  return [self.name(), roomAlias].filter((n): n is string => !!n);
}

/** Names a listed contact may appear under in the text: its nickname and its 群昵称. */
async function contactNames(contacts: Contact[], room: Room | null): Promise<string[]> {
  const aliases = room ? await Promise.all(contacts.map((c) => room.alias(c).catch(() => undefined))) : [];
  return [...contacts.map((c) => c.name()), ...aliases].filter((n): n is string => !!n);
}

/** Workbooks an admin may send privately (a roster to import), up to a size no roster reaches. */
const WORKBOOK = /\.(xlsx|csv)$/i;
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A private attachment that is a workbook, read whole; null for every other file (and in groups). */
async function privateWorkbook(message: Message): Promise<OutgoingFile | null> {
  if (message.type() !== types.Message.Attachment || message.room()) return null;
  const box = await message.toFileBox();
  if (!WORKBOOK.test(box.name) || box.size > MAX_FILE_BYTES) return null;
  return { name: box.name, base64: await box.toBase64() };
}

/**
 * A Wechaty text message as plain data (or a workbook sent privately, as "[文件] name" with the
 * file); null for the bot's own messages and anything else (images, other files, system notices).
 * `self` is the logged-in bot.
 */
export async function toInbound(message: Message, self: Contact | null): Promise<InboundMessage | null> {
  if (message.self()) return null;
  const file = message.type() === types.Message.Text ? null : await privateWorkbook(message);
  if (message.type() !== types.Message.Text && !file) return null;
  const talker = message.talker();
  const room = message.room() ?? null;
  const text = file ? `[文件] ${file.name}` : message.text();
  const [topic, alias, listed] = await Promise.all([room?.topic(), talker.alias(), message.mentionList()]);
  const mine = await selfNames(self, room);
  const named = room ? parseMentions(text, [...mine, ...(await contactNames(listed, room))]) : parseMentions(text);
  const selfId = self?.id ?? null;
  // The mention list is what WeChat reports; a typed "@bot name" (no list entry) counts as well.
  const mentionSelf = listed.some((c) => c.id === selfId) || (room !== null && named.some((n) => mine.includes(n)));
  return {
    wechatMessageId: message.id,
    roomWechatId: room?.id ?? null,
    roomTopic: topic ?? null,
    senderWechatId: talker.id,
    senderName: talker.name(),
    senderAlias: alias ?? null,
    text,
    mentionSelf,
    mentions: named.filter((n) => !mine.includes(n)),
    mentionIds: listed.map((c) => c.id).filter((id) => id !== selfId),
    sentAt: message.date(),
    ...(file ? { file } : {}),
  };
}
