import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { PRIORITY } from '../../src/db/schema.js';
import { announceRisks, registerCases } from '../../src/ledger/index.js';
import { draft, type Harness, NOW, outboxRows, recordNew, type Town, withTown } from './support.js';

let h: Harness;
let t: Town;
withTown((s) => ({ h, t } = s));

const alerts = async () => (await outboxRows(h.db)).filter((r) => r.purpose === 'risk-alert');

describe('risk alerts', () => {
  it('announces a flagged case to the admin group at once, ahead of routine posts, with the details', async () => {
    await registerCases(h.deps, {
      reporter: t.worker,
      gridId: t.grids.g3.id,
      reportId: null,
      at: NOW,
      drafts: [draft({ category: 'land', parties: ['王某', '赵某'], summary: '承包地界址不清', status: 'in_progress', risks: ['petition'] })],
    });
    const [a, ...more] = await alerts();
    expect(more).toEqual([]);
    expect(a).toMatchObject({ targetKind: 'room', targetId: t.adminRoom.id, priority: PRIORITY.alert });
    expect(a!.notBefore).toEqual(NOW);
    for (const part of ['扬言上访', 'SS-2026-0001', '上司村三组', '山林土地水事', '承包地界址不清', '张网格员']) expect(a!.text).toContain(part);
    expect(a!.text).not.toContain('王某');
  });

  it.each([
    ['homicide', '命案风险'],
    ['mass_incident', '群体性事件'],
    ['other', '其他风险'],
  ] as const)('announces %s', async (risk, label) => {
    await registerCases(h.deps, { reporter: t.worker, gridId: t.grids.g3.id, reportId: null, drafts: [draft({ risks: [risk] })], at: NOW });
    expect((await alerts())[0]!.text).toContain(label);
  });

  it('stays silent for a case without risks', async () => {
    await registerCases(h.deps, { reporter: t.worker, gridId: t.grids.g3.id, reportId: null, drafts: [draft()], at: NOW });
    expect(await alerts()).toEqual([]);
  });

  it('does not announce the same case twice when a report is corrected, but does announce a new risk', async () => {
    const base = { reporter: t.worker, gridId: t.grids.g3.id, isoWeek: '2026-W49', inboundMessageId: null, households: 70, nil: false, rawText: '…', at: NOW };
    const first = await recordNew(h, { ...base, drafts: [draft({ risks: ['petition'] })] });
    await recordNew(h, { ...base, drafts: [draft({ risks: ['petition'] })] });
    await announceRisks(h.deps, first.disputes);
    expect(await alerts()).toHaveLength(1);
    await recordNew(h, { ...base, drafts: [draft({ risks: ['petition', 'homicide'] })] });
    const all = await alerts();
    expect(all).toHaveLength(2);
    expect(all[1]!.text).toContain('命案风险');
  });

  it('tells every admin privately when no admin group is bound', async () => {
    await h.db.execute(sql`delete from rooms where kind = 'admin'`);
    await registerCases(h.deps, { reporter: t.worker, gridId: t.grids.g3.id, reportId: null, drafts: [draft({ risks: ['mass_incident'] })], at: NOW });
    expect((await alerts()).map((a) => [a.targetKind, a.targetId])).toEqual([['member', t.admin.id]]);
  });
});
