// The roster's face: villages, grids, members, roles, the admin group, roster import and export.
export { GRID_ROLES, ROLE_LABELS, ROLE_WORDS, parseRole, roleLabel, type Role } from './roles.js';
export { compactName, gridLabel, splitGridName, type GridName } from './grid-name.js';
export {
  adminRoom,
  chiefOfGrid,
  ensureGrid,
  ensureVillage,
  findGridByName,
  findMembersByName,
  findVillageByName,
  gridRooms,
  memberById,
  memberGridInfo,
  membersByRole,
  roomsOfVillage,
  workersOfGrid,
  type EnsuredGrid,
  type GridRef,
  type GridRoom,
  type MemberPlace,
} from './queries.js';
export {
  applyRosterEntries,
  exportRoster,
  writeCsv,
  formatImportSummary,
  importRoster,
  type ExportResult,
  type ImportSummary,
  type RosterEntry,
  type RowProblem,
} from './io/index.js';
export { unreachableLine, unreachableOnWecom } from './reach.js';
