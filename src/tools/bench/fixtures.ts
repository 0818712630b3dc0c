import { eq } from 'drizzle-orm';
import pino from 'pino';
import { parseConfig, type Config } from '../../config.js';
import { createLogger, type Logger } from '../../kernel/logger.js';
import type { InboundMessage, Transport } from '../../chat/port.js';
import type { Db } from '../../db/client.js';
import { members, rooms } from '../../db/schema.js';

/** Bench runs log nothing: logging is not what is measured, and message texts must stay out of logs. */
export const silentLog = (): Logger => createLogger('silent', pino.destination('/dev/null'));

export const benchConfig = (env: Record<string, string> = {}): Config => parseConfig({ DATA_DIR: '/nonexistent', ...env });

/** The chat port with nothing behind it: sends vanish, remarks are accepted, nothing is found. */
export const nullTransport = (): Transport => ({
  start: async () => {},
  stop: async () => {},
  sendText: async () => {},
  sendFile: async () => {},
  findRoomByTopic: async () => null,
  findContactByAlias: async () => null,
  findRoomMembersByName: async () => [],
  setAlias: async () => true,
  selfId: () => 'bench-bot',
});

/** Residents with a cached contact id and the bot's remark (as after a login), and bound grid-less rooms. */
export async function seedChatters(db: Db, people: number, groups: number): Promise<void> {
  for (let i = 0; i < people; i++) {
    const [row] = await db
      .insert(members)
      .values({ name: `居民${i + 1}`, role: 'resident', wechatId: `wx-${i}` })
      .returning();
    await db
      .update(members)
      .set({ alias: `gb-${row!.id}` })
      .where(eq(members.id, row!.id));
  }
  for (let j = 0; j < groups; j++) {
    await db.insert(rooms).values({ topic: `测试群${j + 1}`, kind: 'grid', wechatId: `room-${j}` });
  }
}

/** Group chatter from the seeded people, one distinct WeChat id per message. */
export function chatter(count: number, people: number, groups: number, prefix: string, at: Date): InboundMessage[] {
  return Array.from({ length: count }, (_, i) => ({
    wechatMessageId: `${prefix}-${i}`,
    roomWechatId: `room-${i % groups}`,
    roomTopic: `测试群${(i % groups) + 1}`,
    senderWechatId: `wx-${(i * 7) % people}`,
    senderName: `居民${((i * 7) % people) + 1}`,
    senderAlias: null,
    text: `今天下午三点村委会开会，记得带上身份证和户口本（第${i}条）`,
    mentionSelf: false,
    mentions: [],
    mentionIds: [],
    sentAt: at,
  }));
}
