import { beforeEach, describe, expect, it } from 'vitest';
import { addDays, startOfIsoWeek } from '../../src/kernel/time.js';
import { recordReport } from '../../src/reports/repo.js';
import { computeStats, loadStatsInput, type Scope } from '../../src/summary/index.js';
import { recordDisputes } from '../../src/ledger/index.js';
import { draft, type Harness, NOW, type Town, withTown } from './support.js';
import { createCalendar } from '../../src/kernel/calendar.js';
import { realClock } from '../../src/kernel/clock.js';

let h: Harness;
let t: Town;
withTown((s) => ({ h, t } = s));

const TZ = 'Asia/Shanghai';
const CAL = createCalendar(realClock(), TZ);
const MONDAY_AFTER = new Date('2026-12-07T08:00:00+08:00'); // W50, before the 08:30 digest of W49

function weekScope(week: string): Scope {
  const from = startOfIsoWeek(week, TZ);
  return { label: week, from, to: addDays(from, 7, TZ), village: null, week };
}

const found = async (scope: Scope) => computeStats(await loadStatsInput(h.db, scope, MONDAY_AFTER, CAL)).found;

describe("the weekly digest counts a report's cases for the week it reports on", () => {
  beforeEach(async () => {
    // A #纠纷 registered midweek, and the grid's report for that week sent late on Monday with one case.
    await recordDisputes(h.deps, { reporter: t.worker, gridId: t.grids.g3.id, reportId: null, drafts: [draft()], at: NOW });
    await recordReport(h.deps, {
      reporter: t.neighbourWorker,
      gridId: t.grids.g4.id,
      isoWeek: '2026-W49',
      inboundMessageId: null,
      households: 40,
      nil: false,
      rawText: '…',
      drafts: [draft({ category: 'land', summary: '地界' })],
      at: MONDAY_AFTER,
    });
  });

  it("counts the late report's case in its own week, next to the midweek one", async () => {
    expect(await found(weekScope('2026-W49'))).toBe(2);
  });

  it('does not count it again in the week it arrived in', async () => {
    expect(await found(weekScope('2026-W50'))).toBe(0);
  });

  it('leaves other scopes by registration time, as the ledger dates cases', async () => {
    const w49 = weekScope('2026-W49');
    expect(await found({ ...w49, week: undefined })).toBe(1);
    expect(await found({ label: '全部', from: null, to: null, village: null })).toBe(2);
  });
});
