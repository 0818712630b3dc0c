import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planWeek, type Planned } from '../../src/tools/bench/load-plan.js';
import { seedTown, type Town } from '../../src/tools/bench/town.js';
import type { Database } from '../../src/db/client.js';
import { parseReport } from '../../src/reports/index.js';
import { testDb } from '../support/db.js';

const START = new Date('2026-11-30T00:00:00+08:00');
const DAY = 86_400_000;
let database: Database;
let town: Town;
let plan: Planned[];

beforeAll(async () => {
  database = await testDb();
  town = await seedTown(database.db, { groups: 115, members: 800 });
  plan = planWeek(town, { start: START, days: 7, messages: 30_000 });
});
afterAll(async () => {
  await database.close();
});

describe('seedTown', () => {
  it('builds 115 grids over 11 villages with a worker and a bound group each, 800 people in all', () => {
    expect(town.grids).toHaveLength(115);
    expect(new Set(town.grids.map((g) => g.label.replace(/[一二三四五六七八九十]+组$/, ''))).size).toBe(11);
    expect(town.workers.map((w) => w.grid)).toEqual(town.grids.map((_, i) => i));
    expect(1 + town.chiefs.length + town.workers.length + town.residents.length).toBe(800);
  });
});

describe('planWeek', () => {
  it('plans about the asked number of messages, in time order, within the week and waking hours', () => {
    expect(Math.abs(plan.length - 30_000)).toBeLessThan(50);
    expect(plan.every((p, i) => i === 0 || plan[i - 1]!.at <= p.at)).toBe(true);
    for (const p of plan) {
      const hour = new Date(p.at + 8 * 3_600_000).getUTCHours();
      expect(p.at - START.getTime()).toBeLessThan(7 * DAY);
      expect(hour).toBeGreaterThanOrEqual(7);
      expect(hour).toBeLessThan(22);
    }
  });

  it('has every worker report once between Friday morning and Sunday evening, in a form the parser accepts', () => {
    const reports = plan.filter((p) => p.kind === 'report');
    expect(new Set(reports.map((r) => r.from.id)).size).toBe(115);
    for (const r of reports) {
      expect(Math.floor((r.at - START.getTime()) / DAY)).toBeGreaterThanOrEqual(4);
      expect(parseReport(r.text).ok).toBe(true);
    }
  });

  it('mixes chatter, questions, commands and posts, and repeats itself exactly', () => {
    const kinds = new Set(plan.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(['chatter', 'dispute', 'help', 'mediation', 'mine', 'post', 'progress', 'question', 'report', 'stats']);
    const again = planWeek(town, { start: START, days: 7, messages: 30_000 });
    expect(again.map((p) => [p.at, p.text])).toEqual(plan.map((p) => [p.at, p.text]));
  });

  it('keeps every sender under the flood limit of 20 messages a minute', () => {
    const bySender = new Map<number, number[]>();
    for (const p of plan) bySender.set(p.from.id, [...(bySender.get(p.from.id) ?? []), p.at]);
    for (const times of bySender.values()) {
      for (let i = 20; i < times.length; i++) expect(times[i]! - times[i - 20]!).toBeGreaterThan(60_000);
    }
  });
});
