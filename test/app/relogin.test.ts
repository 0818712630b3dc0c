import { describe, expect, it } from 'vitest';
import { useSmallTown } from './small-town.js';

const town = useSmallTown();

describe('identity across logins', () => {
  it('keeps bound rooms and admins working after a re-login that changes every WeChat id', async () => {
    const h = await town();
    const oldRoom = h.world.roomId('综治中心工作群');
    await h.world.relogin();
    expect(h.world.roomId('综治中心工作群')).not.toBe(oldRoom);
    const sent = await h.say('王书记', '#成员 列表', { room: '综治中心工作群' });
    expect(sent).toEqual([expect.objectContaining({ to: '综治中心工作群', text: expect.stringContaining('张网格') })]);
    const privately = await h.say('王书记', '#帮助');
    expect(privately[0]?.text).toContain('#绑定');
  });

  it('gives nothing to a contact who renames themself to an admin', async () => {
    const h = await town();
    const impostor = h.world.addContact('冒充者');
    await h.world.rename(impostor, '王书记');
    const sent = await h.say(impostor, '#成员 列表');
    expect(sent.map((s) => s.text).join('\n')).not.toContain('张网格');
    expect(sent[0]?.text).toMatch(/管理员/);
    const help = await h.say(impostor, '#帮助');
    expect(help[0]?.text).not.toContain('#绑定');
  });
});
