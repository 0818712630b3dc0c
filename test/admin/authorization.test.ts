import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/admin/index.js';
import { ROLES } from '../../src/db/schema.js';
import { addMember, addRoom, auditRows, harness, reset, rosterSnapshot, say, type Harness, type SayOptions } from './support.js';

// A concrete message for each admin command in the table; a new admin command must add one here.
const EXAMPLES: Record<string, { text: string; mentions?: string[] }> = {
  '#绑定 本群 <村> <网格>': { text: '#绑定 本群 上司村 三组' },
  '#绑定 本群 管理群': { text: '#绑定 本群 管理群' },
  '#成员 @某人 <角色> [<网格>]': { text: '#成员 @张三\u2005管理员', mentions: ['张三'] },
  '#成员 列表 [<村>]': { text: '#成员 列表' },
  '#邀请 管理员': { text: '#邀请 管理员' },
};

const adminOnly = COMMANDS.filter((c) => c.capability === 'admin' && c.name !== null && !c.roles.includes('resident'));
const cases = adminOnly.flatMap((c) => ROLES.filter((r) => !c.roles.includes(r)).map((role) => [c.usage, role] as const));

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
beforeEach(() => reset(h));
afterAll(() => h.close());

describe('admin commands from the table are refused to other roles', () => {
  it('has an example for every admin command', () => {
    expect(adminOnly.map((c) => c.usage).sort()).toEqual(Object.keys(EXAMPLES).sort());
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases)('%s is refused to a %s, wherever sent, and audited', async (usage, role) => {
    const entry = COMMANDS.find((c) => c.usage === usage)!;
    const example = EXAMPLES[usage]!;
    const sender = await addMember(h.db, '某人', role);
    const adminRoom = await addRoom(h.db, '综治中心工作群', 'admin');
    const places: SayOptions[] = entry.place === 'group' ? [{ roomRef: { wechatId: 'r-new', topic: '新群' } }, { room: adminRoom }] : [{}, { room: adminRoom }];
    const before = await rosterSnapshot(h.db);
    for (const place of places) {
      const said = await say(h, sender, example.text, { ...place, mentions: example.mentions, mentionIds: example.mentions?.map(() => 'wx-x') });
      expect(said.replies).toHaveLength(1);
      expect(said.replies[0]).toMatch(/^抱歉，这个命令只有管理员/);
      expect(said.privateReplies).toEqual([]);
    }
    expect(await rosterSnapshot(h.db)).toEqual(before);
    const audit = await auditRows(h.db);
    expect(audit.map((a) => [a.actorId, a.ok])).toEqual(places.map(() => [sender.id, false]));
  });
});
