import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../src/replay/harness.js';

const start = new Date('2026-11-23T08:00:00+08:00');
let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

async function town(): Promise<Harness> {
  const harness = await createHarness({ start });
  await harness.seed(
    [
      { name: '王书记', role: 'admin' },
      { name: '张网格', role: 'worker', grid: '上司村三组' },
      { name: '李大姐', role: 'resident', grid: '上司村三组' },
    ],
    [
      { topic: '上司村三组网格群', grid: '上司村三组', members: ['张网格', '李大姐'] },
      { topic: '综治中心工作群', admin: true, members: ['王书记'] },
    ],
  );
  return harness;
}

describe('identity across logins', () => {
  it('keeps bound rooms and admins working after a re-login that changes every WeChat id', async () => {
    h = await town();
    const oldRoom = h.world.roomId('综治中心工作群');
    await h.world.relogin();
    expect(h.world.roomId('综治中心工作群')).not.toBe(oldRoom);
    const sent = await h.say('王书记', '#成员 列表', { room: '综治中心工作群' });
    expect(sent).toEqual([expect.objectContaining({ to: '综治中心工作群', text: expect.stringContaining('张网格') })]);
    const privately = await h.say('王书记', '#帮助');
    expect(privately[0]?.text).toContain('#绑定');
  });

  it('gives nothing to a contact who renames themself to an admin', async () => {
    h = await town();
    const impostor = h.world.addContact('冒充者');
    await h.world.rename(impostor, '王书记');
    const sent = await h.say(impostor, '#成员 列表');
    expect(sent.map((s) => s.text).join('\n')).not.toContain('张网格');
    expect(sent[0]?.text).toMatch(/管理员/);
    const help = await h.say(impostor, '#帮助');
    expect(help[0]?.text).not.toContain('#绑定');
  });
});
