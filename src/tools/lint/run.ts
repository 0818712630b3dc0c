// `npm run lint:seams`: reads every .ts file in src/ and fails listing each broken seam.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkTree, type SourceFile } from './boundaries.js';

/** Every .ts file under `root`/src, with paths relative to `root` in '/' form ('src/x/y.ts'). */
export function readSources(root: string): SourceFile[] {
  const names = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' });
  return names
    .filter((n) => n.endsWith('.ts'))
    .map((n) => `src/${n.split('\\').join('/')}`)
    .sort()
    .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

/** Prints the findings and returns the exit code: 0 when every seam holds. */
export function runSeamCheck(root: string, print: (line: string) => void): number {
  const sources = readSources(root);
  const found = checkTree(sources);
  for (const line of found) print(line);
  print(found.length === 0 ? `seams hold (${sources.length} files)` : `${found.length} broken seam(s)`);
  return found.length === 0 ? 0 : 1;
}

// Run as a script (`tsx src/tools/lint/run.ts`), not when a test imports it.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = runSeamCheck(process.cwd(), (line) => console.log(line));
