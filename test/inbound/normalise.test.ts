import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundMessages } from '../../src/db/schema.js';
import { createHarness, type Harness } from '../../src/tools/replay/harness.js';

const START = new Date('2026-11-23T09:00:00+08:00');

describe('invisible and full-width characters, at the one place a message enters', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ start: START });
    await h.seed(
      [
        { name: '王书记', role: 'admin' },
        { name: '张网格', role: 'worker', grid: '上司村三组' },
      ],
      [],
    );
  });
  afterAll(() => h.close());

  const routeOf = async (text: string) => (await h.database.db.select({ route: inboundMessages.route }).from(inboundMessages).where(eq(inboundMessages.text, text)))[0]?.route;

  it.each([
    ['\u200b#帮助', '#帮助', '#成员 列表'],
    ['#帮\u200c助', '#帮助', '#成员 列表'],
    ['\ufeff＃帮助', '#帮助', '#成员 列表'],
    ['#成员\u200b列表', '#成员', '张网格'],
    ['＃成员　列表', '#成员', '张网格'],
    ['\u202a#成员 列表\u202c', '#成员', '张网格'],
  ])('%j is the command it looks like', async (typed, route, inReply) => {
    const sent = await h.say('王书记', typed);
    expect(sent.map((s) => s.text).join('\n')).toContain(inReply);
    expect(await routeOf(typed)).toBe(route);
  });

  it('keeps the message stored as it was received', async () => {
    await h.say('王书记', '\u200b#帮助');
    const rows = await h.database.db.select({ text: inboundMessages.text }).from(inboundMessages).where(eq(inboundMessages.text, '\u200b#帮助'));
    expect(rows.length).toBeGreaterThan(0);
  });

  it('reads a report typed with full-width digits and a zero-width space in the grid', async () => {
    const sent = await h.say('张网格', '【周报】网格:上司村\u200b三组 排查户数:７２ 本周无矛盾纠纷');
    expect(sent.map((s) => s.text).join('\n')).toMatch(/72\s*户/);
  });
});
