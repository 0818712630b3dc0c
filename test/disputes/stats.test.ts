import { describe, expect, it } from 'vitest';
import { recordReport } from '../../src/reports/repo.js';
import { computeStats, statsJson, type StatsInput } from '../../src/summary/index.js';
import { recordDisputes, type Category } from '../../src/ledger/index.js';
import { DEFAULT_SETTINGS } from '../../src/reports/cycle/cycle.js';
import { saveSettings } from '../../src/reports/cycle/settings.js';
import { draft, type Harness, NOW, privately, say, type Town, withTown } from './support.js';

let h: Harness;
let t: Town;
withTown((s) => ({ h, t } = s));

const input = (over: Partial<StatsInput>): StatsInput => ({
  label: '全部',
  from: null,
  to: null,
  village: null,
  disputes: [],
  followups: [],
  reports: [],
  weeks: [],
  ...over,
});

describe('computeStats', () => {
  it('computes the resolution rate as the township does: resolved ÷ found, two decimals', () => {
    const rows = Array.from({ length: 324 }, (_, i) => ({
      category: 'family' as const,
      status: i < 299 ? ('resolved' as const) : ('in_progress' as const),
      village: '上司村',
      assigned: false,
    }));
    const s = computeStats(input({ disputes: rows }));
    expect(s).toMatchObject({ found: 324, resolved: 299, inProgress: 25, pending: 0, escalated: 0, resolutionRate: 92.28 });
  });

  it('gives no rate rather than dividing by zero', () => {
    const s = computeStats(input({}));
    expect(s.resolutionRate).toBeNull();
    expect(s.reports.rate).toBeNull();
    expect(s.followups.satisfactionRate).toBeNull();
  });

  it('counts satisfaction as (满意 + 基本满意) ÷ follow-ups and submissions as distinct grid-weeks', () => {
    const s = computeStats(
      input({
        followups: ['满意', '基本满意', '不满意'],
        reports: [
          { isoWeek: '2026-W49', gridId: 1, households: 70 },
          { isoWeek: '2026-W49', gridId: 2, households: 30 },
        ],
        weeks: [
          { week: '2026-W49', expected: [1, 2] },
          { week: '2026-W50', expected: [1, 2] },
        ],
      }),
    );
    expect(s.followups).toEqual({ total: 3, satisfied: 1, basicallySatisfied: 1, dissatisfied: 1, satisfactionRate: 66.67 });
    expect(s.reports).toEqual({ expected: 4, received: 2, rate: 50 });
    expect(s.households).toBe(100);
  });
});

/** 324 cases in the seed's proportions: 299 resolved, 25 in progress, spread over the grids. */
async function load324(): Promise<void> {
  const counts: [Category, number][] = [
    ['family', 145],
    ['neighbor', 26],
    ['land', 37],
    ['economic', 54],
    ['other', 62],
  ];
  const drafts = counts
    .flatMap(([category, n]) => Array.from({ length: n }, () => category))
    .map((category, i) => draft({ category, summary: `纠纷${i + 1}`, status: i % 13 === 0 && i < 13 * 25 ? 'in_progress' : 'resolved' }));
  expect(drafts.filter((d) => d.status === 'in_progress')).toHaveLength(25);
  const grids = [t.grids.g3, t.grids.g4, t.grids.x1];
  const reporters = [t.worker, t.neighbourWorker, t.otherVillageWorker];
  for (const [g, grid] of grids.entries()) {
    const mine = drafts.filter((_, i) => i % 3 === g);
    await recordDisputes(h.deps, { reporter: reporters[g]!, gridId: grid.id, reportId: null, drafts: mine, at: new Date(NOW.getTime() - g * 86_400_000 * 30) });
  }
}

describe('the 324-case township figures', () => {
  it('#统计 全部 and statsJson both report 92.28%', async () => {
    await load324();
    const chat = privately(await say(h, t.admin, '#统计 全部'));
    for (const part of ['排查发现 324 件', '已化解 299', '化解中 25', '化解率 92.28%', '家庭婚恋 145', '邻里 26', '山林土地水事 37', '经济 54', '其他 62']) {
      expect(chat).toContain(part);
    }
    const json = await statsJson(h.db, { now: NOW });
    expect(json).toMatchObject({ found: 324, resolved: 299, inProgress: 25, resolutionRate: 92.28 });
    expect(Object.fromEntries(json.byCategory.map((c) => [c.category, c.found]))).toEqual({ family: 145, neighbor: 26, land: 37, economic: 54, other: 62 });
    expect(json.byVillage.reduce((s, v) => s + v.found, 0)).toBe(324);
    expect(JSON.parse(JSON.stringify(json)).resolutionRate).toBe(92.28);
  });
});

describe('#统计 and statsJson scopes', () => {
  it('limits by period and village', async () => {
    await recordDisputes(h.deps, { reporter: t.worker, gridId: t.grids.g3.id, reportId: null, drafts: [draft({ status: 'resolved' })], at: new Date('2026-03-01T10:00:00+08:00') });
    await recordDisputes(h.deps, { reporter: t.worker, gridId: t.grids.g3.id, reportId: null, drafts: [draft()], at: NOW });
    await recordDisputes(h.deps, { reporter: t.otherVillageWorker, gridId: t.grids.x1.id, reportId: null, drafts: [draft()], at: NOW });
    expect((await statsJson(h.db, { from: '2026-01-01', to: '2026-06-30', now: NOW })).found).toBe(1);
    expect((await statsJson(h.db, { village: '上司村', now: NOW })).found).toBe(2);
    expect((await statsJson(h.db, { village: '新场', now: NOW })).found).toBe(1);
    expect(privately(await say(h, t.admin, '#统计 1月1日至6月30日 上司村'))).toContain('排查发现 1 件');
    expect(privately(await say(h, t.admin, '#统计 本月'))).toContain('排查发现 2 件');
    await expect(statsJson(h.db, { village: '不存在村', now: NOW })).rejects.toThrow(/没有找到村/);
  });

  it('shows a chief their own village only and refuses workers and residents', async () => {
    await recordDisputes(h.deps, { reporter: t.worker, gridId: t.grids.g3.id, reportId: null, drafts: [draft()], at: NOW });
    await recordDisputes(h.deps, { reporter: t.otherVillageWorker, gridId: t.grids.x1.id, reportId: null, drafts: [draft(), draft()], at: NOW });
    const own = privately(await say(h, t.chief, '#统计 本年'));
    expect(own).toContain('上司村');
    expect(own).toContain('排查发现 1 件');
    expect(privately(await say(h, t.chief, '#统计 本年 新场村'))).toContain('只能查看本村');
    expect(privately(await say(h, t.worker, '#统计'))).toContain('只有管理员和网格长');
    expect(privately(await say(h, t.resident, '#统计'))).toContain('只有管理员和网格长');
  });

  it('counts households and submissions from the latest revision of each grid and week', async () => {
    const base = { reporter: t.worker, gridId: t.grids.g3.id, isoWeek: '2026-W49', inboundMessageId: null, nil: true, rawText: '…', drafts: [], at: NOW };
    await recordReport(h.deps, { ...base, households: 60 });
    await recordReport(h.deps, { ...base, households: 72 });
    await recordReport(h.deps, { ...base, reporter: t.neighbourWorker, gridId: t.grids.g4.id, households: 40 });
    // After the week's deadline (Sunday 20:00) it counts toward the submission rate.
    const monday = new Date('2026-12-07T09:00:00+08:00');
    const s = await statsJson(h.db, { period: '本月', now: monday });
    expect(s.households).toBe(112);
    expect(s.reports).toEqual({ expected: 3, received: 2, rate: 66.67 });
    const village = await statsJson(h.db, { period: '本月', village: '上司村', now: monday });
    expect(village.reports).toEqual({ expected: 2, received: 2, rate: 100 });
    // Before it, the week's households show but nobody is missing yet; a paused (holiday) week never counts.
    expect(await statsJson(h.db, { period: '本月', now: NOW })).toMatchObject({ households: 112, reports: { expected: 0, received: 0, rate: null } });
    await saveSettings(h.db, { ...DEFAULT_SETTINGS, paused: ['2026-W49'] }, NOW);
    expect((await statsJson(h.db, { period: '本月', now: monday })).reports).toEqual({ expected: 0, received: 0, rate: null });
  });

  it('counts assignments and follow-ups', async () => {
    const [a, b] = await recordDisputes(h.deps, { reporter: t.worker, gridId: t.grids.g3.id, reportId: null, drafts: [draft(), draft()], at: NOW });
    await say(h, t.worker, `#交办 ${a!.code} 司法所 3天`);
    await say(h, t.worker, `#交办 ${b!.code} 司法所 3天`);
    await say(h, t.worker, `#进展 ${a!.code} 已化解`);
    await say(h, t.worker, `#回访 ${a!.code} 不满意`);
    const s = await statsJson(h.db, { period: '本年', now: NOW });
    expect(s.assignments).toEqual({ total: 2, resolved: 1, rate: 50 });
    expect(s.followups).toMatchObject({ total: 1, dissatisfied: 1, satisfactionRate: 0 });
  });
});
