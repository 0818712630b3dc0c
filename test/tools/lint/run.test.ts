import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSources, runSeamCheck } from '../../../src/tools/lint/run.js';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A project folder on disk holding `files` (path → text). */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'gridbot-seams-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const run = (root: string) => {
  const lines: string[] = [];
  return { code: runSeamCheck(root, (l) => lines.push(l)), lines };
};

describe('npm run lint:seams', () => {
  it('reads every .ts file under src/ (nested, in order) and nothing else', () => {
    const root = tree({ 'src/b.ts': '', 'src/a/x/y.ts': '', 'src/a/notes.md': '', 'test/t.ts': '' });
    expect(readSources(root).map((f) => f.path)).toEqual(['src/a/x/y.ts', 'src/b.ts']);
  });

  it('exits 0 on a tree whose seams hold', () => {
    const root = tree({ 'src/kernel/result.ts': 'export const ok = 1;', 'src/reports/handle.ts': "import { ok } from '../kernel/result.js';" });
    expect(run(root)).toEqual({ code: 0, lines: ['seams hold (2 files)'] });
  });

  it('exits 1 listing each broken seam', () => {
    const root = tree({
      'src/kernel/router.ts': "import type { Member } from '../db/types.js';",
      'src/ledger/types.ts': "export type { Draft } from '../reports/grammar/types.js';",
      'src/db/types.ts': 'export type Member = { id: number };',
    });
    const { code, lines } = run(root);
    expect(code).toBe(1);
    expect(lines).toEqual([
      'src/kernel/router.ts:1 imports src/db/types.ts: the kernel imports nothing in src/ outside kernel/',
      'src/ledger/types.ts:1 imports src/reports/grammar/types.ts: ledger/ and disputes/ import nothing from reports/',
      '2 broken seam(s)',
    ]);
  });
});
