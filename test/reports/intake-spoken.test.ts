import { asc } from 'drizzle-orm';
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

const savedReports = () => h.db.select().from(reports).orderBy(asc(reports.id));

describe('a report said in plain words, in chat', () => {
  it('is saved with a receipt that says what was understood, and corrected by a reply', async () => {
    const said = await say(h, h.people.w1, '上司村嗯一组这周走访了七十二户 第一起是邻居为排水沟吵架还在调 第二起是借钱不还的事 已转司法所');
    expect(said.route).toBe('周报');
    const shown = said.replies.join('\n');
    expect(shown).toContain('我读到的是：上司村一组，走访72户，纠纷2件');
    expect(shown).toContain('①邻里·化解中 ②经济·已移交');
    const fixed = await say(h, h.people.w1, '第1件是已化解');
    expect(fixed.route).toBe('周报 更正');
    expect(fixed.replies.join('\n')).toContain('①邻里·已化解 ②经济·已移交');
    const rows = await savedReports();
    expect(rows.map((r) => r.revision)).toEqual([1, 2]);
    expect(rows[1]!.rawText).toContain('更正：第1件是已化解');
  });

  it('reads the grid through a voice filler between village and group', async () => {
    const said = await say(h, h.people.wLila, '里腊村那个一组本周入户58户 平安无事');
    expect(said.replies[0]).toContain('已收到里腊村一组');
  });

  it('asks for a village when only the group is said, quoting it', async () => {
    const said = await say(h, h.people.w1, '一组这周走访了60户没有纠纷');
    expect(said.route).toBe('周报');
    expect(said.replies[0]).toContain('只写了“一组”');
    expect(await savedReports()).toHaveLength(0);
  });

  it('answers a correction with nothing to correct plainly', async () => {
    expect((await say(h, h.people.w2, '户数是90')).replies[0]).toContain('没有可以这样更正的周报');
  });

  it("leaves a resident's story and group chatter that is no complete report to others", async () => {
    expect((await say(h, h.people.resident, '上司村一组本周走访72户 邻居为排水沟吵架')).route).toBe('none');
    expect((await say(h, h.people.w1, '一组这周走了好几十户', { room: h.rooms.s1 })).route).toBe('none');
  });

  it('takes a complete plain-words report in the grid group, details only privately', async () => {
    const said = await say(h, h.people.w1, '上司村一组这周走访72户 张某和李某为宅基地吵架 已化解', { room: h.rooms.s1 });
    expect(said.replies[0]).toContain('收到上司村一组周报（排查72户，纠纷1件）');
    expect(said.replies.join('\n')).not.toContain('张某');
    expect(said.privateReplies.join('\n')).toContain('我读到的是');
  });
});
