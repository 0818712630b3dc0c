// The privacy tooling's face: retention purge (CLI and daily job), the per-person export.
export { purgePersonalData, purgeText, CHATTER_DAYS, type PurgeSummary } from './purge.js';
export { privacyJobs, PURGE_TIME } from './jobs.js';
export { collectPerson, type PersonRecord } from './export.js';
export { personText, personJson } from './export-text.js';
