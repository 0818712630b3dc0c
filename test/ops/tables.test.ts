import { describe, expect, it } from 'vitest';
import { foreignKeyOrder, schemaTables, type TableInfo } from '../../src/ops/index.js';

describe('schema tables in foreign-key order', () => {
  it('lists every table once, each after the tables it references', () => {
    const tables = schemaTables();
    const names = tables.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['villages', 'members', 'disputes', 'outbox', 'fire_claims']));
    for (const [i, t] of tables.entries()) for (const r of t.references) expect(names.indexOf(r), `${t.name} → ${r}`).toBeLessThan(i);
  });

  it('gives composite primary keys too', () => {
    expect(schemaTables().find((t) => t.name === 'fire_claims')!.primaryKey).toEqual(['job_key', 'fire_at']);
  });

  it('refuses a cycle', () => {
    const t = (name: string, references: string[]) => ({ name, references, columns: [], primaryKey: [] }) as unknown as TableInfo;
    expect(() => foreignKeyOrder([t('a', ['b']), t('b', ['a'])])).toThrow(/成环/);
  });
});
