import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resolveTarget } from '../../src/broadcast/destinations.js';
import { fanOutPosts, planPosts } from '../../src/broadcast/fanout.js';
import { findPost, setPostEnabled, listPosts } from '../../src/broadcast/repo.js';
import { importSeedPosts } from '../../src/broadcast/seed.js';
import { postLog } from '../../src/db/schema.js';
import { addDisputes, harness, outboxRows, reset, START, town, type Harness } from './support.js';

let h: Harness;
beforeAll(async () => void (h = await harness()));
afterAll(() => h.close());
beforeEach(async () => {
  await reset(h);
  await importSeedPosts(h.db);
});

const fire = (planAt: Date, stamp = planAt.toISOString()) => ({
  planAt,
  scheduleId: 1,
  batch: `schedule:1:${stamp}`,
  keyOf: (roomId: number) => `post:1:${roomId}:${stamp}`,
});

describe('resolveTarget', () => {
  it('finds the bound groups of every kind of target', async () => {
    const t = await town(h.db);
    const ids = async (target: Parameters<typeof resolveTarget>[1]) => (await resolveTarget(h.db, target)).map((d) => d.roomId).sort();
    expect(await ids({ kind: 'allGrids' })).toEqual([t.rooms.shangsi1.id, t.rooms.shangsi3.id, t.rooms.lila1.id].sort());
    expect(await ids({ kind: 'village', name: '上司村' })).toEqual([t.rooms.shangsi1.id, t.rooms.shangsi3.id].sort());
    expect(await ids({ kind: 'grid', name: '上司村三组' })).toEqual([t.rooms.shangsi3.id]);
    expect(await ids({ kind: 'admin' })).toEqual([t.rooms.admin.id]);
    expect(await ids({ kind: 'room', roomId: t.rooms.lila1.id, name: 'x' })).toEqual([t.rooms.lila1.id]);
    expect(await ids({ kind: 'village', name: '不存在村' })).toEqual([]);
  });
});

describe('fanOutPosts', () => {
  it('queues one routine post per group and logs each', async () => {
    const t = await town(h.db);
    const destinations = await resolveTarget(h.db, { kind: 'allGrids' });
    const result = await fanOutPosts(h.deps, { ...fire(START), destinations });
    expect(result.planned).toHaveLength(3);
    const rows = await outboxRows(h.db);
    expect(rows.map((r) => r.targetId).sort()).toEqual([t.rooms.shangsi1.id, t.rooms.shangsi3.id, t.rooms.lila1.id].sort());
    expect(rows.every((r) => r.priority === 2 && r.purpose === 'post' && r.text?.startsWith('【普法'))).toBe(true);
    const log = await h.db.select().from(postLog);
    expect(log.map((l) => l.outboxKey).sort()).toEqual(rows.map((r) => r.idempotencyKey).sort());
  });

  it('queues nothing twice when the same firing runs again', async () => {
    await town(h.db);
    const destinations = await resolveTarget(h.db, { kind: 'allGrids' });
    await fanOutPosts(h.deps, { ...fire(START), destinations });
    await fanOutPosts(h.deps, { ...fire(START), destinations });
    expect(await outboxRows(h.db)).toHaveLength(3);
    expect(await h.db.select().from(postLog)).toHaveLength(3);
  });

  it('gives each group a post it has not had on the following firings', async () => {
    await town(h.db);
    const destinations = await resolveTarget(h.db, { kind: 'village', name: '上司村' });
    const seen = new Map<number, string[]>();
    for (let week = 0; week < 20; week++) {
      const at = new Date(START.getTime() + week * 7 * 86_400_000);
      const r = await fanOutPosts(h.deps, { ...fire(at), destinations });
      for (const p of r.planned) seen.set(p.roomId, [...(seen.get(p.roomId) ?? []), p.post.id]);
    }
    for (const codes of seen.values()) expect(new Set(codes).size).toBe(20);
  });

  it('steers a village with recent land disputes to land posts first', async () => {
    const t = await town(h.db);
    await addDisputes(h.db, { villageId: t.villages.lila.id, gridId: t.grids.l1.id, reporterId: t.worker.id }, 'land', 3, new Date(START.getTime() - 5 * 86_400_000));
    const plan = await planPosts(h.deps, { planAt: START, destinations: await resolveTarget(h.db, { kind: 'allGrids' }) });
    const lila = plan.planned.find((p) => p.roomId === t.rooms.lila1.id)!;
    expect(lila.post.theme).toBe('land');
    expect(lila.reason).toBe('disputes');
    expect(plan.planned.filter((p) => p.roomId !== t.rooms.lila1.id).every((p) => p.reason === 'rotation')).toBe(true);
  });

  it('chooses the constitution post on 12·4', async () => {
    await town(h.db);
    const plan = await planPosts(h.deps, { planAt: new Date('2026-12-04T09:00:00+08:00'), destinations: await resolveTarget(h.db, { kind: 'allGrids' }) });
    for (const p of plan.planned) {
      expect(p.post.specialDay).toBe('12-04');
      expect(p.post.body).toContain('宪法');
    }
  });

  it('reports a group that has had every enabled post within the year', async () => {
    const t = await town(h.db);
    for (const p of await listPosts(h.db)) if (p.id !== 'p001') await setPostEnabled(h.db, p.id, false);
    const destinations = await resolveTarget(h.db, { kind: 'grid', name: '上司村三组' });
    expect((await fanOutPosts(h.deps, { ...fire(START), destinations })).planned.map((p) => p.post.id)).toEqual(['p001']);
    const later = await fanOutPosts(h.deps, { ...fire(new Date(START.getTime() + 7 * 86_400_000)), destinations });
    expect(later).toEqual({ planned: [], exhausted: [t.rooms.shangsi3.id] });
  });

  it('sends a hand-picked post to every group, even one that had it', async () => {
    await town(h.db);
    const post = (await findPost(h.db, 'p012'))!;
    const destinations = await resolveTarget(h.db, { kind: 'village', name: '上司村' });
    const manual = (id: number) => ({ planAt: START, post, scheduleId: null, batch: `manual:${id}`, keyOf: (r: number) => `post-manual:${id}:${r}` });
    await fanOutPosts(h.deps, { ...manual(1), destinations });
    await fanOutPosts(h.deps, { ...manual(2), destinations });
    const log = await h.db.select().from(postLog);
    expect(log).toHaveLength(4);
    expect(log.every((l) => l.manual && l.postId === post.dbId)).toBe(true);
  });
});
