import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge, parseKnowledgeFile } from '../../src/lawqa/knowledge.js';

const entry = (id: string, extra: object = {}) => ({
  id,
  topic: 'family',
  q: '男人打俺，能离婚不',
  a: '家暴是法定准予离婚的情形，可以起诉离婚。',
  cites: [{ law: '中华人民共和国民法典', article: 1079 }],
  ...extra,
});

describe('parseKnowledgeFile', () => {
  it('accepts entries with optional sub-numbers and keywords', () => {
    const text = JSON.stringify([
      entry('family-001', { keywords: ['家暴'] }),
      entry('other-002', { topic: 'other', cites: [{ law: '中华人民共和国刑法', article: 287, sub: 2 }] }),
    ]);
    const r = parseKnowledgeFile(text, 'x.json');
    expect(r.ok && r.value.map((e) => e.cites[0])).toEqual([
      { law: '中华人民共和国民法典', article: 1079 },
      { law: '中华人民共和国刑法', article: 287, sub: 2 },
    ]);
  });

  it('names the file, entry and field of each problem', () => {
    const r = parseKnowledgeFile(JSON.stringify([entry('family-001', { topic: 'health', cites: [] })]), 'family.json');
    expect(r.ok).toBe(false);
    const fields = r.ok ? [] : r.problems.map((p) => p.field);
    expect(fields).toContain('family.json:0.topic');
    expect(fields).toContain('family.json:0.cites');
  });

  it('reports broken JSON instead of throwing', () => {
    const r = parseKnowledgeFile('[{"id": ', 'bad.json');
    expect(!r.ok && r.problems[0]?.field).toBe('bad.json');
  });
});

describe('loadKnowledge', () => {
  let dir = '';
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('loads every json file of a folder, sorted by id', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kn-'));
    await writeFile(join(dir, 'b.json'), JSON.stringify([entry('family-002')]));
    await writeFile(join(dir, 'a.json'), JSON.stringify([entry('family-003'), entry('family-001')]));
    await writeFile(join(dir, 'notes.txt'), 'ignored');
    expect((await loadKnowledge(dir)).map((e) => e.id)).toEqual(['family-001', 'family-002', 'family-003']);
  });

  it('stops with every problem listed, duplicate ids included', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kn-'));
    await writeFile(join(dir, 'a.json'), JSON.stringify([entry('family-001')]));
    await writeFile(join(dir, 'b.json'), JSON.stringify([entry('family-001')]));
    await writeFile(join(dir, 'c.json'), JSON.stringify([entry('family-002'), entry('family-003', { a: '' })]));
    await expect(loadKnowledge(dir)).rejects.toThrow(/c\.json:1\.a.*编号 family-001 重复/);
  });

  it('loads the curated entries of the repository by default', async () => {
    const entries = await loadKnowledge();
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.cites.length > 0)).toBe(true);
  });
});
