import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { migratePgliteClient } from './migrate.js';
import { pgliteAssets, templateIfCached } from './pglite-assets.js';

const SELF = fileURLToPath(import.meta.url);
/** Written last: a folder holding it is a whole database. */
const MARK = 'PG_VERSION';

/** Whether `dir` holds a PGlite database (as opposed to nothing, or the remains of a failed first start). */
export const isPgliteDir = (dir: string): boolean => existsSync(join(dir, MARK));

/**
 * Fills a PGlite data folder (initdb and every migration) in a short-lived child process. Done in the bot's own process, initdb grows a second WebAssembly
 * memory and tar buffers to ~1 GB resident, which V8 never hands back: a first start then idled at
 * 1 GB against ~0.4 GB on a restart. The child writes beside `dir` and the files are moved in with
 * PG_VERSION last, so a crash at any point leaves either a whole database or none. `keep`: files
 * of ours in `dir` (the lock) that stay. Anything else found there is moved aside, not deleted:
 * normally the remains of a first start that was killed, but never worth risking someone's data on.
 * Returns the folder it was moved to, if any.
 */
export async function initPgliteDir(dir: string, keep: string[]): Promise<string | null> {
  const aside = await moveAside(dir, keep);
  const fresh = await mkdtemp(join(dirname(dir), '.pglite-new-'));
  try {
    await runChild(fresh);
    const files = (await readdir(fresh)).filter((f) => f !== MARK);
    for (const f of [...files, MARK]) await rename(join(fresh, f), join(dir, f));
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
  return aside;
}

async function moveAside(dir: string, keep: string[]): Promise<string | null> {
  const found = (await readdir(dir)).filter((f) => !keep.includes(f));
  if (found.length === 0) return null;
  const aside = `${dir}-leftover-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  await mkdir(aside);
  for (const f of found) await rename(join(dir, f), join(aside, f));
  return aside;
}

async function runChild(dir: string): Promise<void> {
  // From the TypeScript sources (tsx, vitest) the child needs tsx's loader too; compiled, it does not.
  const loader = SELF.endsWith('.ts') ? ['--import', import.meta.resolve('tsx/esm')] : [];
  let stderr = '';
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [...loader, SELF, dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0 || !isPgliteDir(dir)) throw new Error(`PGlite initialisation of ${dir} failed (${code}): ${stderr}`);
}

/**
 * A copy of the migrated template when this machine has one (tests and replays build it), else
 * initdb and the migrations in place: building the template first would only slow a first start.
 */
async function initInThisProcess(dir: string): Promise<void> {
  const template = await templateIfCached();
  const client = new PGlite(dir, { ...(await pgliteAssets()), ...(template ? { loadDataDir: template } : {}) });
  await client.waitReady;
  if (!template) await migratePgliteClient(client);
  await client.close();
}

if (process.argv[1] === SELF) await initInThisProcess(process.argv[2]!);
