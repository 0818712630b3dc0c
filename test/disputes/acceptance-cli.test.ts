import { emptyServerDatabase } from '../../src/db/throwaway.js';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../src/app-deps.js';
import { virtualClock } from '../../src/kernel/clock.js';
import { createLogger } from '../../src/kernel/logger.js';
import { parseConfig } from '../../src/config.js';
import { openDatabase, type Database, type DatabaseTarget } from '../../src/db/client.js';
import type { Member } from '../../src/db/types.js';
import { disputeRoutes } from '../../src/disputes/index.js';
import { summaryRoutes } from '../../src/summary/index.js';
import { CATEGORY_LABELS, recordDisputes, STATUS_LABELS, type Category, type Dispute } from '../../src/ledger/index.js';
import { createOutbox } from '../../src/outbox/enqueue.js';
import { draft, privately, say, town, type Harness } from './support.js';
import { createCalendar } from '../../src/kernel/calendar.js';

// The township's figures end to end: 324 cases (299 resolved, 25 in progress; 145/26/37/54/62 by
// category) in a real database, read back by `#统计 全部`, by the real CLI entry
// `node bin/gridbot.js stats --json` and `export`, and by the workbook `#台账 导出` sends.
const run = promisify(execFile);
const bin = fileURLToPath(new URL('../../bin/gridbot.js', import.meta.url));
const AT = new Date('2026-06-02T10:00:00+08:00');
const COUNTS: [Category, number][] = [
  ['family', 145],
  ['neighbor', 26],
  ['land', 37],
  ['economic', 54],
  ['other', 62],
];

/** A database the CLI can open too: a PGlite folder (DATA_DIR), or a fresh database on DATABASE_URL. */
async function cliTarget(dir: string): Promise<{ target: DatabaseTarget; env: Record<string, string>; drop(): Promise<void> }> {
  const server = process.env.DATABASE_URL;
  if (!server) return { target: { dataDir: dir }, env: { DATA_DIR: dir }, drop: async () => {} };
  const { url, drop } = await emptyServerDatabase(server, 'gridbot_cli');
  return { target: { url }, env: { DATABASE_URL: url, DATA_DIR: dir }, drop };
}

let dir: string;
let db: Awaited<ReturnType<typeof cliTarget>>;
let database: Database;
let h: Harness;
let stored: Dispute[];
let admin: Member;
let open = true;

/** Runs the real CLI in an empty folder (no stray .env) against the filled database. */
async function gridbot(...args: string[]): Promise<string> {
  // The CLI opens the same PGlite folder, which takes one process at a time.
  if (open) await database.close();
  open = false;
  const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'Asia/Shanghai', LOG_LEVEL: 'silent', ...db.env };
  if (!db.env.DATABASE_URL) delete env.DATABASE_URL;
  const { stdout } = await run(process.execPath, [bin, ...args], { cwd: dir, env, timeout: 120_000 });
  return stdout;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gridbot-cli-'));
  db = await cliTarget(dir);
  database = await openDatabase(db.target);
  await database.migrate();
  const clock = virtualClock(AT);
  const config = parseConfig({});
  const deps: AppDeps = {
    db: database.db,
    clock,
    calendar: createCalendar(clock, config.TZ),
    outbox: createOutbox(database.db, clock, config.SEND_MAX_CHARS),
    config,
    log: createLogger('silent', pino.destination('/dev/null')),
  };
  h = { db: database.db, deps, clock, routes: [...disputeRoutes(deps), ...summaryRoutes(deps)], logs: [], close: async () => {} };
  const t = await town(database.db);
  const drafts = COUNTS.flatMap(([category, n]) => Array.from({ length: n }, () => category)).map((category, i) =>
    draft({ category, summary: `纠纷${i + 1}`, status: i % 13 === 0 ? 'in_progress' : 'resolved', method: '人民调解' }),
  );
  const grids = [t.grids.g3, t.grids.g4, t.grids.x1];
  const reporters = [t.worker, t.neighbourWorker, t.otherVillageWorker];
  stored = [];
  for (const [g, grid] of grids.entries()) {
    const mine = drafts.filter((_, i) => i % 3 === g);
    stored.push(...(await recordDisputes(deps, { reporter: reporters[g]!, gridId: grid.id, reportId: null, drafts: mine, at: new Date(AT.getTime() - g * 86_400_000) })));
  }
  stored.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
  admin = t.admin;
}, 180_000);

afterAll(async () => {
  if (open) await database.close();
  await db.drop();
  rmSync(dir, { recursive: true, force: true });
});

const rowValues = (ws: ExcelJS.Worksheet, n: number): unknown[] => (ws.getRow(n).values as unknown[]).slice(1);

describe('the 324-case township figures through the real CLI', () => {
  it('were loaded as the seed has them', () => {
    expect(stored).toHaveLength(324);
    expect(stored.filter((d) => d.status === 'resolved')).toHaveLength(299);
    expect(stored.filter((d) => d.status === 'in_progress')).toHaveLength(25);
  });

  it('`#统计 全部` in chat reports 92.28% and the categories', async () => {
    const chat = privately(await say(h, admin, '#统计 全部'));
    for (const part of ['排查发现 324 件', '已化解 299', '化解中 25', '化解率 92.28%', '家庭婚恋 145', '邻里 26', '山林土地水事 37', '经济 54', '其他 62']) {
      expect(chat).toContain(part);
    }
  });

  it('`gridbot stats --json` reports 92.28% and the categories', async () => {
    const json = JSON.parse(await gridbot('stats', '--json')) as {
      found: number;
      resolved: number;
      inProgress: number;
      resolutionRate: number;
      byCategory: { category: Category; found: number }[];
      byVillage: { village: string; found: number }[];
    };
    expect(json).toMatchObject({ found: 324, resolved: 299, inProgress: 25, pending: 0, escalated: 0, resolutionRate: 92.28 });
    expect(Object.fromEntries(json.byCategory.map((c) => [c.category, c.found]))).toEqual(Object.fromEntries(COUNTS));
    expect(Object.fromEntries(json.byVillage.map((v) => [v.village, v.found]))).toEqual({ 上司村: 216, 新场村: 108 });
  }, 120_000);

  it('`gridbot stats --json --village` limits to one village', async () => {
    const json = JSON.parse(await gridbot('stats', '--json', '--village', '新场村')) as { found: number; village: string };
    expect(json).toMatchObject({ found: 108, village: '新场村' });
  }, 120_000);

  it('`gridbot export` writes a workbook that reads back with the same 324 rows', async () => {
    const file = join(dir, '台账.xlsx');
    expect(await gridbot('export', file)).toContain('已导出 324 条纠纷');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(326);
    expect(rowValues(ws, 2)[0]).toBe('编号');
    const rows = Array.from({ length: 324 }, (_, i) => rowValues(ws, i + 3));
    expect(rows.map((r) => r[0])).toEqual(stored.map((d) => d.code));
    expect(rows.map((r) => r[4])).toEqual(stored.map((d) => CATEGORY_LABELS[d.category]));
    expect(rows.map((r) => r[6])).toEqual(stored.map((d) => d.summary));
    expect(rows.map((r) => r[8])).toEqual(stored.map((d) => STATUS_LABELS[d.status]));
    expect(rows.filter((r) => r[8] === '已化解')).toHaveLength(299);
    const stats = wb.getWorksheet('统计')!;
    const found = stats.getSheetValues().find((r) => Array.isArray(r) && r[1] === '排查发现纠纷') as unknown[];
    expect(found.slice(2, 5)).toEqual([324, 299, 0.9228]);
  }, 120_000);
});
