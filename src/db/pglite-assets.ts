import { createHash } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { MIGRATIONS_DIR, migratePgliteClient } from './migrate.js';

type Assets = Pick<PGliteOptions, 'pgliteWasmModule' | 'initdbWasmModule' | 'fsBundle' | 'startParams'>;

// Compiling PGlite's WebAssembly and running initdb cost seconds per instance. One process
// (a test worker, a replay of several files) compiles once and clones fresh in-memory databases
// from one migrated template, in well under a second each.
let assets: Promise<Assets> | null = null;
let template: Promise<Blob> | null = null;

// Node has WebAssembly at run time; this project's TypeScript lib settings do not declare the value.
const wasm = (globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<NonNullable<Assets['pgliteWasmModule']>> } }).WebAssembly;

/** PGlite's dist folder (the wasm and data files sit beside its entry point). */
const pgliteDist = async (): Promise<URL> => new URL('./', import.meta.resolve('@electric-sql/pglite'));

async function loadAssets(): Promise<Assets> {
  const dist = await pgliteDist();
  const [pglite, initdb, data] = await Promise.all(['pglite.wasm', 'initdb.wasm', 'pglite.data'].map((f) => readFile(new URL(f, dist))));
  const [pgliteWasmModule, initdbWasmModule] = await Promise.all([wasm.compile(pglite!), wasm.compile(initdb!)]);
  return { pgliteWasmModule, initdbWasmModule, fsBundle: new Blob([data!]), startParams: PGLITE_START_PARAMS };
}

// PGlite starts with PostgreSQL's server defaults: a 128 MB buffer pool and 100 connection slots,
// kept inside the WebAssembly memory, which never shrinks: ~150 MB resident for the bot's whole
// life. A township's database is a few hundred MB at most, its files sit in the OS page cache
// anyway, and PGlite has exactly one connection.
export const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB', '-c', 'max_connections=10'];

export const pgliteAssets = (): Promise<Assets> => (assets ??= loadAssets());

async function buildTemplate(): Promise<Blob> {
  const client = new PGlite({ ...(await pgliteAssets()) });
  await migratePgliteClient(client);
  const dump = await client.dumpDataDir('none');
  await client.close();
  return dump;
}

/**
 * The template is also kept on disk, keyed by the migrations and the PGlite version, so that
 * separate processes (test files, replays, the sandbox) skip initdb and the migrations too.
 */
async function templateFile(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.parse(await readFile(new URL('../package.json', await pgliteDist()), 'utf8').catch(() => '{}')).version ?? '');
  for (const f of (await readdir(MIGRATIONS_DIR)).filter((n) => n.endsWith('.sql')).sort()) hash.update(await readFile(join(MIGRATIONS_DIR, f)));
  return join(tmpdir(), `gridbot-pglite-template-${hash.digest('hex').slice(0, 16)}.tar`);
}

const readTemplate = async (file: string): Promise<Blob | null> => {
  const cached = await readFile(file).catch(() => null);
  return cached && new Blob([cached]);
};

/** The migrated template when this machine has built it before, else null. */
export const templateIfCached = async (): Promise<Blob | null> => readTemplate(await templateFile());

async function cachedTemplate(): Promise<Blob> {
  const file = await templateFile();
  const cached = await readTemplate(file);
  if (cached) return cached;
  const dump = await buildTemplate();
  // Write then rename: a concurrent reader sees either no file or a whole one.
  const partial = `${file}.${process.pid}.part`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, file);
  return dump;
}

/** A new in-memory PGlite with every committed migration already applied. */
export async function freshMigratedPglite(): Promise<PGlite> {
  const client = new PGlite({ ...(await pgliteAssets()), loadDataDir: await (template ??= cachedTemplate()) });
  await client.waitReady;
  return client;
}
