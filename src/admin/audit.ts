import type { Db } from '../db/client.js';
import { auditLog } from '../db/schema.js';

export interface AuditRecord {
  at: Date;
  /** Who ran it; id null for actions not tied to a member (the command line). */
  actor: { id: number | null; name: string };
  command: string;
  ok: boolean;
  result: string;
}

const MAX_TEXT = 500;
// Invite codes are credentials: the audit keeps that one was used, never the code itself.
const CLAIM_COMMAND = /^([#＃]\s*认领)[\s\u3000\u2005]+.*$/s;

/** Masks secrets in a command before it is stored: '#认领 K7PQ2MXA' → '#认领 ****'. */
export function redactCommand(command: string): string {
  const trimmed = command.trim();
  return trimmed.replace(CLAIM_COMMAND, '$1 ****').slice(0, MAX_TEXT);
}

/** Records one admin command (refusals included): who, when, what, and how it ended. */
export async function audit(db: Db, record: AuditRecord): Promise<void> {
  await db.insert(auditLog).values({
    at: record.at,
    actorId: record.actor.id,
    actorName: record.actor.name,
    command: redactCommand(record.command),
    ok: record.ok,
    result: record.result.slice(0, MAX_TEXT),
  });
}
