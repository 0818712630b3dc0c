import { cpus, loadavg, totalmem } from 'node:os';

/** One measured figure beside its goal and the baseline measured in the same run. */
export interface BenchRow {
  part: string;
  figure: string;
  /** null when the figure was not measured this run (`note` says why). */
  value: number | null;
  unit: string;
  goal?: string;
  /** Whether the goal holds (undefined when there is no goal). */
  met?: boolean;
  baseline?: { label: string; value: number };
  /** Sample size, database, or why the row was skipped. */
  note?: string;
}

/** A row for a figure that could not be measured here, e.g. PostgreSQL without DATABASE_URL. */
export const skippedRow = (part: string, figure: string, unit: string, why: string, goal?: string): BenchRow => ({
  part,
  figure,
  value: null,
  unit,
  goal,
  note: `skipped: ${why}`,
});

/** 12345 → "12345", 12.345 → "12.35", 0.01234 → "0.012". */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 1 || n === 0) return n.toFixed(2);
  return n.toPrecision(2);
}

export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown cpu';
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return `机器 machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}/${process.arch}, load ${load}`;
}

// CJK and full-width characters take two columns in a terminal.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const displayWidth = (s: string): number => [...s].reduce((w, ch) => w + (WIDE.test(ch) ? 2 : 1), 0);
const pad = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

function cells(r: BenchRow): string[] {
  const value = r.value === null ? '—' : `${formatNumber(r.value)} ${r.unit}`;
  const base = r.baseline && r.value !== null ? `${r.baseline.label} ${formatNumber(r.baseline.value)} (×${formatNumber(r.value / r.baseline.value)})` : '—';
  const verdict = r.value === null ? '' : r.met ? ' ✓' : ' ✗';
  const goal = r.goal ? `${r.goal}${verdict}` : '—';
  return [r.part, r.figure, value, goal, base, r.note ?? ''];
}

/** A plain-text table, one line per figure: value, goal, baseline and the ratio to it. */
export function renderTable(rows: BenchRow[]): string {
  const lines = rows.map(cells);
  const head = ['part', 'figure', 'value', 'goal', 'baseline (same run)', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => displayWidth(l[i]!))));
  const row = (cs: string[]) =>
    cs
      .map((c, i) => pad(c, widths[i]!))
      .join(' | ')
      .trimEnd();
  return [row(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...lines.map(row)].join('\n');
}
