import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { withCommandTable } from '../../src/tools/cli/docs.js';

describe('README and the usage guide', () => {
  it('docs/usage.md shows the chat commands exactly as the command table defines them (refresh with `npx gridbot docs`)', async () => {
    const usage = await readFile(new URL('../../docs/usage.md', import.meta.url), 'utf8');
    expect(usage).toBe(await withCommandTable(usage));
  });

  it('links only to docs that exist', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const links = [...readme.matchAll(/\]\((docs\/[^)#]+)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    for (const link of new Set(links)) await expect(readFile(new URL(`../../${link}`, import.meta.url), 'utf8')).resolves.toBeTruthy();
  });

  it('starts with the two set-up commands', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const firstBlock = readme.slice(readme.indexOf('```'), readme.indexOf('```', readme.indexOf('```') + 3));
    expect(firstBlock).toContain('npm install && npm start');
    expect(firstBlock).toContain('npm install && npm test');
  });
});
