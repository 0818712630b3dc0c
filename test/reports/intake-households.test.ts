import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reports } from '../../src/db/schema.js';
import { harness, openDatabase, say, type Database, type Harness } from './intake-support.js';

let database: Database;
let h: Harness;
beforeAll(async () => {
  database = await openDatabase();
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  h = await harness(database);
});

const ONE_DISPUTE = '1. 类型:邻里;当事人:覃某、韦某;事由:鸡鸭跑进菜地吵起来;状态:化解中';

describe('households that cannot be true are asked back, nothing is saved', () => {
  it.each([
    ['a minus sign', '【周报】网格:上司村一组 排查户数:-5 本周无矛盾纠纷', '不能是负数'],
    ['a full-width minus', '【周报】网格:上司村一组 排查户数：－12 本周无矛盾纠纷', '不能是负数'],
    ['负 in words', '【周报】网格:上司村一组 排查户数:负三十 本周无矛盾纠纷', '不能是负数'],
    ['zero screened yet a dispute found', `【周报】\n网格:上司村一组\n排查户数:0\n纠纷:1件\n${ONE_DISPUTE}`, '写的是0，却列出了1件纠纷'],
    ['more than a grid holds', '【周报】网格:上司村一组 排查户数:4800 本周无矛盾纠纷', '一个网格一般不超过2000户'],
    ['a village total by mistake', `【周报】网格:上司村一组 排查户数:12000\n${ONE_DISPUTE}`, '一个网格一般不超过2000户'],
  ])('%s', async (_, text, want) => {
    const said = await say(h, h.people.w1, text);
    expect(said.replies.join('\n')).toContain(want);
    expect(said.replies.join('\n')).toContain('周报还不能保存');
    expect(await h.db.select().from(reports)).toHaveLength(0);
  });

  it.each([
    ['a plain count', '【周报】网格:上司村一组 排查户数:72 本周无矛盾纠纷', 72],
    ['a big grid still within reason', '【周报】网格:上司村一组 排查户数:1500 本周无矛盾纠纷', 1500],
    ['zero with nothing found (nobody visited this week)', '【周报】网格:上司村一组 排查户数:0 本周无矛盾纠纷', 0],
    ['a count with 户 after a space', '【周报】网格:上司村一组 排查户数 56户 本周无矛盾纠纷', 56],
  ])('keeps %s', async (_, text, n) => {
    await say(h, h.people.w1, text);
    expect((await h.db.select().from(reports)).map((r) => r.households)).toEqual([n]);
  });
});

describe("the format help names the worker's own grid", () => {
  it.each([
    ['上司村一组', 'w1'],
    ['上司村二组', 'w2'],
    ['里腊村一组', 'wLila'],
  ] as const)('a worker of %s is shown 网格:%s', async (grid, who) => {
    const said = await say(h, h.people[who], '【周报】排查户数:若干\n1. 当事人:覃某;事由:吵架');
    const reply = said.replies.join('\n');
    expect(reply).toContain(`网格:${grid}`);
    expect(reply).not.toContain('上司村三组');
  });

  it('keeps the sample grid for someone without a grid (a village chief)', async () => {
    const said = await say(h, h.people.chiefShangsi, '【周报】排查户数:若干');
    expect(said.replies.join('\n')).toContain('网格:上司村三组');
  });
});
