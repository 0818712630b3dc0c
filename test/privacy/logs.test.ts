import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAiChatModel } from '../../src/llm/chat-model.js';
import { createLogger } from '../../src/kernel/logger.js';
import { disputes } from '../../src/db/schema.js';
import { createHarness, type Harness } from '../../src/tools/replay/harness.js';
import type { SentRecord } from '../../src/chat/mock/mock-world.js';
import { join } from 'node:path';
import { defaultLawsSource } from '../../src/lawqa/index.js';
import { testDb } from '../support/db.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { ADMIN_ROOM, at, GRID_ROOMS, PARTIES, PHONES, playWeek, QUESTION_SECRETS, seedTown, SUMMARIES, WEEK_START } from './week.js';

function memoryLog() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, log: createLogger('debug', sink) };
}

const found = (haystack: string, needles: readonly string[]) => needles.filter((n) => haystack.includes(n));
const textOf = (records: SentRecord[]) => records.map((r) => `${r.text ?? ''} ${r.fileName ?? ''}`).join('\n');

describe('a week of the township at debug level, with an LLM configured (a fake OpenAI-compatible server)', () => {
  let h: Harness;
  let logs: string[];
  let sent: SentRecord[];
  let fake: FakeOpenAI;
  beforeAll(async () => {
    const memory = memoryLog();
    logs = memory.lines;
    fake = await startFakeOpenAI();
    // Nothing scripted: every request gets a 500 and the bot falls back, after the request was made.
    const chatModel = createOpenAiChatModel({ apiKey: 'test-key', baseURL: fake.baseURL, model: 'fake', timeoutMs: 5_000 });
    // One small statute keeps the import quick; the retrieved articles go to the model with the question.
    const shared = defaultLawsSource();
    const laws = shared ? join(shared, '最高人民法院关于审理民间借贷案件适用法律若干问题的规定.md') : null;
    h = await createHarness({ start: WEEK_START, log: memory.log, chatModel, laws, database: await testDb() });
    await playWeek(h);
    sent = h.world.sent();
  }, 120_000);
  afterAll(async () => {
    await h.close();
    await h.database.close();
    await fake.close();
  });

  it('really handled personal data: cases stored, details sent privately to the people entitled', async () => {
    const rows = await h.database.db.select().from(disputes);
    expect(rows.flatMap((d) => d.parties)).toEqual(expect.arrayContaining(['张某某', '李某某', '覃大勇', '蒙小花', '罗某']));
    const toWorker = textOf(sent.filter((r) => r.toKind === 'contact' && r.to === '张网格'));
    expect(toWorker).toContain('张某某');
    expect(toWorker).toContain('13812345678');
    expect(logs.length).toBeGreaterThan(50);
    expect(logs.join('')).toContain('report recorded');
  });

  it('writes no party name, phone number, summary or question detail into the log', () => {
    const all = logs.join('');
    expect(found(all, [...PARTIES, ...PHONES, ...SUMMARIES, ...QUESTION_SECRETS])).toEqual([]);
  });

  it('never sends a party, phone number or summary to a grid group', () => {
    const groups = sent.filter((r) => r.toKind === 'room' && GRID_ROOMS.includes(r.to));
    expect(groups.length).toBeGreaterThan(3);
    expect(found(textOf(groups), [...PARTIES, ...PHONES, ...SUMMARIES, ...QUESTION_SECRETS])).toEqual([]);
  });

  it('tells the admin group about the flagged case without party names or phone numbers', () => {
    const admin = sent.filter((r) => r.toKind === 'room' && r.to === ADMIN_ROOM);
    expect(textOf(admin)).toContain('扬言上访');
    expect(textOf(admin)).toContain('当事人甲借款三万元');
    expect(found(textOf(admin), [...PARTIES, ...PHONES, ...QUESTION_SECRETS])).toEqual([]);
  });

  it('sends the model neither roster nor ledger data', () => {
    // The free-text report and both legal questions went to the model (questions only when statutes
    // are there to ground them: without the shared corpus only the report goes).
    expect(fake.requests.length).toBeGreaterThanOrEqual(defaultLawsSource() ? 3 : 1);
    const bodies = JSON.stringify(fake.requests.map((r) => r.body));
    const roster = ['王书记', '陈网格长', '张网格', '李网格', '罗网格', '赵调解', '李大姐'];
    expect(found(bodies, [...roster, ...PARTIES, ...PHONES, ...QUESTION_SECRETS, 'SS-2026-', '借款三万元', '排水沟堵塞淹了'])).toEqual([]);
  });
});

describe('a database fault while a report is handled', () => {
  it('logs the failure without the query parameters (names, texts)', async () => {
    const memory = memoryLog();
    const h = await createHarness({ start: WEEK_START, log: memory.log, database: await testDb() });
    try {
      await seedTown(h);
      await h.advanceTo(at('2026-11-23T09:00:00'));
      // Every new case is now refused by the database, as a full disk or a lost connection would.
      await h.database.db.execute(sql`alter table disputes add constraint privacy_fault check (id < 0) not valid`);
      await h.say('张网格', '【周报】网格:上司村三组 排查户数:72\n1. 类型:邻里;当事人:张某某、李某某;事由:排水沟堵塞淹了菜地，电话13812345678;状态:化解中');
      const all = memory.lines.join('');
      expect(all).toContain('handler failed');
      expect(found(all, ['张某某', '李某某', '13812345678', '排水沟堵塞淹了'])).toEqual([]);
    } finally {
      await h.close();
      await h.database.close();
    }
  });
});
