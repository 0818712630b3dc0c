import { randomInt } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../db/client.js';
import { foldFullWidth } from '../kernel/text.js';
import { invites, type Role } from '../db/schema.js';

// No 0/O, 1/I/L: the code is read aloud or copied from a screen.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;
export const DEFAULT_INVITE_TTL_HOURS = 24;

export interface NewInvite {
  code: string;
  role: Role;
  expiresAt: Date;
}

export interface InviteOptions {
  role?: Role;
  ttlHours?: number;
  /** The admin who asked for it (null from the command line). */
  createdBy?: number | null;
}

/** A fresh random code such as 'K7PQ2MXA'. */
export function generateCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** What people type back: full-width letters, lower case, spaces and dashes are all forgiven. */
export function normalizeCode(input: string): string {
  return foldFullWidth(input)
    .replace(/[\s\u2005\-_]/g, '')
    .toUpperCase();
}

/** Creates a one-time code that binds whoever sends `#认领 <code>` privately to `role` (default admin, 24 h). */
export async function createInvite(db: Db, clock: Clock, options: InviteOptions = {}): Promise<NewInvite> {
  const role = options.role ?? 'admin';
  const expiresAt = new Date(clock.now().getTime() + (options.ttlHours ?? DEFAULT_INVITE_TTL_HOURS) * 3_600_000);
  for (;;) {
    const code = generateCode();
    const [row] = await db
      .insert(invites)
      .values({ code, role, expiresAt, createdBy: options.createdBy ?? null })
      .onConflictDoNothing()
      .returning();
    if (row) return { code, role, expiresAt };
  }
}

/** Uses a code for `memberId` at `now`; the role it grants, or null when wrong, expired or used. */
export async function claimInvite(db: Db, code: string, memberId: number, now: Date): Promise<Role | null> {
  // One conditional update: two people racing for the same code cannot both win.
  const [row] = await db
    .update(invites)
    .set({ usedAt: now, usedBy: memberId })
    .where(and(eq(invites.code, normalizeCode(code)), isNull(invites.usedAt), gt(invites.expiresAt, now)))
    .returning({ role: invites.role });
  return row?.role ?? null;
}

/** Voids a live code that was shown where others could read it (a group); true when one was voided. */
export async function voidInvite(db: Db, code: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(invites)
    .set({ usedAt: now })
    .where(and(eq(invites.code, normalizeCode(code)), isNull(invites.usedAt)))
    .returning({ code: invites.code });
  return rows.length > 0;
}
