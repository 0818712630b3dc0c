import { describe, expect, it } from 'vitest';
import { formatNumber, machineLine, renderTable, skippedRow, type BenchRow } from '../../src/tools/bench/table.js';

const rows: BenchRow[] = [
  { part: 'reports', figure: 'parseReport, one core', value: 9623.4, unit: 'reports/s', goal: '≥ 5000/s', met: true, baseline: { label: 'regex split', value: 381427 } },
  { part: 'lawqa', figure: 'answer p99', value: 31.5, unit: 'ms', goal: '< 20 ms', met: false, baseline: { label: 'naive scan p99', value: 63 } },
  skippedRow('foundation', 'pipeline (PostgreSQL)', 'msg/s', 'DATABASE_URL not set', '≥ ½ raw insert'),
  { part: 'load', figure: '网格群 中文', value: 0.01234, unit: 'MB' },
];

describe('renderTable', () => {
  const lines = renderTable(rows).split('\n');

  it('prints a header, a rule and one line per figure', () => {
    expect(lines).toHaveLength(2 + rows.length);
    expect(lines[0]).toMatch(/^part\s+\| figure\s+\| value\s+\| goal\s+\| baseline \(same run\)\s+\| note$/);
  });

  it('puts each value beside its goal, a verdict, and the baseline with the ratio to it', () => {
    expect(lines[2]).toContain('9623 reports/s');
    expect(lines[2]).toContain('≥ 5000/s ✓');
    expect(lines[2]).toContain('regex split 381427 (×0.025)');
    expect(lines[3]).toContain('< 20 ms ✗');
    expect(lines[3]).toContain('naive scan p99 63.00 (×0.50)');
  });

  it('shows a skipped figure without a value or verdict, saying why', () => {
    expect(lines[4]).toMatch(/pipeline \(PostgreSQL\)\s+\| —\s+\| ≥ ½ raw insert\s+\| —\s+\| skipped: DATABASE_URL not set/);
  });

  it('aligns columns counting Chinese characters as two columns wide', () => {
    const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u4e00-\u9fff]/u.test(ch) ? 2 : 1), 0);
    const bar = (line: string, n: number) => width(line.split('|').slice(0, n).join('|'));
    expect(bar(lines[5]!, 2)).toBe(bar(lines[2]!, 2));
  });
});

describe('formatNumber', () => {
  it('keeps big numbers whole, two decimals for middling ones, two significant digits for small ones', () => {
    expect([formatNumber(12345.6), formatNumber(12.345), formatNumber(0.01234), formatNumber(0)]).toEqual(['12346', '12.35', '0.012', '0.00']);
  });
});

describe('machineLine', () => {
  it('names the cores, memory, Node version and the load at the time of the run', () => {
    expect(machineLine()).toMatch(/^机器 machine: \d+ × .+, \d+ GiB, Node v\d+\.\d+\.\d+, \w+\/\w+, load [\d.]+ [\d.]+ [\d.]+$/);
  });
});
