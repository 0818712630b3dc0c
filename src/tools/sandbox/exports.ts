import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { outbox } from '../../db/schema.js';

/** Where the sandbox puts the files the bot sends (ledger exports), in the folder it was started from. */
export const EXPORTS_DIR = 'sandbox-exports';

/**
 * Writes a file the bot sent (the mock chat keeps only its name) from its outbox row into
 * ./sandbox-exports/, so the user can open it; returns the full path, or null when there is none.
 */
export async function saveSentFile(db: Db, fileName: string, dir = resolve(EXPORTS_DIR)): Promise<string | null> {
  const [row] = await db
    .select({ base64: outbox.fileBase64 })
    .from(outbox)
    .where(and(eq(outbox.kind, 'file'), eq(outbox.fileName, fileName)))
    .orderBy(desc(outbox.id))
    .limit(1);
  if (!row?.base64) return null;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, fileName.replace(/[/\\]/g, '_'));
  writeFileSync(path, Buffer.from(row.base64, 'base64'));
  return path;
}
