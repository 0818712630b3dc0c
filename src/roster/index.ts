// The roster's face: villages, grids, members, roles, the admin group, roster import and export.
export { GRID_ROLES, ROLE_LABELS, ROLE_WORDS, parseRole, roleLabel, type Role } from './roles.js';
export { compactName, gridLabel, splitGridName, type GridName } from './grid-name.js';
export {
  allGrids,
  ensureGrid,
  ensureVillage,
  findGridByName,
  findVillageByName,
  gridById,
  type EnsuredGrid,
  type GridRef,
} from './grids.js';
export {
  activeMemberNames,
  chiefOfGrid,
  findMembersByName,
  gridRooms,
  memberById,
  memberGridInfo,
  membersByRole,
  roomsOfVillage,
  workersOfGrid,
  type GridRoom,
  type MemberPlace,
} from './queries.js';
export { adminGroup } from './admin-group.js';
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
export { chiefReachText, unreachableByChief, unreachableLine, unreachableOnWecom } from './reach.js';
