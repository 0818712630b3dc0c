import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { disputeCounters, disputeEvents, disputes, followups, reports } from '../../src/db/schema.js';
import { formatCode } from '../../src/ledger/codes.js';
import { recordReport } from '../../src/reports/repo.js';
import { statsJson } from '../../src/summary/index.js';
import { anonymiseExpired, recordDisputes } from '../../src/ledger/index.js';
import { storeInbound } from '../../src/inbound/store.js';
import { draft, type Harness, NOW, recordNew, type Town, withTown } from './support.js';

let h: Harness;
let t: Town;
withTown((s) => ({ h, t } = s));

describe('codes', () => {
  it('numbers cases per year in order with the configured prefix', async () => {
    const first = await recordDisputes(h.deps, { reporter: t.worker, gridId: t.grids.g3.id, reportId: null, drafts: [draft(), draft()], at: NOW });
    const next = await recordDisputes(h.deps, { reporter: t.worker, gridId: t.grids.g3.id, reportId: null, drafts: [draft()], at: NOW });
    expect([...first, ...next].map((d) => d.code)).toEqual(['SS-2026-0001', 'SS-2026-0002', 'SS-2026-0003']);
  });

  it('starts again at 0001 in a new local year (Shanghai midnight, not UTC)', async () => {
    await recordDisputes(h.deps, { reporter: t.worker, gridId: t.grids.g3.id, reportId: null, drafts: [draft()], at: NOW });
    const newYear = new Date('2027-01-01T00:30:00+08:00'); // still 2026 in UTC
    const [d] = await recordDisputes(h.deps, { reporter: t.worker, gridId: t.grids.g3.id, reportId: null, drafts: [draft()], at: newYear });
    expect(d!.code).toBe('SS-2027-0001');
    expect(d!.year).toBe(2027);
  });

  it('never hands out a number twice when reporters record at the same time', async () => {
    const batches = await Promise.all(
      Array.from({ length: 8 }, () => recordDisputes(h.deps, { reporter: t.worker, gridId: t.grids.g3.id, reportId: null, drafts: [draft(), draft(), draft()], at: NOW })),
    );
    const codes = batches
      .flat()
      .map((d) => d.code)
      .sort();
    expect(new Set(codes).size).toBe(24);
    expect(codes[0]).toBe('SS-2026-0001');
    expect(codes.at(-1)).toBe('SS-2026-0024');
  });

  it('gives a chat message its one case back when the message is handled again (one code, one alert)', async () => {
    const inbound = await storeInbound(
      h.db,
      {
        wechatMessageId: 'wx-daily-1',
        roomWechatId: null,
        roomTopic: null,
        senderWechatId: 'wx-worker',
        senderName: t.worker.name,
        senderAlias: null,
        text: '#纠纷 …',
        mentionSelf: false,
        mentions: [],
        mentionIds: [],
        sentAt: NOW,
      },
      NOW,
    );
    const input = { reporter: t.worker, gridId: t.grids.g3.id, reportId: null, drafts: [draft({ risks: ['homicide' as const] })], messageId: inbound!.id, at: NOW };
    const [first] = await recordDisputes(h.deps, input);
    const [again] = await recordDisputes(h.deps, input);
    expect(again!.code).toBe(first!.code);
    expect(await h.db.select().from(disputes)).toHaveLength(1);
    expect((await h.db.select().from(disputeCounters))[0]!.last).toBe(1);
    await expect(recordDisputes(h.deps, { ...input, drafts: [draft(), draft()] })).rejects.toThrow(/one case/);
  });

  it('links each case to its village, grid and reporter and records a create event', async () => {
    const [d] = await recordDisputes(h.deps, { reporter: t.worker, gridId: t.grids.g3.id, reportId: null, drafts: [draft({ status: 'resolved', method: '人民调解' })], at: NOW });
    expect(d).toMatchObject({ villageId: t.villages.shangsi.id, gridId: t.grids.g3.id, reporterId: t.worker.id, status: 'resolved', method: '人民调解' });
    expect(d!.resolvedAt).toEqual(NOW);
    const events = await h.db.select().from(disputeEvents).where(eq(disputeEvents.disputeId, d!.id));
    expect(events).toMatchObject([{ action: 'create', actorId: t.worker.id, to: 'resolved', at: NOW }]);
  });
});

describe('weekly reports', () => {
  const base = () => ({ reporter: t.worker, gridId: t.grids.g3.id, isoWeek: '2026-W49', inboundMessageId: null, households: 72, nil: false, rawText: '【周报】…', at: NOW });

  it('stores the report with its cases in order', async () => {
    const r = await recordNew(h, { ...base(), drafts: [draft(), draft({ category: 'land', summary: '承包地界址不清' })] });
    expect(r.report).toMatchObject({ revision: 1, superseded: false, households: 72 });
    expect(r.created).toEqual(['SS-2026-0001', 'SS-2026-0002']);
    expect(r.disputes.map((d) => d.reportId)).toEqual([r.report.id, r.report.id]);
    // Read back from one statement's JSON, the rows must be exactly what a select returns.
    expect(r.disputes).toEqual(await h.db.select().from(disputes).orderBy(asc(disputes.id)));
    expect([r.report]).toEqual(await h.db.select().from(reports));
  });

  it('a corrected resend supersedes the earlier revision, keeps codes by position and voids dropped cases', async () => {
    const first = await recordNew(h, { ...base(), drafts: [draft(), draft({ category: 'land' }), draft({ category: 'economic' })] });
    const later = new Date(NOW.getTime() + 3600_000);
    const second = await recordNew(h, { ...base(), households: 75, at: later, drafts: [draft({ status: 'resolved' }), draft({ category: 'family' })] });
    expect(second.report.revision).toBe(2);
    expect(second.supersededId).toBe(first.report.id);
    expect(second.corrected).toEqual(['SS-2026-0001', 'SS-2026-0002']);
    expect(second.voided).toEqual(['SS-2026-0003']);
    expect(second.created).toEqual([]);
    const all = await h.db.select().from(reports).orderBy(asc(reports.revision));
    expect(all.map((r) => [r.revision, r.superseded, r.households])).toEqual([
      [1, true, 72],
      [2, false, 75],
    ]);
    const cases = await h.db.select().from(disputes).orderBy(asc(disputes.id));
    expect(cases.map((d) => [d.code, d.category, d.status, d.voidedAt !== null])).toEqual([
      ['SS-2026-0001', 'neighbor', 'resolved', false],
      ['SS-2026-0002', 'family', 'pending', false],
      ['SS-2026-0003', 'economic', 'pending', true],
    ]);
    expect(cases[0]!.resolvedAt).toEqual(later);
    const events = await h.db.select().from(disputeEvents).where(eq(disputeEvents.disputeId, cases[1]!.id)).orderBy(asc(disputeEvents.id));
    expect(events.map((e) => [e.action, e.note])).toEqual([
      ['create', '周报登记'],
      ['correct', '周报更正：类型'],
    ]);
  });

  it('a correction listing more cases gives the extra ones new codes', async () => {
    await recordNew(h, { ...base(), drafts: [draft()] });
    const second = await recordNew(h, { ...base(), drafts: [draft(), draft({ category: 'land' })] });
    expect(second.corrected).toEqual(['SS-2026-0001']);
    expect(second.created).toEqual(['SS-2026-0002']);
    const third = await recordNew(h, { ...base(), drafts: [draft(), draft({ category: 'land' }), draft({ category: 'other' })] });
    expect(third.corrected).toEqual(['SS-2026-0001', 'SS-2026-0002']);
    expect(third.created).toEqual(['SS-2026-0003']);
  });

  it('numbers codes past 9999 the way formatCode does (one statement writes the first report)', async () => {
    await h.db.insert(disputeCounters).values({ year: 2026, last: 9997 });
    const r = await recordNew(h, { ...base(), drafts: [draft(), draft(), draft()] });
    expect(r.created).toEqual([formatCode('SS', 2026, 9998), formatCode('SS', 2026, 9999), formatCode('SS', 2026, 10000)]);
    expect(r.created).toEqual(['SS-2026-9998', 'SS-2026-9999', 'SS-2026-10000']);
    const [counter] = await h.db.select().from(disputeCounters);
    expect(counter!.last).toBe(10000);
  });

  it('a message handled again (after a crash) stores its report once, even in a later week', async () => {
    const inbound = await storeInbound(
      h.db,
      {
        wechatMessageId: 'wx-report-1',
        roomWechatId: null,
        roomTopic: null,
        senderWechatId: 'wx-worker',
        senderName: t.worker.name,
        senderAlias: null,
        text: '【周报】…',
        mentionSelf: false,
        mentions: [],
        mentionIds: [],
        sentAt: NOW,
      },
      NOW,
    );
    const input = { ...base(), inboundMessageId: inbound!.id, drafts: [draft()] };
    expect(await recordReport(h.deps, input)).not.toBeNull();
    expect(await recordReport(h.deps, input)).toBeNull();
    expect(await recordReport(h.deps, { ...input, isoWeek: '2026-W50' })).toBeNull();
    expect(await h.db.select().from(reports)).toHaveLength(1);
    expect(await h.db.select().from(disputes)).toHaveLength(1);
  });

  it('a nil report stores no cases', async () => {
    const r = await recordNew(h, { ...base(), nil: true, drafts: [] });
    expect(r.disputes).toEqual([]);
    expect(r.report.nil).toBe(true);
  });
});

describe('retention', () => {
  it('anonymises closed cases older than RETENTION_YEARS and keeps the figures', async () => {
    const old = new Date('2022-06-01T10:00:00+08:00');
    const [closed, open] = await recordDisputes(h.deps, {
      reporter: t.worker,
      gridId: t.grids.g3.id,
      reportId: null,
      at: old,
      drafts: [draft({ status: 'resolved' }), draft({ status: 'in_progress' })],
    });
    const [recent] = await recordDisputes(h.deps, { reporter: t.worker, gridId: t.grids.g3.id, reportId: null, drafts: [draft({ status: 'resolved' })], at: NOW });
    await h.db.insert(followups).values({ disputeId: closed!.id, at: old, actorId: t.worker.id, satisfaction: '满意', note: '张某某表示满意' });
    const before = await statsJson(h.db, { now: NOW });
    expect(await anonymiseExpired(h.deps, NOW)).toBe(1);
    const rows = await h.db.select().from(disputes).orderBy(asc(disputes.id));
    expect(rows.map((d) => [d.code, d.summary, d.parties.length, d.anonymisedAt !== null])).toEqual([
      [closed!.code, '（已匿名）', 0, true],
      [open!.code, '排水沟堵塞引发争吵', 2, false],
      [recent!.code, '排水沟堵塞引发争吵', 2, false],
    ]);
    expect((await h.db.select().from(followups))[0]!.note).toBeNull();
    const after = await statsJson(h.db, { now: NOW });
    expect(after).toEqual(before);
    expect(await anonymiseExpired(h.deps, NOW)).toBe(0);
  });
});
