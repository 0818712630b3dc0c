export { applyRosterEntries, importRoster, formatImportSummary, type ImportSummary, type RosterEntry } from './import.js';
export { exportRoster, type ExportResult } from './export.js';
export type { RowProblem, RosterRow } from './rows.js';
export { writeCsv } from './csv.js';
