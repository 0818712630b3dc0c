import { describe, expect, it } from 'vitest';
import { postLog, rooms } from '../../src/db/schema.js';
import { forwardableText, FORWARD_MAX_CHARS, handRooms, isForwardConfirmation } from '../../src/broadcast/forward.js';
import { ensureGrid } from '../../src/roster/index.js';
import { testDb } from '../support/db.js';
import { useSmallTown } from '../app/small-town.js';

const town = useSmallTown();

describe("assisted posting for a residents' group posted by hand", () => {
  it("binds a group 人工转发; a post for it goes privately to the grid's worker; 已转发 marks it; #普法 统计 shows both", async () => {
    const h = await town();
    const bound = await h.say('王书记', '#绑定 本群 上司村 三组 人工转发', { room: '上司村三组网格群', mention: true });
    expect(bound.map((s) => s.text).join('\n')).toContain('本群设为人工转发');

    const sent = await h.say('王书记', '#普法 发送 p001 上司村');
    expect(sent.filter((s) => s.to === '上司村三组网格群')).toEqual([]);
    const toWorker = sent.filter((s) => s.to === '张网格').map((s) => s.text);
    expect(toWorker[0]).toBe('请把下一条普法内容转发到「上司村三组网格群」，转发后回我“已转发”。');
    expect([...toWorker[1]!].length).toBeLessThanOrEqual(FORWARD_MAX_CHARS);
    expect(toWorker[1]).not.toMatch(/[*#`]/);

    const before = await h.say('王书记', '#普法 统计 本月');
    expect(before.at(-1)!.text).toContain('人工转发的群：已转发 0，还没转发 1');
    const ok = await h.say('张网格', '已经转发了');
    expect(ok.at(-1)!.text).toBe('好的，已记下：「上司村三组网格群」已人工转发 1 条。谢谢！');
    expect((await h.database.db.select({ result: postLog.result }).from(postLog)).map((r) => r.result)).toEqual(['forwarded']);
    const after = await h.say('王书记', '#普法 统计 本月');
    expect(after.at(-1)!.text).toContain('人工转发的群：已转发 1，还没转发 0');
    expect((await h.say('张网格', '已转发')).at(-1)!.text).toBe('现在没有等你转发的普法内容。');
  });
});

describe('which groups are posted by hand', () => {
  it('those marked so, and WeChat grid groups no bot is in: no WeChat account running, or its login did not find them', async () => {
    const database = await testDb();
    try {
      const { db } = database;
      const { grid } = await ensureGrid(db, '上司村', '三组');
      const add = async (topic: string, extra: Partial<typeof rooms.$inferInsert>) =>
        (
          await db
            .insert(rooms)
            .values({ topic, kind: 'grid', gridId: grid.id, ...extra })
            .returning({ id: rooms.id })
        )[0]!.id;
      const marked = await add('三组乡亲群', { manual: true });
      const found = await add('三组网格群', { wechatId: 'room-1' });
      const lost = await add('三组旧群', {});
      const wecom = await add('三组网格员群', { channel: 'wecom', wechatId: 'wecom:chat1' });
      const admin = (await db.insert(rooms).values({ topic: '综治中心工作群', kind: 'admin' }).returning({ id: rooms.id }))[0]!.id;
      const all = [marked, found, lost, wecom, admin];
      const hand = async (channels: ('wechat' | 'wecom')[]) => [...(await handRooms({ db, channels }, all)).keys()].sort();
      expect(await hand(['wechat'])).toEqual([marked, lost]);
      expect(await hand(['wechat', 'wecom'])).toEqual([marked, lost]);
      expect(await hand(['wecom'])).toEqual([marked, found, lost]);
    } finally {
      await database.close();
    }
  });
});

describe('forwarding words', () => {
  it.each(['已转发', '已经转发了', '转发了', '转了', '发了', '已转发。', '已 转发', '转发好了'])('「%s」 confirms', (text) => {
    expect(isForwardConfirmation(text)).toBe(true);
  });
  it.each(['转发给我看看', '他转发了谣言怎么办', '已转发的内容能撤回吗', '#周报 已转发'])('「%s」 is not a confirmation', (text) => {
    expect(isForwardConfirmation(text)).toBe(false);
  });
  it('keeps forwardable text plain and short, cut at a sentence end', () => {
    const long = `**借钱要写借条**\n${'借钱给亲戚朋友，也要写张借条。'.repeat(60)}`;
    const out = forwardableText(long);
    expect(out.startsWith('借钱要写借条')).toBe(true);
    expect([...out].length).toBeLessThanOrEqual(FORWARD_MAX_CHARS);
    expect(out.endsWith('。')).toBe(true);
  });
});
