/**
 * The backup file: gzip'd JSON lines. First a header, then for each table (parents before
 * children) a line naming it and its columns followed by one line per row, then a footer with
 * the row counts, so that a cut-off file is recognised instead of half restored.
 *
 *   {"format":"gridbot-backup","version":1,"createdAt":"…","database":"pglite","migrations":{"count":5,"last":1795…,"lastTag":"0004_lawqa"}}
 *   {"table":"villages","columns":["id","name","created_at"]}
 *   {"table":"villages","row":{"id":1,"name":"上司村","created_at":"2026-11-23T08:00:00+08:00"}}
 *   {"end":true,"rows":{"villages":1,…}}
 *
 * Rows are PostgreSQL's own JSON of the row (row_to_json), read back with json_populate_recordset,
 * so every type travels exactly and the file restores on PGlite and PostgreSQL alike.
 */
export const FORMAT = 'gridbot-backup';
export const VERSION = 1;

export interface BackupHeader {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  database: 'pglite' | 'postgres';
  migrations: { count: number; last: number | null; lastTag: string | null };
}

export type BackupLine = BackupHeader | { table: string; columns: string[] } | { table: string; row: Record<string, unknown> } | { end: true; rows: Record<string, number> };

export const isHeader = (l: unknown): l is BackupHeader => typeof l === 'object' && l !== null && (l as BackupHeader).format === FORMAT;
export const isTableStart = (l: BackupLine): l is { table: string; columns: string[] } => 'table' in l && 'columns' in l;
export const isRow = (l: BackupLine): l is { table: string; row: Record<string, unknown> } => 'table' in l && 'row' in l;
export const isEnd = (l: BackupLine): l is { end: true; rows: Record<string, number> } => 'end' in l;
