import { asc, eq, isNotNull, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botState, disputeEvents, disputes, fireClaims, followups, inboundMessages, outbox, reports } from '../../src/db/schema.js';
import { statsJson } from '../../src/summary/index.js';
import { parseBeforeDate } from '../../src/privacy/before-date.js';
import { privacyJobs, purgePersonalData } from '../../src/privacy/index.js';
import type { Harness } from '../../src/tools/replay/harness.js';
import { at } from './week.js';
import { depsAt, weekDatabase } from './support.js';

const GONE = '（已匿名）';
const byCode = async (h: Harness) => Object.fromEntries((await h.database.db.select().from(disputes)).map((d) => [d.code, d]));
const closeDb = async (h: Harness) => {
  await h.close();
  await h.database.close();
};

describe('privacy purge --before DATE', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await weekDatabase();
  }, 120_000);
  afterAll(async () => closeDb(h));

  it('anonymises only what was closed and last changed before the date, and keeps every figure', async () => {
    const now = at('2026-12-10T10:00:00');
    const stats = await statsJson(h.database.db, { now });
    const s = await purgePersonalData(depsAt(h, now), { now, before: at('2026-11-24T00:00:00') });
    expect(s.disputes).toBe(1);
    const d = await byCode(h);
    // SS-2026-0003 was reported already resolved on Monday: anonymised.
    expect(d['SS-2026-0003']).toMatchObject({ parties: [], summary: GONE });
    expect(d['SS-2026-0003']!.anonymisedAt).toEqual(now);
    // SS-2026-0001 was registered Monday but resolved Wednesday; SS-2026-0002 is still open.
    expect(d['SS-2026-0001']!.parties).toEqual(['张某某', '李某某']);
    expect(d['SS-2026-0002']!.parties).toEqual(['覃大勇']);
    expect(await statsJson(h.database.db, { now })).toEqual(stats);
  });

  it('removes the text of chat messages sent before the date, and only those', async () => {
    const rows = await h.database.db.select().from(inboundMessages).orderBy(asc(inboundMessages.id));
    const early = rows.filter((r) => r.sentAt < at('2026-11-24T00:00:00'));
    expect(early.length).toBeGreaterThan(2);
    expect(early.every((r) => r.text === GONE && r.mentions.length === 0)).toBe(true);
    expect(rows.filter((r) => r.sentAt >= at('2026-11-24T00:00:00')).some((r) => r.text.includes('#回访'))).toBe(true);
  });

  it('drops report drafts left unconfirmed past their day, keeps a fresh one', async () => {
    const now = at('2026-12-10T10:00:00');
    const value = { rawText: '村民蒙小花跟罗某吵架' };
    await h.database.db.insert(botState).values([
      { key: 'reports.pending:901', value, updatedAt: at('2026-12-08T09:00:00') },
      { key: 'reports.pending:902', value, updatedAt: at('2026-12-10T09:00:00') },
    ]);
    expect((await purgePersonalData(depsAt(h, now), { now, before: at('2026-11-24T00:00:00') })).drafts).toBe(1);
    const keys = (await h.database.db.select().from(botState)).map((r) => r.key);
    expect(keys).toContain('reports.pending:902');
    expect(keys).not.toContain('reports.pending:901');
  });

  it('clears group chatter not meant for the bot after 30 days, whatever the date given', async () => {
    const db = h.database.db;
    const [chat] = await db.select().from(inboundMessages).where(eq(inboundMessages.route, 'ignore'));
    expect(chat!.text).toContain('牛跑丢了');
    const day = 86_400_000;
    const early = new Date(chat!.sentAt.getTime() + 29 * day);
    expect((await purgePersonalData(depsAt(h, early), { now: early, before: at('2026-11-24T00:00:00') })).chatter).toBe(0);
    const late = new Date(chat!.sentAt.getTime() + 31 * day);
    expect((await purgePersonalData(depsAt(h, late), { now: late, before: at('2026-11-24T00:00:00') })).chatter).toBe(1);
    const [after] = await db.select().from(inboundMessages).where(eq(inboundMessages.id, chat!.id));
    expect(after!.text).toBe(GONE);
    expect((await db.select().from(inboundMessages).where(eq(inboundMessages.route, '#回访')))[0]!.text).toContain('#回访');
  });

  it('refuses a date after today and one it cannot read', () => {
    const now = at('2026-12-10T10:00:00');
    expect(parseBeforeDate('2026-12-11', now, 'Asia/Shanghai')).toMatchObject({ ok: false });
    expect(parseBeforeDate('下个月', now, 'Asia/Shanghai')).toMatchObject({ ok: false });
    expect(parseBeforeDate('2026-02-30', now, 'Asia/Shanghai')).toMatchObject({ ok: false });
    expect(parseBeforeDate('２０２６年11月24日', now, 'Asia/Shanghai')).toEqual({ ok: true, value: at('2026-11-24T00:00:00') });
  });
});

describe('the retention purge (RETENTION_YEARS, default 3)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await weekDatabase();
  }, 120_000);
  afterAll(async () => closeDb(h));

  it('runs as the daily privacy.purge job', async () => {
    const claims = await h.database.db.select().from(fireClaims).where(eq(fireClaims.jobKey, 'privacy.purge'));
    expect(claims.length).toBeGreaterThanOrEqual(10);
    expect(claims.every((c) => c.status === 'done')).toBe(true);
  });

  it('keeps a case that was closed within the retention period', async () => {
    const now = at('2029-11-24T10:00:00');
    // RETENTION_YEARS=3: the cutoff is 2026-11-24, after SS-2026-0003 closed, before SS-2026-0001 did.
    expect((await purgePersonalData(depsAt(h, now), { now })).disputes).toBe(1);
    const d = await byCode(h);
    expect(d['SS-2026-0003']!.summary).toBe(GONE);
    expect(d['SS-2026-0001']!.parties).toEqual(['张某某', '李某某']);
  });

  it('three years on, strips closed cases, notes, reports, messages and sent texts and files, figures unchanged', async () => {
    const now = at('2029-12-05T03:30:00');
    const stats = await statsJson(h.database.db, { now });
    const deps = depsAt(h, now);
    const [job] = await privacyJobs(deps)();
    expect(job!.next(at('2029-12-04T12:00:00'))).toEqual(now);
    await job!.run(now);
    const d = await byCode(h);
    expect(d['SS-2026-0001']).toMatchObject({ parties: [], summary: GONE });
    expect(d['SS-2026-0003']).toMatchObject({ parties: [], summary: GONE });
    expect(d['SS-2026-0002']!.summary).toContain('借款三万元');
    const db = h.database.db;
    const notes = await db.select().from(disputeEvents).where(isNotNull(disputeEvents.note));
    expect(notes.every((e) => e.disputeId === d['SS-2026-0002']!.id)).toBe(true);
    expect((await db.select().from(followups)).map((f) => f.note)).toEqual([null]);
    expect((await db.select().from(reports)).every((r) => r.rawText === GONE)).toBe(true);
    expect(await db.select().from(inboundMessages).where(ne(inboundMessages.text, GONE))).toEqual([]);
    const sent = await db.select().from(outbox);
    expect(sent.every((o) => (o.text === null || o.text === GONE) && o.fileBase64 === null)).toBe(true);
    expect(sent.some((o) => o.kind === 'file')).toBe(true);
    expect(await statsJson(db, { now })).toEqual(stats);
  });

  it('does nothing the second time', async () => {
    const now = at('2029-12-06T03:30:00');
    expect(await purgePersonalData(depsAt(h, now), { now })).toMatchObject({ disputes: 0, messages: 0, chatter: 0, outbox: 0, drafts: 0 });
  });
});
