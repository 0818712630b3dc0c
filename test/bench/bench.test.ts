import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARTS, runBench, unknownParts } from '../../src/tools/bench/run.js';
import { renderTable, type BenchRow } from '../../src/tools/bench/table.js';
import { SHARED_LAWS_DIR } from '../../src/lawqa/index.js';

// The smoke run of `npm run bench --quick`, in this process: every row is there and every number
// is a number. Timings are never asserted (the machine is shared); what the parts report about
// correctness (all handled, all disputes stored) is.
const databaseUrl = process.env.DATABASE_URL;
const lawsDir = existsSync(SHARED_LAWS_DIR) ? SHARED_LAWS_DIR : null;
const run = (part: string) => runBench({ quick: true, only: [part], databaseUrl, lawsDir });

function expectWellFormed(rows: BenchRow[], figures: RegExp[]): void {
  expect(rows).toHaveLength(figures.length);
  rows.forEach((row, i) => {
    expect(row.figure).toMatch(figures[i]!);
    if (row.value === null) {
      expect(row.note).toMatch(/^skipped: /);
      return;
    }
    expect(Number.isFinite(row.value)).toBe(true);
    if (row.baseline) expect(Number.isFinite(row.baseline.value)).toBe(true);
    if (row.goal) expect(typeof row.met).toBe('boolean');
  });
  const table = renderTable(rows);
  for (const row of rows) expect(table).toContain(row.figure);
}

/** PostgreSQL rows are measured when a server is given, and said to be skipped otherwise. */
function expectPostgres(rows: BenchRow[]): void {
  const pg = rows.filter((r) => r.figure.includes('PostgreSQL'));
  expect(pg.length).toBeGreaterThan(0);
  for (const row of pg) {
    if (databaseUrl) expect(row.value).not.toBeNull();
    else expect(row.note).toBe('skipped: DATABASE_URL not set');
  }
}

describe('gridbot bench --quick', () => {
  it('knows its parts and rejects others', () => {
    expect(Object.keys(PARTS)).toEqual(['foundation', 'reports', 'lawqa', 'broadcast', 'load']);
    expect(unknownParts(['reports', 'speed'])).toEqual(['speed']);
  });

  it('foundation: the pipeline beside raw inserts, start-up time and idle memory', async () => {
    const rows = await run('foundation');
    expectWellFormed(rows, [
      /pipeline, no-op handler \(PGlite\)/,
      /pipeline, no-op handler \(PostgreSQL\)/,
      /cold start.*start to 'gridbot ready'/,
      /cold start.*idle RSS/,
      /restart.*start to 'gridbot ready'/,
      /restart.*idle RSS/,
      /idle RSS of PGlite \+ jieba \+ Wechaty \+ mock puppet alone/,
      /WeCom only \(no Wechaty\).*start to 'gridbot ready'/,
      /WeCom only \(no Wechaty\).*idle RSS/,
      /idle RSS of PGlite \+ jieba \+ the WeCom SDK alone/,
      /WeCom only: idle RSS above its floor/,
      /PostgreSQL: start to 'gridbot ready'/,
      /PostgreSQL: idle RSS/,
    ]);
    // The floor programs really ran: each opened the database its bot left and reported its memory.
    expect(rows[6]!.value).toBeGreaterThan(rows[6]!.baseline!.value);
    expect(rows[9]!.value).toBeGreaterThan(rows[9]!.baseline!.value);
    expect(rows[10]!.value).toBeCloseTo(rows[8]!.value! - rows[9]!.value!, 6);
    expectPostgres(rows);
    expect(rows[0]!.baseline?.label).toBe('raw insert, prepared');
    expect(rows[0]!.note).toMatch(/^200 msgs: handled 200; raw insert built per call \d+ \(pipeline ×\d\.\d\d\); floor \(prepared insert \+ mark handled\) \d+ \(×\d\.\d\d\)$/);
  }, 600_000);

  it('reports: parse rate and reports through the app to stored disputes', async () => {
    const rows = await run('reports');
    expectWellFormed(rows, [/parseReport/, /report → stored disputes \(PGlite\)/, /report → stored disputes \(PostgreSQL\)/]);
    expectPostgres(rows);
    expect(rows[0]!.note).toBe('300 reports, 300 accepted');
    expect(rows[1]!.note).toBe('30 reports, disputes 60/60');
  }, 600_000);

  it('lawqa: index build, answer latency and memory (skipped without statutes)', async () => {
    const rows = await run('lawqa');
    expectWellFormed(rows, [/index build/, /answer p50/, /answer p99/, /RSS with index loaded/]);
    for (const row of rows) expect(row.value === null).toBe(lawsDir === null);
  }, 600_000);

  it('broadcast: planning and the paced fan-out beside its minimum', async () => {
    const rows = await run('broadcast');
    expectWellFormed(rows, [/plan \+ enqueue, 20 groups/, /fan-out length, 20 groups/]);
    expect(rows[1]!.value!).toBeGreaterThanOrEqual(rows[1]!.baseline!.value);
  }, 600_000);

  it('load: a small township week, every message handled, none lost', async () => {
    const rows = await run('load');
    expectWellFormed(rows, [
      /messages handled/,
      /latency p50/,
      /latency p99/,
      /peak RSS over the week/,
      /peak RSS, day 7 vs day 1/,
      /peak heap, day 7 vs day 1/,
      /sent on the virtual clock/,
    ]);
    expect(rows[0]).toMatchObject({ met: true, value: rows[0]!.baseline!.value });
  }, 600_000);
});
