import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureGrid, gridRooms, roleLabel } from '../../src/roster/index.js';
import { grids, members, villages } from '../../src/db/schema.js';
import type { Member } from '../../src/db/types.js';
import { reportRoutes } from '../../src/reports/index.js';
import { addMember, addRoom, harness, reset, say, type Harness } from './support.js';

// Admin commands as typed on a phone: full-width ＃, no spaces (Chinese has none between words),
// mentions ended by U+2005 as WeChat sends them, role words as people say them, and grids written
// 上司村三组, 上司村 三组, 上司三组 or just 三组. The town has 上司村三组, 上司村五组 and 翁台村一组.

const M = '\u2005';
type Where = 'private' | 'admin group' | 'unbound group' | 'new group, an admin group bound';
interface Case {
  text: string;
  mentions?: string[];
  where?: Where;
  /** Words the first reply must contain. */
  says: string;
  /** Each mentioned person afterwards: '姓名 角色 村网格'. */
  then?: string[];
}

const CASES: Case[] = [
  { text: `＃成员 @张网格${M}网格员 上司村三组`, mentions: ['张网格'], says: '已把 张网格 设为 上司村三组 网格员', then: ['张网格 网格员 上司村三组'] },
  { text: `#成员@张网格${M}网格员上司村三组`, mentions: ['张网格'], says: '已把 张网格 设为 上司村三组 网格员', then: ['张网格 网格员 上司村三组'] },
  { text: `#成员 @张网格${M}专职网格员 上司村三组`, mentions: ['张网格'], says: '网格员', then: ['张网格 网格员 上司村三组'] },
  { text: `#成员 @张网格${M}兼职网格员 上司村 三组`, mentions: ['张网格'], says: '网格员', then: ['张网格 网格员 上司村三组'] },
  { text: `#成员 @李十户${M}十户长 上司村三组`, mentions: ['李十户'], says: '设为 上司村三组 联户长', then: ['李十户 联户长 上司村三组'] },
  { text: `#成员 @赵调解${M}人民调解员`, mentions: ['赵调解'], says: '已把 赵调解 设为调解员', then: ['赵调解 调解员 '] },
  { text: `#成员 @赵调解${M}专职调解员`, mentions: ['赵调解'], says: '已把 赵调解 设为调解员', then: ['赵调解 调解员 '] },
  {
    text: `#成员 @陈支书${M}村支书 上司村`,
    mentions: ['陈支书'],
    says: '角色「村支书」不认识，请填他在网格里的角色：管理员、网格长、网格员、联户长、调解员、群众',
    then: ['陈支书 群众 '],
  },
  { text: `#成员 @周组长${M}组长 上司村三组`, mentions: ['周组长'], says: '角色「组长」不认识', then: ['周组长 群众 '] },
  { text: `#成员 @张网格${M}网格员 三组`, mentions: ['张网格'], says: '设为 上司村三组 网格员', then: ['张网格 网格员 上司村三组'] },
  { text: `#成员 @张网格${M}网格员 五组`, mentions: ['张网格'], says: '设为 上司村五组 网格员', then: ['张网格 网格员 上司村五组'] },
  { text: `#成员 @张网格${M}网格员 一组`, mentions: ['张网格'], says: '设为 翁台村一组 网格员', then: ['张网格 网格员 翁台村一组'] },
  { text: `#成员 @张网格${M}网格员 上司三组`, mentions: ['张网格'], says: '设为 上司村三组 网格员', then: ['张网格 网格员 上司村三组'] },
  { text: '#成员 @张网格 网格员 上司村三组', mentions: ['张网格'], says: '设为 上司村三组 网格员', then: ['张网格 网格员 上司村三组'] },
  { text: `#成员 @张网格${M} 网格员\u3000上司村\u3000三组`, mentions: ['张网格'], says: '设为 上司村三组 网格员', then: ['张网格 网格员 上司村三组'] },
  { text: `#成员 @张网格${M}网格员，上司村三组`, mentions: ['张网格'], says: '设为 上司村三组 网格员', then: ['张网格 网格员 上司村三组'] },
  { text: `#成员 @张网格${M}网格员 上司村三组网格`, mentions: ['张网格'], says: '设为 上司村三组 网格员', then: ['张网格 网格员 上司村三组'] },
  {
    text: `#成员 @张网格${M}@李网格${M}网格员 上司村三组`,
    mentions: ['张网格', '李网格'],
    says: '已把 张网格 设为',
    then: ['张网格 网格员 上司村三组', '李网格 网格员 上司村三组'],
  },
  { text: `#成员 @孙联户${M}联户长上司村三组`, mentions: ['孙联户'], says: '设为 上司村三组 联户长', then: ['孙联户 联户长 上司村三组'] },
  { text: `#成员 @吴网格长${M}网格长上司村`, mentions: ['吴网格长'], says: '「上司村」只有村名，缺少网格', then: ['吴网格长 群众 '] },
  { text: `#成员 @张网格${M}网格员 四组`, mentions: ['张网格'], says: '「四组」里看不出村名', then: ['张网格 群众 '] },
  { text: `#成员 @张网格${M}网格员 上司村四组`, mentions: ['张网格'], says: '（新建了网格 上司村四组）', then: ['张网格 网格员 上司村四组'] },
  { text: '#成员列表', says: '成员名单：' },
  { text: '#成员列表上司村', says: '成员名单（上司村）：\n上司村三组：网格员 刘网格' },
  { text: '＃成员　列表　上司 ', says: '成员名单（上司村）：\n上司村三组：网格员 刘网格' },
  { text: '#绑定本群上司村三组', where: 'unbound group', says: '绑定到 上司村三组' },
  { text: '#绑定 本群 三组', where: 'unbound group', says: '绑定到 上司村三组' },
  { text: '#绑定 本群 上司 五组', where: 'unbound group', says: '绑定到 上司村五组' },
  { text: '＃绑定 本群管理群', where: 'unbound group', says: '设为管理群' },
  { text: '#绑定 本群，上司村三组', where: 'unbound group', says: '绑定到 上司村三组' },
  { text: '#绑定 本群，管理群', where: 'unbound group', says: '设为管理群' },
  // A second admin group takes the role over, and the reply says the old one is no longer told.
  { text: '#绑定 本群 管理群', where: 'new group, an admin group bound', says: '原管理群「综治中心工作群」以后不再收到告警和通知' },
  { text: '#绑定本群综治中心', where: 'new group, an admin group bound', says: '原管理群「综治中心工作群」以后不再收到告警和通知' },
  { text: '＃绑定　本群，管理群', where: 'new group, an admin group bound', says: '设为管理群' },
  { text: '＃帮助', says: '你好，你是管理员' },
  { text: `#请假@张网格${M}至12月10日`, mentions: ['张网格'], where: 'admin group', says: '已登记请假：张网格请假至12月10日' },
  { text: '#周报设置', says: '周报时间（每周）' },
  { text: '#周报暂停本周', says: '已暂停第48周' },
  { text: '＃周报 恢复 本周', where: 'admin group', says: '已恢复第48周' },
];

let h: Harness;
let admin: Member;
beforeAll(async () => {
  h = await harness({ moreRoutes: (deps) => reportRoutes(deps, { onSettingsChanged: async () => {} }) });
});
beforeEach(async () => {
  await reset(h);
  admin = await addMember(h.db, '王书记', 'admin');
  for (const [village, grid] of [
    ['上司村', '三组'],
    ['上司村', '五组'],
    ['翁台村', '一组'],
  ] as const)
    await ensureGrid(h.db, village, grid);
  const sanzu = await ensureGrid(h.db, '上司村', '三组');
  await addMember(h.db, '刘网格', 'worker', { gridId: sanzu.grid.id, villageId: sanzu.village.id });
  for (const name of ['张网格', '李网格', '李十户', '赵调解', '陈支书', '周组长', '孙联户', '吴网格长']) await addMember(h.db, name, 'resident');
});
afterAll(() => h.close());

async function person(name: string): Promise<string> {
  const [p] = await h.db
    .select({ role: members.role, village: villages.name, grid: grids.name })
    .from(members)
    .leftJoin(grids, eq(members.gridId, grids.id))
    .leftJoin(villages, eq(villages.id, members.villageId))
    .where(eq(members.name, name));
  return `${name} ${p ? roleLabel(p.role) : '（无此人）'} ${p?.village ?? ''}${p?.grid ?? ''}`;
}

async function send(c: Case) {
  const all = await h.db.select().from(members);
  const mentions = c.mentions ?? [];
  const mentionIds = mentions.map((n) => all.find((m) => m.name === n)!.wechatId!);
  const where = c.where ?? 'private';
  if (where === 'private') return say(h, admin, c.text, { mentions, mentionIds });
  if (where === 'admin group') return say(h, admin, c.text, { room: await addRoom(h.db, '综治中心工作群', 'admin'), mentions, mentionIds });
  if (where === 'new group, an admin group bound') await addRoom(h.db, '综治中心工作群', 'admin');
  return say(h, admin, c.text, { roomRef: { wechatId: 'r-new', topic: '上司村网格群' }, mentions, mentionIds });
}

describe('admin commands typed on a phone', () => {
  it.each(CASES.map((c) => [c.text, c] as const))('%s', async (_text, c) => {
    const said = await send(c);
    expect(said.replies[0]).toContain(c.says);
    for (const expected of c.then ?? []) expect(await person(expected.split(' ')[0]!)).toBe(expected);
  });

  it('asks which village when a short grid name fits two grids, and changes nothing', async () => {
    await ensureGrid(h.db, '翁台村', '三组');
    const said = await send({ text: `#成员 @张网格${M}网格员 三组`, mentions: ['张网格'], says: '' });
    expect(said.replies[0]).toContain('「三组」可能是 上司村三组、翁台村三组，请写全村名和网格');
    expect(await person('张网格')).toBe('张网格 群众 ');
    const bind = await send({ text: '#绑定 本群 三组', where: 'unbound group', says: '' });
    expect(bind.replies[0]).toContain('可能是 上司村三组、翁台村三组');
    expect(await gridRooms(h.db)).toEqual([]);
  });

  it('splits only command words of two Chinese characters or more: #查询 is not #查, #helpme not #help', async () => {
    const glued = await send({ text: '#成员们好', says: '' });
    expect([glued.route, glued.replies[0]]).toEqual(['#成员', expect.stringContaining('用法：#成员 @某人 网格员 上司村三组')]);
    expect((await send({ text: '#查询', says: '' })).route).toBe('ignored');
    expect((await send({ text: '#helpme', says: '' })).route).toBe('ignored');
  });
});
