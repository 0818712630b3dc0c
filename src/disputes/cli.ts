import { writeFile } from 'node:fs/promises';
import { AppError } from '../core/errors.js';
import { DEFAULT_TZ } from '../core/time.js';
import type { Db } from '../db/client.js';
import { ledgerWorkbook } from './export.js';
import { scopeFromOptions, type ScopeOptions } from './scope.js';
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
  return computeStats(await loadStatsInput(db, scope, now, o.tz ?? DEFAULT_TZ));
}

/** `gridbot export FILE.xlsx`: writes the ledger workbook and says how many cases it holds. */
export async function exportLedger(db: Db, file: string, o: ScopeOptions = {}): Promise<{ file: string; rows: number }> {
  const now = o.now ?? new Date(); // CLI boundary
  const scope = await scopeOrThrow(db, { ...o, now });
  const book = await ledgerWorkbook(db, scope, now, o.tz ?? DEFAULT_TZ);
  await writeFile(file, book.buffer);
  return { file, rows: book.rows };
}
