import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { AppError } from '../kernel/errors.js';
import type { Db } from '../db/client.js';
import { isEnd, isHeader, isRow, isTableStart, VERSION, type BackupHeader, type BackupLine } from './backup-format.js';
import { codeMigrations } from './migrations.js';
import { queryRows, type Queryable } from '../db/raw.js';
import { ident, schemaTables, type TableInfo } from './tables.js';

const BATCH_ROWS = 500;

export interface RestoreSummary {
  header: BackupHeader;
  rows: Record<string, number>;
}

const invalid = (why: string) => new AppError('BACKUP_INVALID', `备份文件不能用：${why}`);

async function* lines(file: string): AsyncGenerator<BackupLine> {
  const input = createReadStream(file).pipe(createGunzip());
  try {
    for await (const text of createInterface({ input, crlfDelay: Infinity })) if (text.trim()) yield JSON.parse(text) as BackupLine;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw invalid(`不是 gridbot backup 写的文件，或文件已损坏（${err instanceof Error ? err.message : String(err)}）`);
  }
}

/** Tables holding rows, e.g. ['members（12 行）']. */
export async function nonEmptyTables(db: Queryable): Promise<string[]> {
  const out: string[] = [];
  for (const t of schemaTables()) {
    const [row] = await queryRows<{ n: string | number }>(db, sql.raw(`select count(*) as n from ${ident(t.name)}`));
    if (Number(row?.n ?? 0) > 0) out.push(`${t.name}（${row!.n} 行）`);
  }
  return out;
}

function checkHeader(first: BackupLine | undefined): BackupHeader {
  if (!isHeader(first)) throw invalid('开头不是 gridbot 备份的文件头');
  if (first.version > VERSION) throw invalid(`格式版本 ${first.version} 比本程序认识的 ${VERSION} 新，请先升级 gridbot`);
  const latest = codeMigrations().at(-1)?.when ?? 0;
  if ((first.migrations.last ?? 0) > latest) {
    throw invalid(`备份来自更新版本的 gridbot（数据库结构 ${first.migrations.lastTag ?? first.migrations.last}），请先升级 gridbot 再恢复`);
  }
  return first;
}

/** Checks that a table in the file exists here, with those columns, after the tables it references. */
function checkTable(line: { table: string; columns: string[] }, known: Map<string, TableInfo>, done: Set<string>): TableInfo {
  const t = known.get(line.table);
  if (!t) throw invalid(`表 ${line.table} 在本版本里不存在（备份来自更新的版本？）`);
  const extra = line.columns.filter((c) => !t.columns.includes(c));
  if (extra.length) throw invalid(`表 ${line.table} 的列 ${extra.join('、')} 在本版本里不存在`);
  const missing = t.references.filter((r) => !done.has(r));
  if (missing.length) throw invalid(`表 ${line.table} 排在它引用的表 ${missing.join('、')} 之前`);
  return t;
}

async function insertBatch(tx: Queryable, table: string, columns: string[], rows: unknown[]): Promise<void> {
  if (rows.length === 0) return;
  const cols = sql.raw(columns.map(ident).join(', '));
  const name = sql.raw(ident(table));
  await tx.execute(sql`insert into ${name} (${cols}) select ${cols} from json_populate_recordset(null::${name}, ${JSON.stringify(rows)}::json)`);
}

/** Serial columns continue after the highest restored id. */
async function resetSequences(tx: Queryable): Promise<void> {
  const serials = await queryRows<{ table_name: string; column_name: string }>(
    tx,
    sql`select table_name, column_name
    from information_schema.columns where table_schema = current_schema() and column_default like 'nextval(%'`,
  );
  const ours = new Set(schemaTables().map((t) => t.name));
  for (const s of serials.filter((x) => ours.has(x.table_name))) {
    const [t, c] = [ident(s.table_name), ident(s.column_name)];
    await tx.execute(sql.raw(`select setval(pg_get_serial_sequence('${t}', '${s.column_name}'), coalesce((select max(${c}) from ${t}), 0) + 1, false)`));
  }
}

async function load(tx: Queryable, file: string, batchRows: number): Promise<RestoreSummary> {
  const known = new Map(schemaTables().map((t) => [t.name, t]));
  const done = new Set<string>();
  const rows: Record<string, number> = {};
  let header: BackupHeader | null = null;
  let current: { table: string; columns: string[] } | null = null;
  let batch: unknown[] = [];
  const flush = async () => {
    if (current) await insertBatch(tx, current.table, current.columns, batch);
    batch = [];
  };
  for await (const line of lines(file)) {
    if (!header) {
      header = checkHeader(line);
      continue;
    }
    if (isTableStart(line)) {
      await flush();
      checkTable(line, known, done);
      current = line;
      done.add(line.table);
      rows[line.table] = 0;
    } else if (isRow(line)) {
      if (line.table !== current?.table) throw invalid(`表 ${line.table} 的数据行不在它的表头之后`);
      batch.push(line.row);
      rows[line.table]!++;
      if (batch.length >= batchRows) await flush();
    } else if (isEnd(line)) {
      await flush();
      const short = Object.entries(line.rows)
        .filter(([t, n]) => rows[t] !== n)
        .map(([t]) => t);
      if (short.length) throw invalid(`行数与文件尾的记录不符（${short.join('、')}）`);
      await resetSequences(tx);
      return { header, rows };
    }
  }
  throw invalid(header ? '文件不完整（没有结尾记录），可能在写备份时中断了' : '文件是空的');
}

/**
 * Restores a `gridbot backup` file into a migrated database, all in one transaction: nothing is
 * changed unless the whole file loads. Refuses a database holding data unless `force`, which
 * empties every schema table first.
 */
export async function restoreDatabase(db: Db, file: string, options: { force?: boolean; batchRows?: number } = {}): Promise<RestoreSummary> {
  const held = await nonEmptyTables(db);
  if (held.length && !options.force) {
    throw new AppError('RESTORE_NOT_EMPTY', `数据库里已有数据：${held.join('、')}。恢复会清空并覆盖它们；确认无误请加 --force。`);
  }
  return db.transaction(async (t) => {
    const tx = t as unknown as Queryable;
    if (held.length)
      await tx.execute(
        sql.raw(
          `truncate ${schemaTables()
            .map((x) => ident(x.name))
            .join(', ')} restart identity cascade`,
        ),
      );
    return load(tx, file, options.batchRows ?? BATCH_ROWS);
  });
}
