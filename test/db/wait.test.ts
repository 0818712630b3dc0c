import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/kernel/logger.js';
import type { Database } from '../../src/db/client.js';
import { migrateWhenReachable } from '../../src/db/wait.js';

/** A database port whose migrate fails with each of `failures` in turn, then succeeds. */
function flaky(failures: object[]): Database & { calls: number } {
  const db = {
    calls: 0,
    kind: 'postgres' as const,
    db: null as never,
    close: async () => {},
    migrate: async () => {
      const failure = failures[db.calls++];
      if (failure) throw Object.assign(new Error('connect failed'), failure);
    },
  };
  return db;
}

function captured() {
  const lines: { level: number; msg: string }[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(JSON.parse(chunk.toString())), done()) });
  return { log: createLogger('info', sink), lines };
}

describe('migrateWhenReachable', () => {
  it('waits on a growing back-off while the server is down, says so once, and once when it is back', async () => {
    const database = flaky([{ code: 'ECONNREFUSED' }, { code: '57P03' }, { code: 'CONNECT_TIMEOUT' }]);
    const waits: number[] = [];
    const { log, lines } = captured();
    await migrateWhenReachable(database, log, async (ms) => void waits.push(ms));
    expect(database.calls).toBe(4);
    expect(waits).toEqual([5_000, 10_000, 20_000]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines.map((l) => l.level)).toEqual([40, 30]);
    expect(lines[0]!.msg).toContain('连不上数据库');
    expect(lines[1]!.msg).toBe('数据库连上了，继续启动');
  });

  it('does not wait for a server that refuses the password: one line saying what to check', async () => {
    const { log } = captured();
    await expect(migrateWhenReachable(flaky([{ code: '28P01' }]), log, async () => {})).rejects.toMatchObject({
      code: 'DB_START',
      message: expect.stringContaining('请检查 DATABASE_URL 里的用户名、密码和库名'),
    });
  });

  it('caps the wait at a minute', async () => {
    const waits: number[] = [];
    await migrateWhenReachable(flaky(Array(8).fill({ code: 'ECONNRESET' })), captured().log, async (ms) => void waits.push(ms));
    expect(Math.max(...waits)).toBe(60_000);
  });
});
