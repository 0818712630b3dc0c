/** The roles of the roster, from the township's staff down to residents. */
export const ROLES = ['admin', 'chief', 'worker', 'household_head', 'mediator', 'resident'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who sent a message, as a handler sees them: enough to decide what they may do and where they
 * belong, and how to call them back. The roster's full record stays in roster/.
 */
export interface Person {
  id: number;
  name: string;
  role: Role;
  gridId: number | null;
  villageId: number | null;
  /** Given to the centre with a danger alert or a mediation request, so someone can call back. */
  phone: string | null;
  active: boolean;
}

/** A group the roster knows: a grid's group, the admin group (综治中心), or a former admin group. */
export interface BoundRoom {
  id: number;
  topic: string;
  kind: 'grid' | 'admin' | 'unbound';
  gridId: number | null;
}

/** The Person part of any roster record. */
export const personOf = (m: Person): Person => ({
  id: m.id,
  name: m.name,
  role: m.role,
  gridId: m.gridId,
  villageId: m.villageId,
  phone: m.phone,
  active: m.active,
});

/** The BoundRoom part of any stored room. */
export const boundRoomOf = (r: BoundRoom): BoundRoom => ({ id: r.id, topic: r.topic, kind: r.kind, gridId: r.gridId });
