import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { outbox } from '../../src/db/schema.js';
import { MAX_ATTEMPTS, PAUSE_BASE_MS, backoffMs } from '../../src/outbox/policy.js';
import { createHarness, type Harness, type Sent } from '../../src/tools/replay/harness.js';
import { testDb } from '../support/db.js';
import { captureLog } from './support/logs.js';
import { ADMIN, ADMIN_GROUP, townGrids } from './support/town.js';

const at = (s: string) => new Date(`${s}+08:00`);
const GRIDS = townGrids().slice(0, 10);
const RESIDENT = '张大姐';
const PEOPLE = [
  { name: ADMIN, role: 'admin' as const },
  { name: RESIDENT, role: 'resident' as const },
  ...GRIDS.map((g, i) => ({ name: `网格员${i + 1}`, role: 'worker' as const, grid: g.label })),
];
const ROOMS = [{ topic: ADMIN_GROUP, admin: true, members: [ADMIN] }, ...GRIDS.map((g, i) => ({ topic: g.topic, grid: g.label, members: [`网格员${i + 1}`] }))];

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

async function town(start: Date): Promise<{ h: Harness; database: Database; logs: ReturnType<typeof captureLog> }> {
  const database = await testDb();
  const logs = captureLog('info');
  const h = await createHarness({ start, database, log: logs.log });
  cleanup.push(
    () => database.close(),
    () => h.close(),
  );
  await h.seed(PEOPLE, ROOMS);
  return { h, database, logs };
}

/**
 * Moves time to `until`, sending and firing what falls due on the way, and no further (the
 * harness's own steps also drain what is queued, up to an hour ahead). Returns what went out, when.
 */
async function stepTo(h: Harness, until: Date): Promise<Sent[]> {
  const out: Sent[] = [];
  const collect = () =>
    out.push(
      ...h.world
        .sent()
        .slice(seen.n)
        .map((r) => ({ ...r, at: h.clock.now() })),
    );
  const seen = { n: h.world.sent().length };
  for (;;) {
    const sendAt = await h.app.sender.nextDueAt();
    const next = [sendAt, h.clock.nextTimerAt()].filter((d): d is Date => d !== null && d <= until).sort((a, b) => a.getTime() - b.getTime())[0];
    if (!next) break;
    await h.clock.advanceTo(next);
    if (sendAt && sendAt <= next) await h.app.sender.sendNext();
    collect();
    seen.n = h.world.sent().length;
  }
  await h.clock.advanceTo(until);
  collect();
  return out;
}

const say = (h: Harness, from: string, text: string, room?: string) => h.world.say(from, text, { room, at: h.clock.now() });
const posts = (sent: Sent[]) => sent.filter((s) => s.text?.startsWith('【普法'));
const toAdmins = (sent: Sent[]) => sent.filter((s) => s.to === ADMIN_GROUP);

function expectOnePostPerGroup(sent: Sent[]): void {
  for (const g of GRIDS)
    expect(
      posts(sent).filter((s) => s.to === g.topic),
      g.topic,
    ).toHaveLength(1);
  expect(posts(sent)).toHaveLength(GRIDS.length);
}

describe('WeChat drops the connection and refuses sends', () => {
  it('logs out and back in mid-drain and fails the first sends after: retried with backoff, every group gets its post once', async () => {
    const { h, database, logs } = await town(at('2026-12-02T19:50:00'));
    await h.say(ADMIN, '#定时 普法 每周三 20:00 全部网格群', { room: ADMIN_GROUP });
    const before = await stepTo(h, at('2026-12-02T20:00:20'));
    expect(posts(before).length).toBeGreaterThan(0);
    expect(posts(before).length).toBeLessThan(GRIDS.length);

    // A new login: every WeChat id changes. The puppet then drops the next two sends with an error.
    await h.world.relogin();
    h.world.failSends(2, '网络连接已断开');
    const failedAt = h.clock.now().getTime();
    const after = await stepTo(h, at('2026-12-02T21:00:00'));
    expectOnePostPerGroup([...before, ...after]);

    const rows = await database.db.select().from(outbox).where(eq(outbox.purpose, 'post'));
    expect(rows.filter((r) => r.status !== 'sent')).toEqual([]);
    const retried = rows.filter((r) => r.attempts > 1);
    expect(retried.length).toBeGreaterThan(0);
    // The first retry comes no sooner than the backoff after the failure.
    for (const r of retried) expect(r.sentAt!.getTime() - failedAt).toBeGreaterThanOrEqual(backoffMs(1));
    expect(toAdmins(after).filter((s) => s.text?.startsWith('消息发送失败'))).toEqual([]);
    expect(logs.messages()).toContain('wechat logout');
    expect(logs.lines.filter((l) => l.msg === 'outbox: send failed')).toHaveLength(2);
  });

  it('WeChat refuses every send for an hour: the reply is retried with backoff, given up, and the admins are told once it works again', async () => {
    const { h, database } = await town(at('2026-12-02T10:00:00'));
    h.world.failSends(1_000_000, '网络连接已断开');
    await say(h, RESIDENT, '#帮助');
    const during = await stepTo(h, at('2026-12-02T11:00:00'));
    expect(during).toEqual([]);
    const [row] = await database.db.select().from(outbox).where(eq(outbox.purpose, 'reply'));
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, error: expect.stringContaining('网络连接已断开') });

    h.world.failSends(0);
    const sent = await stepTo(h, at('2026-12-02T13:00:00'));
    expect(sent.filter((s) => s.to === RESIDENT)).toEqual([]);
    const failed = toAdmins(sent).filter((s) => s.text?.startsWith('消息发送失败'));
    expect(failed).toHaveLength(1);
    expect(failed[0]!.text).toMatch(/消息发送失败（已尝试 5 次）：回复 → 张大姐/);
    // Tried at 0, 30 s, 2.5 min, 10.5 min and 42.5 min: given up no sooner than that.
    const lastTry = at('2026-12-02T10:00:00').getTime() + [1, 2, 3, 4].reduce((sum, n) => sum + backoffMs(n), 0);
    expect(failed[0]!.at.getTime()).toBeGreaterThanOrEqual(lastTry);
  });

  it('a throttling error pauses the posts, tells the admins once, lets replies through, then finishes the posts', async () => {
    const { h } = await town(at('2026-12-02T19:50:00'));
    await h.say(ADMIN, '#定时 普法 每周三 20:00 全部网格群', { room: ADMIN_GROUP });
    const first = await stepTo(h, at('2026-12-02T20:00:10'));
    h.world.failSends(1);
    const throttled = await stepTo(h, at('2026-12-02T20:05:00'));
    await say(h, RESIDENT, '#帮助');
    const during = [...throttled, ...(await stepTo(h, at('2026-12-02T20:06:00')))];
    const paused = toAdmins(during).filter((s) => s.text?.includes('暂停'));
    expect(paused).toHaveLength(1);
    expect(paused[0]!.text).toContain('30 分钟');
    expect(during.filter((s) => s.to === RESIDENT)).toHaveLength(1);
    const pausedAt = paused[0]!.at.getTime();
    const rest = await stepTo(h, at('2026-12-02T21:30:00'));
    expect(posts(rest).length).toBeGreaterThan(0);
    for (const s of posts(rest)) expect(s.at.getTime()).toBeGreaterThanOrEqual(pausedAt + PAUSE_BASE_MS - 60_000);
    expectOnePostPerGroup([...first, ...during, ...rest]);
  });

  it("a worker's private reminder that keeps failing reaches them by @ in their grid group instead, and admins are told", async () => {
    const { h } = await town(at('2026-11-27T08:59:00'));
    h.world.refusePrivate('网格员1');
    const sent = await stepTo(h, at('2026-11-27T11:00:00'));
    const reminders = sent.filter((s) => s.text?.includes('周报'));
    expect(reminders.filter((s) => s.to === '网格员2')).toHaveLength(1);
    const inGroup = reminders.filter((s) => s.to === GRIDS[0]!.topic);
    expect(inGroup).toHaveLength(1);
    expect(inGroup[0]!.mentions).toEqual(['网格员1']);
    expect(inGroup[0]!.text).toMatch(/^@网格员1 【周报提醒】网格员1您好/);
    expect(inGroup[0]!.text).toContain(`报送${GRIDS[0]!.label}第48周`);
    expect(toAdmins(sent).filter((s) => s.text?.startsWith('消息发送失败') && s.text.includes('网格员1'))).toHaveLength(1);
  });
});
