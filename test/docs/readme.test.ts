import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readmeWithCommands } from '../../src/cli/docs.js';

describe('README', () => {
  it('shows the chat commands exactly as the command table defines them (refresh with `npx gridbot docs`)', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toBe(await readmeWithCommands(readme));
  });

  it('starts with the two set-up commands', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const firstBlock = readme.slice(readme.indexOf('```'), readme.indexOf('```', readme.indexOf('```') + 3));
    expect(firstBlock).toContain('npm install && npm start');
    expect(firstBlock).toContain('npm install && npm test');
  });
});
