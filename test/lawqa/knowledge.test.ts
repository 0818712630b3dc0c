import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { KNOWLEDGE_DIR, TOPICS, loadKnowledge, type KnowledgeEntry } from '../../src/lawqa/knowledge.js';
import { loadLawsDir } from '../../src/lawqa/statutes.js';

// The statute corpus sits beside the repository (shared/ next to main/), in CI as on a developer machine.
const LAWS_DIR = fileURLToPath(new URL('../../../shared/data/laws/', import.meta.url));

/** Each curated file as written, so per-file rules (topic = file name) can be checked. */
function readFiles(): { name: string; entries: KnowledgeEntry[] }[] {
  return readdirSync(KNOWLEDGE_DIR)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => ({ name, entries: JSON.parse(readFileSync(join(KNOWLEDGE_DIR, name), 'utf8')) as KnowledgeEntry[] }));
}

const citeKey = (law: string, article: number, sub: number | null | undefined): string => `${law}#${article}#${sub ?? 0}`;

describe('curated legal knowledge', async () => {
  const entries = await loadKnowledge();
  const files = readFiles();

  it('has one file per topic and at least 150 entries in all', () => {
    expect(files.map((f) => f.name.replace(/\.json$/, '')).sort()).toEqual([...TOPICS].sort());
    expect(entries.length).toBeGreaterThanOrEqual(150);
  });

  it('covers every topic with a substantial set of situations', () => {
    for (const topic of TOPICS) expect(entries.filter((e) => e.topic === topic).length, topic).toBeGreaterThanOrEqual(25);
  });

  it('keeps each entry in the file of its topic, with ids numbered by topic', () => {
    for (const { name, entries: inFile } of files) {
      const topic = name.replace(/\.json$/, '');
      for (const e of inFile) {
        expect(e.topic, e.id).toBe(topic);
        expect(e.id, e.id).toMatch(new RegExp(`^${topic}-\\d{3}$`));
      }
    }
  });

  it('has unique ids and no question asked twice', () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(new Set(entries.map((e) => e.q.trim())).size).toBe(entries.length);
  });

  it('gives short, non-empty answers (at most 200 characters)', () => {
    for (const e of entries) {
      expect(e.a.trim().length, e.id).toBeGreaterThan(0);
      expect([...e.a].length, e.id).toBeLessThanOrEqual(200);
    }
  });

  it('cites at least one article per entry, without repeating one', () => {
    for (const e of entries) {
      expect(e.cites.length, e.id).toBeGreaterThanOrEqual(1);
      const keys = e.cites.map((c) => citeKey(c.law, c.article, c.sub));
      expect(new Set(keys).size, e.id).toBe(keys.length);
    }
  });

  it('lists retrieval keywords for every entry', () => {
    for (const e of entries) {
      expect(e.keywords?.length ?? 0, e.id).toBeGreaterThanOrEqual(3);
      for (const k of e.keywords ?? []) expect(k.trim(), e.id).toBe(k);
    }
  });
});

describe.runIf(existsSync(LAWS_DIR))('citations against the shared statute corpus', () => {
  // Loaded in beforeAll: a skipped describe still runs its body to collect tests.
  let entries: Awaited<ReturnType<typeof loadKnowledge>> = [];
  let titles = new Set<string>();
  let articles = new Set<string>();
  beforeAll(async () => {
    entries = await loadKnowledge();
    const statutes = await loadLawsDir(LAWS_DIR);
    titles = new Set(statutes.map((s) => s.title));
    articles = new Set(statutes.flatMap((s) => s.articles.map((a) => citeKey(s.title, a.article, a.sub))));
  });

  it('names only laws that are in the corpus', () => {
    const unknown = entries.flatMap((e) => e.cites.filter((c) => !titles.has(c.law)).map((c) => `${e.id}: ${c.law}`));
    expect(unknown).toEqual([]);
  });

  it('cites only articles that exist in those laws', () => {
    const missing = entries.flatMap((e) =>
      e.cites.filter((c) => !articles.has(citeKey(c.law, c.article, c.sub))).map((c) => `${e.id}: ${c.law} 第${c.article}条${c.sub ? `之${c.sub}` : ''}`),
    );
    expect(missing).toEqual([]);
  });
});
