import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/reports/parse.js';

// The shared data folder sits beside the repository (/work/shared next to /work/main, and the
// same layout in CI), so resolve it from the repository root, not from the working directory.
const repoRoot = new URL('../../', import.meta.url);
const devSet = fileURLToPath(new URL('../shared/data/report-dev.jsonl', repoRoot));

interface ExpectedDispute { category: string; status: string; risks: string[] }
type Expected =
  | { ok: true; grid: string; households: number; nil: boolean; disputes: ExpectedDispute[] }
  | { ok: false; fields: string[] };
interface DevCase { id: string; text: string; expected: Expected }

const cases: DevCase[] = existsSync(devSet)
  ? readFileSync(devSet, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as DevCase)
  : [];

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
      grid: e.grid, households: e.households, nil: e.nil,
    });
    expect(r.report.disputes.map((d) => ({ category: d.category, status: d.status, risks: d.risks }))).toEqual(e.disputes);
  });
});
