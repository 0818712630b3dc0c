import type { auditLog, grids, members, rooms, villages } from './schema.js';

export type Village = typeof villages.$inferSelect;
export type Grid = typeof grids.$inferSelect;
export type Member = typeof members.$inferSelect;
export type Room = typeof rooms.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
