import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad, type LoadResult } from '../../src/tools/bench/load.js';
import type { Database } from '../../src/db/client.js';
import { disputes, reports } from '../../src/db/schema.js';
import { testDb } from '../support/db.js';

// The load run scaled down: a small township's week on the virtual clock through the whole app.
// Only correctness is asserted; latency and memory are the bench's to report, never a test's.
let database: Database;
let result: LoadResult;

beforeAll(async () => {
  database = await testDb();
  result = await runLoad(database, { groups: 10, members: 80, messages: 2000 });
}, 900_000);
afterAll(async () => {
  await database.close();
});

describe('a week of a small township (10 groups, 80 members, ~2,000 messages)', () => {
  it('stores every message and handles each one, none failed, none left pending', () => {
    expect(result.messages).toBeGreaterThanOrEqual(1900);
    expect(result.lost).toBe(0);
    expect(result.statuses).toEqual({ handled: result.messages });
  });

  it('logs no error, scheduled jobs included', () => {
    expect(result.firstErrors).toEqual([]);
    expect(result.errors).toBe(0);
  });

  it("keeps every grid's weekly report and the disputes the workers registered", async () => {
    const [reportRows] = await database.db.select({ n: count() }).from(reports);
    const [disputeRows] = await database.db.select({ n: count() }).from(disputes);
    expect(reportRows!.n).toBeGreaterThanOrEqual(10);
    expect(disputeRows!.n).toBeGreaterThan(0);
  });

  it('sends everything it queued on the virtual clock, nothing failed', () => {
    expect(result.sends).toBeGreaterThan(0);
    expect(result.outbox).toEqual({ sent: result.sends });
  });

  it('samples memory on every day of the week', () => {
    expect(result.days.map((d) => d.day)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const day of result.days) expect(day.samples).toBeGreaterThan(0);
  });
});
