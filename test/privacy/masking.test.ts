import { Writable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAiChatModel } from '../../src/llm/chat-model.js';
import { createLogger } from '../../src/kernel/logger.js';
import { createHarness, type Harness, type Sent } from '../../src/tools/replay/harness.js';
import { testDb } from '../support/db.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { reportCase, type Case } from './masking-shapes.js';

const START = new Date('2026-12-04T09:00:00+08:00');
const DIGEST = new Date('2026-12-07T08:40:00+08:00');
const ADMIN_ROOM = '综治中心工作群';
const GRIDS = [
  { worker: '张网格', grid: '上司村三组', room: '上司村三组网格群' },
  { worker: '李网格', grid: '里腊村一组', room: '里腊村一组网格群' },
];
/** Numbers the masker must not leave in any form: digits only, spaces and dashes dropped. */
const digitsOf = (s: string) => s.replace(/\D/gu, '');
const leaks = (text: string, c: Case) => [...c.names.filter((n) => text.includes(n)), ...c.phones.filter((p) => digitsOf(text).includes(digitsOf(p)))];

describe('names and phone numbers however a report is typed (fast-check, the real app, an LLM configured)', () => {
  let h: Harness;
  let fake: FakeOpenAI;
  const logs: string[] = [];
  const played: { c: Case; worker: string; sent: Sent[] }[] = [];
  beforeAll(async () => {
    fake = await startFakeOpenAI();
    const sink = new Writable({
      write(chunk, _enc, done) {
        logs.push(String(chunk));
        done();
      },
    });
    const chatModel = createOpenAiChatModel({ apiKey: 'test-key', baseURL: fake.baseURL, model: 'fake', timeoutMs: 5_000 });
    h = await createHarness({ start: START, log: createLogger('debug', sink), chatModel, database: await testDb() });
    await h.seed(
      [{ name: '王书记', role: 'admin' }, { name: '赵调解', role: 'mediator' }, ...GRIDS.map((g) => ({ name: g.worker, role: 'worker' as const, grid: g.grid }))],
      [...GRIDS.map((g) => ({ topic: g.room, grid: g.grid, members: [g.worker] })), { topic: ADMIN_ROOM, admin: true, members: ['王书记', '赵调解'] }],
    );
  }, 60_000);
  afterAll(async () => {
    await h.close();
    await h.database.close();
    await fake.close();
  });

  it('sends names and numbers only to the reporter privately, never to a group, the admin group, a log or the model', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...GRIDS), fc.boolean(), fc.nat(), async (g, inGroup, n) => {
        const c = fc.sample(reportCase(`【周报】网格:${g.grid} 排查户数:${60 + (n % 40)}`), { numRuns: 1, seed: n })[0]!;
        const logsBefore = logs.length;
        const requestsBefore = fake.requests.length;
        const sent = await h.say(g.worker, c.text, inGroup ? { room: g.room } : {});
        played.push({ c, worker: g.worker, sent });
        run++;
        for (const s of sent) {
          const seen = leaks(s.text ?? '', c);
          if (s.toKind === 'room' || s.to !== g.worker) expect(seen, `${c.shape} → ${s.to}: ${s.text}`).toEqual([]);
        }
        expect(leaks(logs.slice(logsBefore).join(''), c), `${c.shape} in the log`).toEqual([]);
        expect(leaks(JSON.stringify(fake.requests.slice(requestsBefore).map((r) => r.body)), c), `${c.shape} to the model`).toEqual([]);
      }),
      { numRuns: 40, seed: 20261204, endOnFailure: true },
    );
    expect(run).toBe(40);
  }, 600_000);

  it('really handled them: the reporters got the details, the admin group got risk alerts, the model got free text', () => {
    const privately = played.flatMap((p) => p.sent.filter((s) => s.toKind === 'contact' && s.to === p.worker && p.c.names.some((x) => s.text?.includes(x))));
    expect(privately.length).toBeGreaterThan(10);
    expect(played.flatMap((p) => p.sent).some((s) => s.to === ADMIN_ROOM && s.text?.includes('【风险预警】') && s.text.includes('当事人甲'))).toBe(true);
    expect(new Set(played.map((p) => p.c.shape)).size).toBe(7);
    expect(fake.requests.length).toBeGreaterThan(0);
  });

  it('keeps every name and number out of the Monday digest', async () => {
    // The last report of a grid decides its week: make it one with a threat, so the digest lists a high-risk case.
    const g = GRIDS[0]!;
    const c = fc.sample(
      reportCase(`【周报】网格:${g.grid} 排查户数:70`).filter((x) => x.shape === 'story'),
      { numRuns: 1, seed: 7 },
    )[0]!;
    played.push({ c, worker: g.worker, sent: await h.say(g.worker, c.text) });
    const sent = await h.advanceTo(DIGEST);
    const digest = sent.filter((s) => s.to === ADMIN_ROOM && s.text?.includes('【周报汇总】'));
    expect(digest.length).toBe(1);
    expect(digest[0]!.text).toContain('当事人甲');
    for (const p of played) expect(leaks(digest[0]!.text ?? '', p.c)).toEqual([]);
  }, 120_000);
});
