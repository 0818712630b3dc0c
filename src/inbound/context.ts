import { eq } from 'drizzle-orm';
import type { AppDeps } from '../app-deps.js';
import { rooms } from '../db/schema.js';
import type { Member, Room } from '../db/types.js';
import { boundRoomOf, personOf } from '../kernel/person.js';
import type { MessageContext } from '../kernel/router.js';
import { normaliseInput } from '../kernel/text.js';
import type { OutgoingFile } from '../chat/port.js';
import type { StoredRow } from './store.js';

/** "@小网格\u2005#帮助" → "#帮助": the bot's own mention is not part of what was said. */
export function stripBotMention(text: string, mentionSelf: boolean): string {
  if (!mentionSelf) return text.trim();
  return text.replace(/^\s*@[^\u2005\s]+[\u2005\s]*/u, '').trim();
}

/** Builds what a handler sees; replies go through the outbox, keyed on the inbound message. */
export function buildContext(deps: AppDeps, row: StoredRow, sender: Member, room: Room | null, file?: OutgoingFile): MessageContext {
  let n = 0;
  const key = () => `reply:${row.id}:${n++}`;
  const roomRef = row.roomWechatId ? { wechatId: row.roomWechatId, topic: row.roomTopic ?? '' } : null;
  // A group bound during this very message (#绑定 本群) is looked up again at reply time.
  const currentRoom = async (): Promise<Room | null> => room ?? (roomRef ? ((await deps.db.select().from(rooms).where(eq(rooms.wechatId, roomRef.wechatId)))[0] ?? null) : null);
  const toSender = (text: string) => deps.outbox.enqueue({ purpose: 'reply', priority: 'reply', to: { member: sender.id }, text, key: key() });
  return {
    message: {
      id: row.id,
      wechatMessageId: row.wechatMessageId,
      senderName: row.senderName,
      text: row.text,
      mentionSelf: row.mentionSelf,
      mentions: row.mentions,
      mentionIds: row.mentionIds,
      sentAt: row.sentAt,
      ...(file ? { file } : {}),
    },
    // Routing and parsing see the text normalised; the stored message keeps it as received.
    text: stripBotMention(normaliseInput(row.text), row.mentionSelf),
    // Handlers see who and where, not the roster's whole records (ids of accounts, aliases …).
    sender: personOf(sender),
    room: room && boundRoomOf(room),
    roomRef,
    isPrivate: roomRef === null,
    now: deps.clock.now(),
    async reply(text) {
      const target = await currentRoom();
      // An unbound group is not ours to post in: answer privately instead.
      if (!target) return toSender(text);
      await deps.outbox.enqueue({ purpose: 'reply', priority: 'reply', to: { room: target.id }, mentions: [sender.id], text, key: key() });
    },
    replyPrivately: toSender,
    async replyFile(file) {
      await deps.outbox.enqueue({ purpose: 'reply-file', priority: 'reply', to: { member: sender.id }, file, key: key() });
    },
  };
}
