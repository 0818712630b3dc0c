import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { botState } from '../db/schema.js';

/** Small markers in bot_state (shared by every instance). */
export async function hasState(db: Db, key: string): Promise<boolean> {
  const rows = await db.select({ key: botState.key }).from(botState).where(eq(botState.key, key));
  return rows.length > 0;
}

export async function setState(db: Db, key: string, value: unknown, now: Date): Promise<void> {
  await db.insert(botState).values({ key, value, updatedAt: now })
    .onConflictDoUpdate({ target: botState.key, set: { value, updatedAt: now } });
}
