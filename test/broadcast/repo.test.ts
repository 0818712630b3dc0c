import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSeedPosts } from '../../src/broadcast/content.js';
import { enabledPosts, findPost, insertPost, listPosts, setPostEnabled } from '../../src/broadcast/repo.js';
import { activityCounts, deliveryCounts, historyByRoom, logDeliveries, recentThemesByVillage, syncResults } from '../../src/broadcast/repo-log.js';
import { importSeedPosts } from '../../src/broadcast/seed.js';
import { outbox, postLog, posts } from '../../src/db/schema.js';
import { addDisputes, harness, reset, START, town, type Harness } from './support.js';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(START.getTime() - n * DAY);
let h: Harness;
const seed = await loadSeedPosts();

beforeAll(async () => void (h = await harness()));
afterAll(() => h.close());
beforeEach(() => reset(h));

describe('importSeedPosts', () => {
  it('imports every seed post once, however often it runs', async () => {
    expect(await importSeedPosts(h.db)).toBe(seed.length);
    await importSeedPosts(h.db);
    const rows = await listPosts(h.db);
    expect(rows.map((p) => p.id)).toEqual(seed.map((p) => p.id));
    expect(rows.every((p) => p.source === 'seed' && p.enabled)).toBe(true);
  });

  it('keeps a post an admin disabled disabled, and refreshes its text from the files', async () => {
    await importSeedPosts(h.db);
    await setPostEnabled(h.db, 'p012', false);
    const edited = seed.map((p) => (p.id === 'p012' ? { ...p, title: '改过的标题' } : p));
    await importSeedPosts(h.db, { posts: edited });
    const p = await findPost(h.db, 'p012');
    expect(p?.enabled).toBe(false);
    expect(p?.title).toBe('改过的标题');
    expect((await enabledPosts(h.db)).map((x) => x.id)).not.toContain('p012');
  });

  it('never overwrites a post made in chat', async () => {
    const mine = await insertPost(h.db, {
      title: '借钱要写借条',
      body: '借钱给亲戚朋友，也要写张借条，写清金额和还款日期。',
      theme: 'economic',
      source: 'chat',
      enabled: true,
      createdBy: null,
      createdAt: START,
    });
    await importSeedPosts(h.db, { posts: [{ ...seed[0]!, id: mine.id, title: '种子里的同号' }] });
    expect((await findPost(h.db, mine.id))?.title).toBe('借钱要写借条');
  });
});

describe('insertPost', () => {
  it('numbers chat posts c001, c002 and model drafts g001, apart from the seed codes', async () => {
    await importSeedPosts(h.db);
    const base = { title: '标题', body: '正文要足够长，至少二十个字，才能算是一篇像样的普法内容。', theme: 'land' as const, createdBy: null, createdAt: START };
    const a = await insertPost(h.db, { ...base, source: 'chat', enabled: true });
    const b = await insertPost(h.db, { ...base, source: 'chat', enabled: true });
    const g = await insertPost(h.db, { ...base, source: 'llm', enabled: false });
    expect([a.id, b.id, g.id]).toEqual(['c001', 'c002', 'g001']);
    expect(g.enabled).toBe(false);
  });
});

describe('post log queries', () => {
  async function logged() {
    const t = await town(h.db);
    await importSeedPosts(h.db);
    const [p1, p2] = await h.db.select().from(posts).where(eq(posts.source, 'seed')).limit(2);
    const row = (roomId: number, postId: number, at: Date, key: string, manual = false) => ({
      roomId,
      postId,
      at,
      outboxKey: key,
      batch: manual ? `manual:${key}` : 'schedule:1:x',
      scheduleId: manual ? null : 1,
      manual,
    });
    await logDeliveries(h.db, [
      row(t.rooms.shangsi1.id, p1!.id, daysAgo(10), 'k1'),
      row(t.rooms.shangsi3.id, p1!.id, daysAgo(10), 'k2'),
      row(t.rooms.shangsi1.id, p2!.id, daysAgo(800), 'k3'),
      row(t.rooms.shangsi3.id, p2!.id, daysAgo(1), 'k4', true),
    ]);
    return { t, p1: p1!, p2: p2! };
  }

  it('reads the history of many groups in one go, leaving out old and failed sends', async () => {
    const { t, p1, p2 } = await logged();
    await h.db.update(postLog).set({ result: 'failed' }).where(eq(postLog.outboxKey, 'k4'));
    const hist = await historyByRoom(h.db, [t.rooms.shangsi1.id, t.rooms.shangsi3.id, t.rooms.lila1.id], daysAgo(730));
    expect(hist.get(t.rooms.shangsi1.id)?.map((d) => d.postId)).toEqual([p1.code]);
    expect(hist.get(t.rooms.shangsi3.id)?.map((d) => d.postId)).toEqual([p1.code]);
    expect(hist.get(t.rooms.lila1.id)).toEqual([]);
    expect(p2.code).not.toBe(p1.code);
  });

  it('logs a delivery once per outbox key', async () => {
    const { t, p1 } = await logged();
    await logDeliveries(h.db, [{ roomId: t.rooms.lila1.id, postId: p1.id, at: START, outboxKey: 'k1', batch: 'again' }]);
    expect(await h.db.select().from(postLog)).toHaveLength(4);
  });

  it('copies the outbox verdict into the log', async () => {
    await logged();
    const base = { purpose: 'post', priority: 2, targetKind: 'room' as const, targetId: 1, notBefore: START, createdAt: START };
    await h.db.insert(outbox).values([
      { ...base, idempotencyKey: 'k1', status: 'sent' },
      { ...base, idempotencyKey: 'k2', status: 'failed' },
      { ...base, idempotencyKey: 'k3', status: 'queued' },
    ]);
    await syncResults(h.db);
    const rows = await h.db.select({ key: postLog.outboxKey, result: postLog.result }).from(postLog);
    expect(Object.fromEntries(rows.map((r) => [r.key, r.result]))).toEqual({ k1: 'sent', k2: 'failed', k3: 'queued', k4: 'queued' });
  });

  it('counts deliveries per village, theme and group, and activities per firing or manual send', async () => {
    const { t } = await logged();
    const counts = await deliveryCounts(h.db, daysAgo(30), START);
    expect(counts.reduce((a, c) => a + c.n, 0)).toBe(3);
    expect(new Set(counts.map((c) => c.village))).toEqual(new Set(['上司村']));
    expect(new Set(counts.map((c) => c.roomId))).toEqual(new Set([t.rooms.shangsi1.id, t.rooms.shangsi3.id]));
    expect(await activityCounts(h.db, daysAgo(30), START)).toEqual({ scheduled: 1, manual: 1 });
  });
});

describe('recentThemesByVillage', () => {
  it('ranks the categories reported in the window, most frequent first, ignoring old and withdrawn cases', async () => {
    const t = await town(h.db);
    const at = { villageId: t.villages.shangsi.id, gridId: t.grids.g3.id, reporterId: t.worker.id };
    await addDisputes(h.db, at, 'family', 1, daysAgo(3));
    await addDisputes(h.db, at, 'land', 3, daysAgo(20));
    await addDisputes(h.db, at, 'economic', 5, daysAgo(90));
    await addDisputes(h.db, at, 'neighbor', 4, daysAgo(5), true);
    const themes = await recentThemesByVillage(h.db, [t.villages.shangsi.id, t.villages.lila.id], daysAgo(60));
    expect(themes.get(t.villages.shangsi.id)).toEqual(['land', 'family']);
    expect(themes.get(t.villages.lila.id)).toBeUndefined();
  });
});
