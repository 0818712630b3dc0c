export { importRoster, formatImportSummary, type ImportSummary } from './import.js';
export { exportRoster, type ExportResult } from './export.js';
export type { RowProblem, RosterRow } from './rows.js';
