import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { members } from '../../src/db/schema.js';
import { at, harness, openDatabase, say, type Database, type Harness } from './intake-support.js';

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

const leaveOf = async (id: number) => (await h.db.select().from(members).where(eq(members.id, id)))[0]!.onLeaveUntil;

describe('#请假 in chat', () => {
  it('reads 到下周日 as leave to the end of next Sunday', async () => {
    const said = await say(h, h.people.w2, '#请假 到下周日');
    expect(said.replies[0]).toContain('请假至12月6日');
    expect(await leaveOf(h.people.w2.id)).toEqual(at('2026-12-07T00:00'));
  });

  it.each([['#请假 取消'], ['#销假'], ['#请假 回来了']])('%s from someone not on leave says so and changes nothing', async (text) => {
    const said = await say(h, h.people.w1, text);
    expect(said.replies[0]).toContain('现在没有请假');
    expect(said.replies[0]).not.toContain('已销假');
  });

  it('an admin cancelling the leave of someone not on leave is told so by name', async () => {
    const said = await say(h, h.people.admin, '#请假 @李小红 取消', { mentions: ['李小红'] });
    expect(said.replies[0]).toContain('李小红现在没有请假');
  });

  it('a leave already over counts as no leave', async () => {
    await say(h, h.people.w1, '#请假 到明天');
    await h.clock.advanceTo(at('2026-11-28T09:00'));
    expect((await say(h, h.people.w1, '#请假 取消')).replies[0]).toContain('现在没有请假');
  });

  it('cancels a leave in force', async () => {
    await say(h, h.people.w1, '#请假 至12月10日');
    expect((await say(h, h.people.w1, '#销假')).replies[0]).toContain('已销假');
    expect(await leaveOf(h.people.w1.id)).toBeNull();
  });
});
