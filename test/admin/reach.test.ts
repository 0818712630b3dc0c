import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { members } from '../../src/db/schema.js';
import { applyRosterEntries, chiefReachText, unreachableByChief, unreachableOnWecom } from '../../src/roster/index.js';
import { testDb } from '../support/db.js';

let database: Database;
beforeAll(async () => {
  database = await testDb();
});
afterAll(() => database.close());

const person = (name: string, role: 'worker' | 'chief' | 'admin', grid: string | null, wecomUserid: string) => ({
  name,
  role,
  village: grid ? '翁台村' : null,
  grid,
  phone: null,
  wecomUserid,
});

describe('staff WeCom cannot push to yet', () => {
  it('are told to their own grid chief when the bot reaches the chief; the rest only to the centre', async () => {
    const db = database.db;
    await applyRosterEntries(db, [
      person('杨网格长', 'chief', '二组', 'yangwgz'),
      person('杨网格', 'worker', '二组', 'yangwg'),
      person('蒙网格', 'worker', '二组', 'mengwg'),
      person('韦网格长', 'chief', '五组', 'weiwgz'),
      person('韦网格', 'worker', '五组', 'weiwg'),
      person('王书记', 'admin', null, 'wangsj'),
    ]);
    // The chief of 二组 has written to the bot; the chief of 五组 has not, so their worker is the centre's to chase.
    await db
      .update(members)
      .set({ wecomSeenAt: new Date('2026-12-01T09:00:00+08:00') })
      .where(eq(members.name, '杨网格长'));
    const byChief = await unreachableByChief(db);
    const [chief] = await db.select().from(members).where(eq(members.name, '杨网格长'));
    expect([...byChief]).toEqual([[chief!.id, ['杨网格', '蒙网格']]]);
    expect(chiefReachText(byChief.get(chief!.id)!)).toBe(
      '企业微信还推送不到：杨网格、蒙网格（没给机器人发过消息），周报提醒和交办到不了他们手上。请提醒他们私聊机器人发一句 #帮助。',
    );
    expect(await unreachableOnWecom(db)).toEqual(['杨网格', '蒙网格', '韦网格长', '韦网格', '王书记']);
  });
});
