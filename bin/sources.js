// What bin/gridbot.js and bin/build.js agree on: where the sources and the compiled copy live,
// and a fingerprint of the sources (names, sizes, modification times) to tell whether the copy is current.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const SRC = `${ROOT}src/`;
export const DIST = `${ROOT}dist/`;
/** Inside dist/: the fingerprint of the sources it was built from. */
export const STAMP = '.sources';

export function fingerprint() {
  const hash = createHash('sha1');
  for (const f of readdirSync(SRC, { recursive: true }).sort()) {
    const s = statSync(SRC + f);
    if (s.isFile()) hash.update(`${f}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return hash.digest('hex');
}
