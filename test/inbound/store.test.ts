import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { inboundMessages } from '../../src/db/schema.js';
import { countFailedSince } from '../../src/inbound/store.js';
import { testDb } from '../support/db.js';

let open: Database | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

const at = (local: string) => new Date(`${local}+08:00`);

describe('countFailedSince', () => {
  // The weekly digest reports this figure; with DATABASE_URL set the test runs on the server driver too.
  it('counts the failed messages stored at or after the given time, and only those', async () => {
    open = await testDb();
    const row = (id: string, storedAt: Date, status: 'failed' | 'handled') => ({
      wechatMessageId: id, senderWechatId: 'wx-a', senderName: '甲', text: '…', sentAt: storedAt, storedAt, status,
    });
    await open.db.insert(inboundMessages).values([
      row('old', at('2026-11-29T23:59:59'), 'failed'),
      row('edge', at('2026-11-30T00:00:00'), 'failed'),
      row('later', at('2026-12-02T10:00:00'), 'failed'),
      row('fine', at('2026-12-02T10:00:00'), 'handled'),
    ]);
    expect(await countFailedSince(open.db, at('2026-11-30T00:00:00'))).toBe(2);
    expect(await countFailedSince(open.db, at('2026-12-03T00:00:00'))).toBe(0);
  });
});
