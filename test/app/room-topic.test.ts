import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rooms } from '../../src/db/schema.js';
import type { Harness } from '../../src/tools/replay/harness.js';
import { START, useSmallTown } from './small-town.js';

const town = useSmallTown();
const later = (minutes: number) => new Date(START.getTime() + minutes * 60_000);

const topicOf = async (harness: Harness, id: number) => (await harness.database.db.select({ topic: rooms.topic }).from(rooms).where(eq(rooms.id, id)))[0]?.topic;

describe('a bound group renamed while the bot is logged in', () => {
  it('is followed: the admins are told, and after the next login the group is still found and served', async () => {
    const h = await town();
    const [grid] = await h.database.db.select().from(rooms).where(eq(rooms.topic, '上司村三组网格群'));
    await h.world.renameRoom('上司村三组网格群', '上司村三组平安群', '张网格');
    const told = await h.advanceTo(later(1));
    expect(told).toEqual([expect.objectContaining({ to: '综治中心工作群', text: expect.stringContaining('“上司村三组网格群”改名为“上司村三组平安群”') })]);
    expect(await topicOf(h, grid!.id)).toBe('上司村三组平安群');

    await h.world.relogin();
    const replies = await h.say('张网格', '#帮助', { room: '上司村三组平安群', mention: true });
    // Answered in the group, as in a bound group (an unbound group's messages are answered privately).
    expect(replies).toEqual([expect.objectContaining({ to: '上司村三组平安群' })]);
  });

  it('keeps the recorded name and warns the admins when another bound group already has the new one', async () => {
    const h = await town();
    const [grid] = await h.database.db.select().from(rooms).where(eq(rooms.topic, '上司村三组网格群'));
    await h.world.renameRoom('上司村三组网格群', '综治中心工作群', '李大姐');
    const told = await h.advanceTo(later(1));
    expect(told.filter((s) => s.text?.includes('已有另一个绑定的群叫这个名字'))).toHaveLength(1);
    expect(await topicOf(h, grid!.id)).toBe('上司村三组网格群');
  });

  it('changes nothing for a group that is not bound', async () => {
    const h = await town();
    h.world.addRoom('村民闲聊群', ['李大姐']);
    const before = await h.database.db.select().from(rooms);
    await h.world.renameRoom('村民闲聊群', '上司村三组网格群', '李大姐');
    expect(await h.advanceTo(later(1))).toEqual([]);
    expect(await h.database.db.select().from(rooms)).toEqual(before);
  });
});

describe('a bound group renamed while the bot is offline', () => {
  it('is reported after the next login with the command that re-binds it; re-binding replaces the old record', async () => {
    const h = await town();
    const [grid] = await h.database.db.select().from(rooms).where(eq(rooms.topic, '上司村三组网格群'));
    h.world.renameRoomOffline('上司村三组网格群', '上司村三组平安群');
    await h.world.relogin();
    const told = await h.advanceTo(later(1));
    const alert = told.find((s) => s.text?.includes('群「上司村三组网格群」：没找到'));
    expect(alert?.text).toContain('请管理员在改名后的群里发 #绑定 本群 上司村三组');

    const replies = await h.say('王书记', '#绑定 本群 上司村三组', { room: '上司村三组平安群' });
    expect(replies).toEqual([expect.objectContaining({ text: expect.stringContaining('（原群名「上司村三组网格群」）') })]);
    // One record for the grid, under its new name: the next login finds it and reports nothing.
    expect((await h.database.db.select().from(rooms)).filter((r) => r.gridId === grid!.gridId)).toEqual([expect.objectContaining({ id: grid!.id, topic: '上司村三组平安群' })]);
    await h.world.relogin();
    expect((await h.advanceTo(later(2))).filter((s) => s.text?.includes('没找到'))).toEqual([]);
  });
});
