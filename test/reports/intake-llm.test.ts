import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAiChatModel } from '../../src/llm/chat-model.js';
import { disputes, reports } from '../../src/db/schema.js';
import { reportDraftSchema } from '../../src/reports/free-text/llm-extract.js';
import { REPORT_LIMITS } from '../../src/grammar/parse.js';
import { reply, startFakeOpenAI, status, type FakeOpenAI } from '../support/fake-openai.js';
import { harness, openDatabase, say, type Database, type Harness } from './intake-support.js';

let database: Database;
let fake: FakeOpenAI;
let h: Harness;
beforeAll(async () => {
  database = await openDatabase();
  fake = await startFakeOpenAI();
});
afterAll(async () => {
  await fake.close();
  await database.close();
});
beforeEach(async () => {
  fake.reset();
  const model = createOpenAiChatModel({ apiKey: 'test-key', baseURL: fake.baseURL, model: 'fake-model', timeoutMs: 5_000 });
  h = await harness(database, model);
});

// 张三丰 is also a roster member; 李四 is known only from the text. The rules read the grid, the
// households and the status, but no category word (issue 17: the model fills only that gap).
const FREE = '这周上司村一组走访了72户。张三丰和李四闹得很不愉快，已经调解好了，张三丰电话13812345678。';
const NO_HOUSEHOLDS = '这周上司村一组张三丰和李四闹得很不愉快，已经调解好了';
const SECRETS = ['张三丰', '李四', '13812345678'];

const understood = {
  grid: '上司村一组',
  households: 72,
  nil: false,
  disputes: [{ category: 'neighbor', parties: ['〔人1〕', '〔人2〕'], summary: '〔人1〕与〔人2〕因排水沟堵塞争吵', status: 'resolved', risks: [], method: '人民调解' }],
};

const sentToModel = () => JSON.stringify(fake.requests.map((r) => r.body));
const savedReports = () => h.db.select().from(reports).orderBy(asc(reports.id));

describe('a free-text report read by the model', () => {
  it('never sends names or phone numbers, shows what it understood, and saves only after 确认', async () => {
    fake.script(reply(understood));
    const said = await say(h, h.people.w1, FREE);
    expect(said.route).toBe('周报');
    expect(fake.requests).toHaveLength(1);
    const body = sentToModel();
    for (const secret of SECRETS) expect(body).not.toContain(secret);
    expect(body).toContain('〔电话1〕');
    expect(fake.requests[0]!.body.response_format).toEqual({ type: 'json_object' });
    const shown = said.replies.join('\n');
    expect(shown).toContain('我是这样理解的');
    expect(shown).toMatch(/当事人：(张三丰、李四|李四、张三丰)/);
    expect(shown).toContain('回复“确认”');
    expect(await savedReports()).toHaveLength(0);

    const confirmed = await say(h, h.people.w1, '确认');
    expect(confirmed.route).toBe('周报 确认');
    const [saved] = await savedReports();
    expect(saved).toMatchObject({ gridId: h.grids.s1, households: 72, rawText: FREE, inboundMessageId: said.messageId });
    const [d] = await h.db.select().from(disputes);
    expect(new Set(d!.parties)).toEqual(new Set(['张三丰', '李四']));
    expect(d!.summary).toMatch(/(张三丰|李四)与(张三丰|李四)因排水沟堵塞争吵/);
    expect(confirmed.replies[0]).toContain('SS-2026-0001');
    expect((await say(h, h.people.w1, '确认')).replies[0]).toContain('没有等待确认的周报');
  });

  it('also reads a report with a header that fails the rules', async () => {
    fake.script(reply({ ...understood, disputes: [], nil: true }));
    const said = await say(h, h.people.w1, '【周报】上司村一组这周走访七十二户，没发现啥问题');
    expect(said.replies[0]).toContain('本周无矛盾纠纷');
    await say(h, h.people.w1, '确认');
    expect((await savedReports())[0]).toMatchObject({ nil: true, households: 72 });
  });

  it('falls back to the rule errors when the model fails', async () => {
    fake.script(status(500), status(500));
    const said = await say(h, h.people.w1, '【周报】网格:上司村一组 排查户数:若干 本周无矛盾纠纷');
    expect(said.replies[0]).toContain('周报还不能保存');
    expect(said.replies[0]).toContain('排查户数');
    expect((await say(h, h.people.w1, '确认')).replies[0]).toContain('没有等待确认的周报');
  });

  it('falls back when the model answers something that is not the schema', async () => {
    fake.script(reply('好的，我来整理一下'));
    const said = await say(h, h.people.w1, FREE);
    // The rules' own error: what they could not read, quoting the worker.
    expect(said.replies[0]).toContain('第1件（“张三丰和李四闹得很不愉快');
    expect(said.replies[0]).toContain('没看出是哪类纠纷');
  });

  it('says what is missing instead of asking for confirmation', async () => {
    fake.script(reply({ ...understood, households: null }));
    const said = await say(h, h.people.w1, NO_HOUSEHOLDS);
    expect(said.replies[0]).toContain('没看出排查了多少户');
    expect((await say(h, h.people.w1, '确认')).replies[0]).toContain('没有等待确认的周报');
  });

  it("does not take a resident's message, nor an ordinary question", async () => {
    expect((await say(h, h.people.resident, FREE)).route).toBe('none');
    expect((await say(h, h.people.w1, '邻居纠纷一般怎么调解？')).route).toBe('none');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('without a model', () => {
  it("answers a worker's plain-words report with the rule errors, never as a legal question", async () => {
    const plain = await harness(database);
    const free = await say(plain, plain.people.w1, FREE);
    expect(free.route).toBe('周报');
    expect(free.replies[0]).toContain('没看出是哪类纠纷');
    expect((await say(plain, plain.people.w1, '确认')).route).toBe('none');
    const said = await say(plain, plain.people.w1, '【周报】网格:上司村一组 本周无矛盾纠纷');
    expect(said.replies[0]).toContain('缺少"排查户数"');
  });
});

describe('what the model may return', () => {
  const dispute = { category: 'neighbor', parties: [], summary: '排水沟', status: 'pending', risks: [], method: null };
  const draft = (n: number) => ({ grid: '上司村一组', households: 70, nil: false, disputes: Array.from({ length: n }, () => dispute) });

  it("is held to the rule parser's limits", () => {
    expect(reportDraftSchema.safeParse(draft(REPORT_LIMITS.disputes)).success).toBe(true);
    expect(reportDraftSchema.safeParse(draft(REPORT_LIMITS.disputes + 1)).success).toBe(false);
    expect(reportDraftSchema.safeParse({ ...draft(1), households: REPORT_LIMITS.households + 1 }).success).toBe(false);
  });
});
