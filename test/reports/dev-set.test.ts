import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/grammar/parse.js';
import { devCases as cases } from './dev-set-support.js';

describe.runIf(cases.length > 0)('report development set', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = parseReport(c.text);
    const e = c.expected;
    expect(r.ok).toBe(e.ok);
    if (!e.ok) {
      const got = r.errors.map((x) => x.field);
      for (const field of e.fields) expect(got).toContain(field);
      return;
    }
    expect(r.errors).toEqual([]);
    expect({ grid: r.report.grid, households: r.report.households, nil: r.report.nil }).toEqual({
      grid: e.grid,
      households: e.households,
      nil: e.nil,
    });
    expect(r.report.disputes.map((d) => ({ category: d.category, status: d.status, risks: d.risks }))).toEqual(e.disputes);
  });
});
