import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { devCases as cases, devSetText as input, repoRoot } from './dev-set-support.js';

// `gridbot parse-report --jsonl` through the real CLI entry (bin/gridbot.js), on the shared
// development set beside the repository when it is there.
const bin = fileURLToPath(new URL('bin/gridbot.js', repoRoot));

interface OutDispute {
  category: string;
  parties: string[];
  summary: string;
  status: string;
  risks: string[];
  method: string | null;
}
interface OutLine {
  id: string | number | null;
  ok: boolean;
  report: { grid: string | null; households: number | null; nil: boolean; disputes: OutDispute[] };
  errors: { dispute: number | null; field: string; message: string }[];
}

/** Feeds `stdin` to the CLI and collects its standard output. */
function parseReportCli(stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'parse-report', '--jsonl'], { cwd: fileURLToPath(repoRoot), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => {
      stdout += b.toString('utf8');
    });
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe.runIf(cases.length > 0)('gridbot parse-report --jsonl on the development set', () => {
  let out: OutLine[] = [];

  it('answers every line, in order, and exits 0', async () => {
    const result = await parseReportCli(input);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(cases.length);
    out = lines.map((l) => JSON.parse(l) as OutLine);
    expect(out.map((o) => o.id)).toEqual(cases.map((c) => c.id));
    for (const o of out) {
      expect(Object.keys(o)).toEqual(['id', 'ok', 'report', 'errors']);
      expect(o.ok).toBe(o.errors.length === 0);
      for (const e of o.errors) expect(e.message).toMatch(/\p{Script=Han}/u);
    }
  }, 120_000);

  it.each(cases.map((c) => [c.id, c] as const))('%s is read as expected', (id, c) => {
    const o = out.find((x) => x.id === id);
    expect(o, 'the CLI run above must have answered this case').toBeDefined();
    const e = c.expected;
    expect(o!.ok).toBe(e.ok);
    if (!e.ok) {
      const fields = o!.errors.map((x) => x.field);
      for (const field of e.fields) expect(fields).toContain(field);
      return;
    }
    expect({ grid: o!.report.grid, households: o!.report.households, nil: o!.report.nil }).toEqual({ grid: e.grid, households: e.households, nil: e.nil });
    expect(o!.report.disputes.map((d) => ({ category: d.category, status: d.status, risks: d.risks }))).toEqual(e.disputes);
  });
});
