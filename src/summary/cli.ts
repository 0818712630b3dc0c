import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { AppError } from '../kernel/errors.js';
import type { Db } from '../db/client.js';
import { ledgerCsv, ledgerWorkbook } from './export.js';
import { cliCalendar, scopeFromOptions, type ScopeOptions } from './scope.js';
import { computeStats, type Stats } from './stats.js';
import { loadStatsInput, type Scope } from './stats-query.js';

async function scopeOrThrow(db: Db, o: ScopeOptions): Promise<Scope> {
  const scope = await scopeFromOptions(db, o);
  if (!scope.ok) throw new AppError('bad_option', scope.problems.map((p) => `--${p.field}: ${p.message}`).join('\n'));
  return scope.value;
}

/**
 * The figures behind `gridbot stats --json [--from --to --village]`. Rates are percents with two
 * decimals (resolutionRate 92.28 for 299 of 324). Bad options throw an AppError('bad_option').
 */
export async function statsJson(db: Db, o: ScopeOptions = {}): Promise<Stats> {
  const now = o.now ?? new Date(); // CLI boundary: the command line has no clock port
  const scope = await scopeOrThrow(db, { ...o, now });
  return computeStats(await loadStatsInput(db, scope, now, cliCalendar(o, now)));
}

/**
 * `gridbot export FILE.xlsx` writes the ledger workbook (台账, 统计, 周报报送); `FILE.csv` the ledger
 * sheet alone as real CSV. Says how many cases it holds; another extension is an AppError('bad_option').
 */
export async function exportLedger(db: Db, file: string, o: ScopeOptions = {}): Promise<{ file: string; rows: number }> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') throw new AppError('bad_option', `只能导出为 .xlsx 或 .csv，不能是「${ext || '无扩展名'}」`);
  const now = o.now ?? new Date(); // CLI boundary
  const scope = await scopeOrThrow(db, { ...o, now });
  const cal = cliCalendar(o, now);
  if (ext === '.csv') {
    const csv = await ledgerCsv(db, scope, cal);
    await writeFile(file, csv.text, 'utf8');
    return { file, rows: csv.rows };
  }
  const book = await ledgerWorkbook(db, scope, now, cal);
  await writeFile(file, book.buffer);
  return { file, rows: book.rows };
}
