import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalReports, fileParts, scoreCase, type EvalCase } from '../../src/reports/eval.js';

const cases: EvalCase[] = [
  { id: 'a', text: '花桥村四组这周走访83户 一切正常', expected: { ok: true, grid: '花桥村四组', households: 83, nil: true, disputes: [] } },
  { id: 'b', text: '花桥村四组这周走访了好几十户 一切正常', expected: { ok: false, fields: ['households'] } },
  {
    id: 'c',
    text: '花桥村四组走访83户 邻居为滴水吵架 已化解',
    expected: { ok: true, grid: '花桥村四组', households: 83, nil: false, disputes: [{ category: 'neighbor', status: 'in_progress', risks: [] }] },
  },
];

describe('the report evaluation', () => {
  it('scores grid, households, nil and each dispute, and a reject by the fields it names', () => {
    expect(cases.map((c) => scoreCase(c))).toEqual([true, true, false]);
  });

  it('prints each set with its misses and fails below the goal', () => {
    const lines: string[] = [];
    expect(evalReports([{ name: '小集', cases, goal: 0.9 }], (l) => lines.push(l))).toBe(false);
    expect(lines).toEqual(['小集：2/3 = 66.7%（目标 90%，未达到）', '  未对：c']);
    expect(evalReports([{ name: '小集', cases: cases.slice(0, 2), goal: 0.9 }], () => {})).toBe(true);
    expect(evalReports([], () => {})).toBe(false);
    // A part shown for information only never fails the run.
    expect(evalReports([{ name: '留出', cases, goal: null }], () => {})).toBe(true);
  });

  it('scores a batch of our own whole and by kind (--file)', () => {
    const non: EvalCase = { id: 'd', text: '花桥村四组的低保怎么申请', expected: { ok: false, fields: ['header'] } };
    const file = join(mkdtempSync(join(tmpdir(), 'eval-')), 'batch.jsonl');
    writeFileSync(file, `${[...cases, non].map((c) => JSON.stringify(c)).join('\n')}\n`);
    const lines: string[] = [];
    expect(evalReports(fileParts(file), (l) => lines.push(l))).toBe(false);
    expect(lines).toEqual([
      'batch.jsonl：3/4 = 75.0%（目标 90%，未达到）',
      '  未对：c',
      '  其中 周报：1/2 = 50.0%',
      '  未对：c',
      '  其中 缺项：1/1 = 100.0%',
      '  其中 不是周报：1/1 = 100.0%',
    ]);
  });
});
