import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { virtualClock } from '../../src/kernel/clock.js';
import { createLogger } from '../../src/kernel/logger.js';
import type { Database } from '../../src/db/client.js';
import { inboundMessages, members, outbox } from '../../src/db/schema.js';
import { readHealth, startHealthLog } from '../../src/ops/index.js';
import { testDb } from '../support/db.js';

const START = new Date('2026-12-02T08:00:00+08:00');
const HOUR = 3_600_000;
let database: Database;

beforeAll(async () => {
  database = await testDb();
  const db = database.db;
  const [m] = await db.insert(members).values({ name: '张某某', role: 'worker', phone: '13812345678' }).returning();
  const row = (i: number, status: 'queued' | 'sent' | 'failed', sentAt: Date | null) => ({
    idempotencyKey: `k${i}`,
    purpose: 'reply',
    priority: 1,
    targetKind: 'member' as const,
    targetId: m!.id,
    text: '张某某的纠纷已化解',
    status,
    notBefore: START,
    createdAt: START,
    sentAt,
  });
  await db
    .insert(outbox)
    .values([row(1, 'sent', new Date('2026-12-02T07:10:00+08:00')), row(2, 'sent', new Date('2026-12-02T07:40:00+08:00')), row(3, 'queued', null), row(4, 'failed', null)]);
  const msg = (i: number, status: 'pending' | 'handled') => ({
    wechatMessageId: `w${i}`,
    senderWechatId: 'wx',
    senderName: '张某某',
    text: '电话13812345678',
    sentAt: START,
    storedAt: START,
    status,
  });
  await db.insert(inboundMessages).values([msg(1, 'pending'), msg(2, 'handled'), msg(3, 'pending')]);
});
afterAll(async () => database.close());

describe('the hourly health line', () => {
  it('reads uptime, pending inbound messages, the outbox by status and the last successful send', async () => {
    expect(await readHealth(database.db, START, new Date(START.getTime() + 90_000))).toEqual({
      uptimeS: 90,
      inboundPending: 2,
      outbox: { queued: 1, sent: 2, failed: 1 },
      lastSentAt: new Date('2026-12-02T07:40:00+08:00').toISOString(),
    });
  });

  it('logs one line an hour, with counts only, until stopped', async () => {
    const lines: string[] = [];
    const log = createLogger(
      'info',
      new Writable({
        write(c, _e, done) {
          lines.push(String(c));
          done();
        },
      }),
    );
    const clock = virtualClock(START);
    const health = startHealthLog({ db: database.db, log }, clock);
    await clock.advanceTo(new Date(START.getTime() + HOUR - 1));
    expect(lines).toEqual([]);
    await clock.advanceTo(new Date(START.getTime() + 2 * HOUR));
    const parsed = lines.map((l) => JSON.parse(l) as { msg: string; health: { uptimeS: number } });
    expect(parsed.map((p) => [p.msg, p.health.uptimeS])).toEqual([
      ['health', 3600],
      ['health', 7200],
    ]);
    expect(lines.join('')).not.toMatch(/张某某|13812345678|已化解/);
    health.stop();
    await clock.advanceTo(new Date(START.getTime() + 5 * HOUR));
    expect(lines).toHaveLength(2);
  });
});
