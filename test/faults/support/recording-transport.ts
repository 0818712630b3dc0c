import { createHash } from 'node:crypto';
import type { Address, Transport, TransportHandlers } from '../../../src/chat/port.js';
import { fakeIds } from './town.js';

/** What a send line says about its message: the address and a digest of the text (no content in logs). */
export const sendKey = (address: string, text: string) => `${address} ${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
export const addressOf = (to: Address) => ('room' in to ? to.room : to.contact);

/**
 * The chat port faked for a process that may be killed at any moment: every send writes
 * `start <key>` before and `done <key>` after (synchronously, so a SIGKILL cannot lose a line),
 * taking `sendTime` in between. Ids are derived from topics and remarks, the same in every process.
 */
export function recordingTransport(record: (line: string) => void, sendTime: () => Promise<void>): Transport {
  const send = async (to: Address, what: string) => {
    const key = sendKey(addressOf(to), what);
    record(`start ${key}`);
    await sendTime();
    record(`done ${key}`);
  };
  return {
    async start(handlers: TransportHandlers) {
      await handlers.onLogin('网格助手');
    },
    stop: async () => {},
    sendText: (to, text) => send(to, text),
    sendFile: (to, file) => send(to, `file:${file.name}`),
    findRoomByTopic: async (topic) => fakeIds.room(topic),
    findContactByAlias: async (alias) => fakeIds.contact(alias),
    findRoomMembersByName: async () => [],
    setAlias: async () => true,
    selfId: () => 'wx:bot',
  };
}
