import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatCitation, loadSeedPosts } from '../../src/broadcast/content.js';
import { parseTheme, SPECIAL_DAYS, specialDaysOn, THEMES } from '../../src/broadcast/themes.js';
import { loadLawsDir } from '../../src/lawqa/statutes.js';

const LAWS_DIR = fileURLToPath(new URL('../../../shared/data/laws', import.meta.url));
const posts = await loadSeedPosts();

describe('seed posts', () => {
  it('has enough for a year of weekly posts', () => expect(posts.length).toBeGreaterThanOrEqual(60));

  it('uses unique ids', () => expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length));

  it('covers every theme', () => {
    for (const t of THEMES) expect(posts.filter((p) => p.theme === t).length, t).toBeGreaterThanOrEqual(3);
  });

  it('has a post for every special day', () => {
    for (const d of SPECIAL_DAYS)
      expect(
        posts.some((p) => p.specialDay === d),
        d,
      ).toBe(true);
  });

  it('keeps bodies short enough for a phone', () => {
    for (const p of posts) {
      expect(p.body.length, p.id).toBeGreaterThanOrEqual(80);
      expect(p.body.length, p.id).toBeLessThanOrEqual(250);
    }
  });

  it('cites at least one article in every post', () => {
    expect(posts.filter((p) => p.cites.length === 0)).toEqual([]);
  });

  it.runIf(existsSync(LAWS_DIR))('cites only articles that exist in the statute corpus', async () => {
    const statutes = await loadLawsDir(LAWS_DIR);
    const known = new Set(statutes.flatMap((s) => s.articles.map((a) => `${s.title}#${a.article}#${a.sub ?? 0}`)));
    const missing = posts.flatMap((p) => p.cites.filter((c) => !known.has(`${c.law}#${c.article}#${c.sub ?? 0}`)).map((c) => `${p.id} ${formatCitation(c)}`));
    expect(statutes.length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});

describe('themes and special days', () => {
  it.each([
    ['土地', 'land'],
    ['山林土地', 'land'],
    ['反诈', 'antifraud'],
    ['信访', 'petition'],
    ['老人', 'elderly'],
    [' 邻里 ', 'neighbor'],
    ['minors', 'minors'],
    ['天气', null],
  ])('reads theme %j as %s', (word, theme) => expect(parseTheme(word)).toBe(theme));

  it.each<[number, number, string[]]>([
    [12, 4, ['12-04']],
    [3, 15, ['03-15']],
    [5, 20, ['05']],
    [10, 1, ['harvest']],
    [1, 20, ['spring-festival']],
    [2, 16, []],
    [7, 1, []],
  ])('on %i-%i the special days are %j', (m, d, days) => expect(specialDaysOn(m, d)).toEqual(days));
});
