import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { members, qaLog } from '../../src/db/schema.js';
import { createAsker, createLawLibrary, defaultLawsSource } from '../../src/lawqa/index.js';
import { createHarness, type Harness } from '../../src/tools/replay/harness.js';
import { OPINION_PROMPT } from '../../src/safety/index.js';
import { hang, reply, startFakeOpenAI, status, systemIs, type FakeOpenAI, type Step } from '../support/fake-openai.js';
import { testDb } from '../support/db.js';
import { captureLog } from './support/logs.js';

const TIMEOUT_MS = 1_500;
/** Retrieval and the database on a busy CI machine, on top of the model's time budget. */
const SLACK_MS = 2_500;
const QUESTION = '老板拖欠了我三个月工资不给，我该怎么办？';
const START = new Date('2026-12-02T10:00:00+08:00');
const FAILURES: [string, Step[], string][] = [
  ['hangs', [hang(), hang()], 'timeout'],
  ['answers 500', [status(500), status(500)], 'error'],
  ['answers 429', [status(429, 50), status(429, 50)], 'rateLimit'],
  ['answers garbage', [reply('{"answer": 这不是 JSON'), reply('不是 JSON')], 'invalid'],
];
const RESIDENTS = FAILURES.map((_, i) => `居民${i + 1}`);
/** The statutes the answers cite (the shared folder, or LAWS_DIR). */
const LAWS = defaultLawsSource(process.env.LAWS_DIR);
const OTHER = '李大哥';

let fake: FakeOpenAI;
let h: Harness;
let database: Database;
let expected: string;
const logs = captureLog('info');

beforeAll(async () => {
  if (!LAWS) return;
  fake = await startFakeOpenAI();
  database = await testDb();
  const env = { OPENAI_API_KEY: 'sk-fake', OPENAI_BASE_URL: fake.baseURL, LLM_TIMEOUT_MS: String(TIMEOUT_MS) };
  h = await createHarness({ start: START, database, env, log: logs.log, laws: LAWS });
  await h.seed(
    [...RESIDENTS, OTHER].map((name) => ({ name, role: 'resident' as const })),
    [],
  );
  // What the bot answers from retrieval alone: the fallback every failure must produce.
  expected = (await createAsker(createLawLibrary(database.db))(QUESTION)).answer;
}, 120_000);

afterAll(async () => {
  await h?.close();
  await database?.close();
  await fake?.close();
});

const modeOf = async (name: string) => {
  const [m] = await database.db.select().from(members).where(eq(members.name, name));
  return (await database.db.select().from(qaLog).where(eq(qaLog.memberId, m!.id))).map((r) => r.mode);
};

describe.runIf(LAWS)('the LLM endpoint fails (needs the statutes: ../shared/data/laws or LAWS_DIR)', () => {
  it.each(FAILURES.map((f, i) => [...f, RESIDENTS[i]!] as const))(
    "when it %s the answer falls back to retrieval within the timeout; others are served meanwhile, the asker's next message after it",
    async (_what, steps, reason, resident) => {
      fake.reset();
      // The danger second opinion (asked first) answers calm: this test is about the answer's failures.
      fake.answerWhen(systemIs(OPINION_PROMPT), reply({ urgent: false, kind: null }));
      fake.script(...steps);
      const asked = Date.now();
      let answeredAt = 0;
      const question = h.world.say(resident, QUESTION, { at: h.clock.now() }).then(() => (answeredAt = Date.now()));
      // The same person's next message waits for the answer: one sender's messages keep their order.
      const next = h.world.say(resident, '#帮助', { at: h.clock.now() }).then(() => Date.now());
      // While the model keeps that answer waiting, someone else's message is handled at once.
      while (fake.requests.length < 2 && Date.now() - asked < TIMEOUT_MS) await new Promise((r) => setTimeout(r, 5));
      await h.world.say(OTHER, '#帮助', { at: h.clock.now() });
      const otherServedAt = Date.now();
      await question;
      expect(await next).toBeGreaterThanOrEqual(answeredAt);

      expect(fake.requests.length, 'the model was asked').toBeGreaterThan(1);
      expect(answeredAt - asked).toBeLessThan(TIMEOUT_MS + SLACK_MS);
      if (reason === 'timeout') expect(otherServedAt, 'served before the hanging answer gave up').toBeLessThan(answeredAt);
      expect(await modeOf(resident)).toEqual(['retrieval']);
      expect(logs.lines.some((l) => l.msg.startsWith('legal Q&A: LLM reply not used') && l.reason === reason)).toBe(true);

      const sent = await h.advanceTo(new Date(h.clock.now().getTime() + 5 * 60_000));
      const theirs = sent.filter((s) => s.to === resident).map((s) => s.text);
      expect(theirs).toHaveLength(2);
      expect(theirs[0]).toBe(expected);
      expect(theirs[1]).toContain('#帮助');
      expect(sent.filter((s) => s.to === OTHER)).toHaveLength(1);
    },
    30_000,
  );
});
