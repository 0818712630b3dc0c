import { cpus, totalmem } from 'node:os';

/** One measured figure beside its goal and the baseline measured in the same run. */
export interface BenchRow {
  part: string;
  figure: string;
  value: number;
  unit: string;
  goal?: string;
  /** Whether the goal holds (undefined when there is no goal). */
  met?: boolean;
  baseline?: { label: string; value: number };
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2));

export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown cpu';
  return `机器 machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`;
}

/** A plain-text table, one line per figure: value, goal, baseline and the ratio to it. */
export function renderTable(rows: BenchRow[]): string {
  const lines = rows.map((r) => {
    const base = r.baseline ? `${r.baseline.label} ${fmt(r.baseline.value)} (×${fmt(r.value / r.baseline.value)})` : '—';
    const goal = r.goal ? `${r.goal} ${r.met ? '✓' : '✗'}` : '—';
    return [r.part, r.figure, `${fmt(r.value)} ${r.unit}`, goal, base];
  });
  const head = ['part', 'figure', 'value', 'goal', 'baseline (same run)'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  return [row(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...lines.map(row)].join('\n');
}
