import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/grammar/parse.js';
import { spokenCases } from './spoken-cases.js';

// Each row: a report as a worker says it (one line, no keys, voice), and what a careful reader takes.
describe('weekly reports said in plain words', () => {
  it.each(spokenCases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = parseReport(c.text);
    const e = c.expected;
    if ('fields' in e) {
      expect(r.ok).toBe(false);
      for (const f of e.fields) expect(r.errors.map((x) => x.field)).toContain(f);
      // A non-report is only that; a near-report never says "not a report".
      if (!e.fields.includes('header')) expect(r.errors.map((x) => x.field)).not.toContain('header');
      for (const x of r.errors) expect(x.message).toMatch(/\p{Script=Han}/u);
      return;
    }
    expect(r.errors).toEqual([]);
    expect({ grid: r.report.grid, households: r.report.households, nil: r.report.nil }).toEqual({ grid: e.grid, households: e.households, nil: e.nil });
    expect(r.report.disputes.map((d) => [d.category, d.status, d.risks])).toEqual(e.disputes);
  });
});

describe('the rules behind those rows', () => {
  it('marks what it read from plain words, so the receipt says what was understood', () => {
    expect(parseReport('青杠村五组本周走访68户 风平浪静').form).toBe('spoken');
    expect(parseReport('【周报】网格:青杠村五组 排查户数:68 本周无矛盾纠纷').form).toBeUndefined();
  });

  it('quotes what the worker wrote when the households or the grid cannot be taken', () => {
    expect(parseReport('石门村三组本周走访七十几户，没有矛盾纠纷').errors[0]?.message).toContain('“七十几户”');
    expect(parseReport('三组这周走访了60户没有纠纷').errors[0]?.message).toContain('“三组”');
  });

  it('reads the grid against the roster names it is given, before the village pattern', () => {
    const r = parseReport('我们新街社区第一网格这周走访45户一切正常', { knownGrids: ['新街社区第一网格'] });
    expect(r.report.grid).toBe('新街社区第一网格');
  });

  it('takes parties from X某 names and from a name with its details in brackets, in the order named', () => {
    const r = parseReport('青杠村五组走访68户 蒋德明（男，52岁）与邻居李某某为滴水吵架 已化解');
    expect(r.report.disputes[0]?.parties).toEqual(['蒋德明', '李某某']);
  });

  it('asks back when 无纠纷 is said before a numbered list of disputes', () => {
    expect(parseReport('青杠村五组走访68户无纠纷 1.邻居为排水沟吵架已化解').errors.map((e) => e.field)).toEqual(['count']);
  });

  it('never throws on odd input', () => {
    for (const t of ['', '村组', '第一起第二起第三起', '1.2.3.', '①②③', '村'.repeat(5000), '户'.repeat(3000)]) {
      expect(() => parseReport(t)).not.toThrow();
    }
  });
});
