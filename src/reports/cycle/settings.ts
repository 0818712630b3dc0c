import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { botState } from '../../db/schema.js';
import { DEFAULT_SETTINGS, STEPS, type CycleSettings, type Step, type WeeklyTime } from './week-times.js';

/** The weekly cycle's times and paused weeks live in bot_state, so every instance sees one truth. */
const KEY = 'reports.cycle';
/** Paused weeks older than this many are dropped when saving: nobody asks about last year's holidays. */
const KEEP_PAUSED = 60;

const weeklyTime = z.object({
  weekday: z.number().int().min(1).max(7),
  hour: z.number().int().min(0).max(23),
  minute: z.number().int().min(0).max(59),
});

const stored = z.object({
  times: z.object({ remind: weeklyTime, chase: weeklyTime, deadline: weeklyTime, digest: weeklyTime }).partial().default({}),
  paused: z.array(z.string().regex(/^\d{4}-W\d{2}$/)).default([]),
});

/** The settings in force; anything unset or unreadable falls back to the defaults. */
export async function loadSettings(db: Db): Promise<CycleSettings> {
  const [row] = await db.select().from(botState).where(eq(botState.key, KEY));
  const parsed = stored.safeParse(row?.value ?? {});
  if (!parsed.success) return DEFAULT_SETTINGS;
  const times = Object.fromEntries(STEPS.map((s) => [s, parsed.data.times[s] ?? DEFAULT_SETTINGS.times[s]])) as Record<Step, WeeklyTime>;
  return { times, paused: parsed.data.paused };
}

export async function saveSettings(db: Db, settings: CycleSettings, now: Date): Promise<void> {
  const value = { times: settings.times, paused: [...new Set(settings.paused)].sort().slice(-KEEP_PAUSED) };
  await db
    .insert(botState)
    .values({ key: KEY, value, updatedAt: now })
    .onConflictDoUpdate({ target: botState.key, set: { value, updatedAt: now } });
}
