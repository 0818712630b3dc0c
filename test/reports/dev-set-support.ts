import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The shared data folder sits beside the repository (/work/shared next to /work/main, and the
// same layout in CI), so resolve it from the repository root, not from the working directory.
export const repoRoot = new URL('../../', import.meta.url);
const devSet = fileURLToPath(new URL('../shared/data/report-dev.jsonl', repoRoot));

interface ExpectedDispute {
  category: string;
  status: string;
  risks: string[];
}
type Expected = { ok: true; grid: string; households: number; nil: boolean; disputes: ExpectedDispute[] } | { ok: false; fields: string[] };
interface DevCase {
  id: string;
  text: string;
  expected: Expected;
}

/** The development set as it is on disk ('' when it is not beside the repository). */
export const devSetText = existsSync(devSet) ? readFileSync(devSet, 'utf8') : '';
export const devCases: DevCase[] = devSetText
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as DevCase);
