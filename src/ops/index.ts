// Operations: doctor, backup/restore, the hourly health line.
export { runDoctor, doctorText, doctorExitCode, type Check, type DoctorOptions } from './doctor.js';
export { openConfigured } from './doctor-db.js';
export { backupDatabase, type BackupSummary } from './backup.js';
export { restoreDatabase, nonEmptyTables, type RestoreSummary } from './restore.js';
export { startHealthLog, readHealth, HEALTH_EVERY_MS, type Health } from './health.js';
export { migrationStatus, codeMigrations, type MigrationStatus } from './migrations.js';
export { schemaTables, foreignKeyOrder, type TableInfo } from './tables.js';
