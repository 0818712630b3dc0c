import pino from 'pino';
import type { AppDeps } from '../../src/app-deps.js';
import { virtualClock } from '../../src/kernel/clock.js';
import { createLogger } from '../../src/kernel/logger.js';
import { createOutbox } from '../../src/outbox/enqueue.js';
import { createHarness, type Harness } from '../../src/tools/replay/harness.js';
import { testDb } from '../support/db.js';
import { playWeek, WEEK_START } from './week.js';
import { createCalendar } from '../../src/kernel/calendar.js';

/** The week played on a fresh database (PostgreSQL when DATABASE_URL is set), the bot stopped after. */
export async function weekDatabase(): Promise<Harness> {
  const h = await createHarness({ start: WEEK_START, database: await testDb() });
  await playWeek(h);
  await h.app.stop();
  return h;
}

/** The app's dependencies on that database at another moment (years later, for retention). */
export function depsAt(h: Harness, now: Date, env: Record<string, string> = {}): AppDeps {
  const clock = virtualClock(now);
  const config = { ...h.config, ...Object.fromEntries(Object.entries(env).map(([k, v]) => [k, Number(v)])) };
  return {
    db: h.database.db,
    clock,
    calendar: createCalendar(clock, config.TZ),
    config,
    log: createLogger('silent', pino.destination('/dev/null')),
    outbox: createOutbox(h.database.db, clock, config.SEND_MAX_CHARS),
  };
}
