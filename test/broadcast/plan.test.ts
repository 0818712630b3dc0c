import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSeedPosts, type Post } from '../../src/broadcast/content.js';
import { activeOccasions, choosePostWithReason, choosePost, type Delivery } from '../../src/broadcast/plan.js';
import type { Theme } from '../../src/broadcast/themes.js';
import { addDays, fromLocal } from '../../src/kernel/time.js';

const posts = await loadSeedPosts();
const at = (y: number, m: number, d: number, h = 20) => fromLocal({ year: y, month: m, day: d, hour: h }, 'Asia/Shanghai');
const byId = (id: string) => posts.find((p) => p.id === id)!;
const plain = (overrides: Partial<Parameters<typeof choosePost>[0]> = {}) => ({ now: at(2026, 7, 8), posts, history: [] as Delivery[], recentThemes: [] as Theme[], ...overrides });

describe('special days', () => {
  it('picks the constitution post on 12·4', () => {
    const c = choosePostWithReason(plain({ now: at(2026, 12, 4) }));
    expect(c?.reason).toBe('specialDay');
    expect(c?.post.specialDay).toBe('12-04');
  });

  it.each([
    ['the day after', at(2026, 12, 5, 9)],
    ['the Wednesday after (a weekly schedule)', at(2026, 12, 9)],
    ['the day before', at(2026, 12, 3)],
    ['two days after 3·15', at(2026, 3, 17)],
  ])('gives no occasion post %s: a special day is posted on its day or not at all', (_, now) => {
    expect(choosePost(plain({ now }))?.specialDay).toBeUndefined();
  });

  it('prefers the day itself over a season and a season over the disputes', () => {
    expect(activeOccasions(at(2026, 5, 20))).toEqual(['05']);
    expect(activeOccasions(at(2026, 3, 15))).toEqual(['03-15']);
    expect(activeOccasions(at(2026, 3, 17))).toEqual([]);
    const may = choosePostWithReason(plain({ now: at(2026, 5, 20), recentThemes: ['land'] }));
    expect(may?.post.specialDay).toBe('05');
  });

  it('uses the second 3·15 post once the first was sent', () => {
    const first = choosePost(plain({ now: at(2026, 3, 15) }))!;
    const second = choosePost(plain({ now: at(2026, 3, 15), history: [{ postId: first.id, at: at(2026, 3, 15, 9) }] }))!;
    expect([first.specialDay, second.specialDay]).toEqual(['03-15', '03-15']);
    expect(second.id).not.toBe(first.id);
  });

  it('keeps occasion posts out of ordinary weeks (6·26 ends on 2 July)', () => {
    for (let d = at(2026, 7, 3); d < at(2026, 8, 31); d = addDays(d, 1, 'Asia/Shanghai')) {
      expect(choosePost(plain({ now: d }))?.specialDay).toBeUndefined();
    }
  });
});

describe('disputes steer the themes', () => {
  it('gives a village with several land disputes a land post first', () => {
    const c = choosePostWithReason(plain({ recentThemes: ['land', 'family'] }));
    expect(c).toMatchObject({ reason: 'disputes', post: { theme: 'land' } });
  });

  it('moves to the next dispute theme right after a land post', () => {
    const history = [{ postId: 'p021', at: at(2026, 7, 1) }];
    expect(byId('p021').theme).toBe('land');
    expect(choosePost(plain({ history, recentThemes: ['land', 'family'] }))?.theme).toBe('family');
    expect(choosePostWithReason(plain({ history, recentThemes: ['land'] }))?.reason).toBe('rotation');
  });
});

describe('rotation and no repeats', () => {
  it('starts with a theme the group never had, and then the least recently posted one', () => {
    const history = [
      { postId: 'p001', at: at(2026, 6, 1) }, // family
      { postId: 'p011', at: at(2026, 6, 8) }, // neighbor
    ];
    const c = choosePostWithReason(plain({ history }));
    expect(c).toMatchObject({ reason: 'rotation', post: { theme: 'land' } });
  });

  it('serves a year of weekly posts without a repeat, steering toward land disputes', () => {
    const history: Delivery[] = [];
    for (let week = 0, now = at(2026, 1, 7); week < 52; week++, now = addDays(now, 7, 'Asia/Shanghai')) {
      const post = choosePost({ now, posts, history, recentThemes: ['land'] });
      expect(post, `week ${week}`).not.toBeNull();
      history.push({ postId: post!.id, at: now });
    }
    const ids = history.map((h) => h.postId);
    expect(new Set(ids).size).toBe(52);
    const themes = new Set(ids.map((id) => byId(id).theme));
    expect(themes.size).toBe(10);
    expect(ids.filter((id) => byId(id).theme === 'land').length).toBe(10);
  });

  it('may repeat a post only after a year', () => {
    const all = posts.map((p) => ({ postId: p.id, at: at(2025, 7, 8) }));
    expect(choosePost(plain({ now: at(2026, 7, 7), history: all }))).toBeNull();
    expect(choosePost(plain({ now: at(2026, 7, 9), history: all }))).not.toBeNull();
  });

  it('never returns a post the group had within 365 days', () => {
    const ids = posts.map((p) => p.id);
    const now = at(2026, 9, 16);
    const delivery = fc.record({
      postId: fc.constantFrom(...ids),
      at: fc.integer({ min: -500, max: 0 }).map((d) => addDays(now, d, 'Asia/Shanghai')),
    });
    const themes = fc.array(fc.constantFrom<Theme>('family', 'neighbor', 'land', 'economic', 'other'), { maxLength: 3 });
    fc.assert(
      fc.property(fc.array(delivery, { maxLength: 120 }), themes, (history, recentThemes) => {
        const post = choosePost({ now, posts, history, recentThemes });
        if (!post) return;
        const recent = history.filter((h) => now.getTime() - h.at.getTime() < 365 * 86_400_000);
        expect(recent.map((h) => h.postId)).not.toContain(post.id);
      }),
      { numRuns: 300 },
    );
  });

  it('works on a tiny library', () => {
    const tiny: Post[] = [
      { id: 'x001', title: '甲', body: '正文'.repeat(20), theme: 'land', cites: [] },
      { id: 'x002', title: '乙', body: '正文'.repeat(20), theme: 'safety', cites: [] },
    ];
    const now = at(2026, 7, 8);
    expect(choosePost({ now, posts: tiny, history: [], recentThemes: [] })?.id).toBe('x001');
    expect(choosePost({ now, posts: tiny, history: [{ postId: 'x001', at: now }], recentThemes: [] })?.id).toBe('x002');
    expect(choosePost({ now, posts: [], history: [], recentThemes: ['land'] })).toBeNull();
  });
});
