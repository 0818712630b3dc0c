import { readFile } from 'node:fs/promises';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { migratePgliteClient } from './migrate.js';

type Assets = Pick<PGliteOptions, 'pgliteWasmModule' | 'initdbWasmModule' | 'fsBundle'>;

// Compiling PGlite's WebAssembly and running initdb cost seconds per instance. One process
// (a test worker, a replay of several files) compiles once and clones fresh in-memory databases
// from one migrated template, in well under a second each.
let assets: Promise<Assets> | null = null;
let template: Promise<Blob> | null = null;

// Node has WebAssembly at run time; this project's TypeScript lib settings do not declare the value.
const wasm = (globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<NonNullable<Assets['pgliteWasmModule']>> } }).WebAssembly;

async function loadAssets(): Promise<Assets> {
  const dist = new URL('./', import.meta.resolve('@electric-sql/pglite'));
  const [pglite, initdb, data] = await Promise.all(
    ['pglite.wasm', 'initdb.wasm', 'pglite.data'].map((f) => readFile(new URL(f, dist))),
  );
  const [pgliteWasmModule, initdbWasmModule] = await Promise.all([wasm.compile(pglite!), wasm.compile(initdb!)]);
  return { pgliteWasmModule, initdbWasmModule, fsBundle: new Blob([data!]) };
}

export const pgliteAssets = (): Promise<Assets> => (assets ??= loadAssets());

async function buildTemplate(): Promise<Blob> {
  const client = new PGlite({ ...(await pgliteAssets()) });
  await migratePgliteClient(client);
  const dump = await client.dumpDataDir('none');
  await client.close();
  return dump;
}

/** A new in-memory PGlite with every committed migration already applied. */
export async function freshMigratedPglite(): Promise<PGlite> {
  const loadDataDir = await (template ??= buildTemplate());
  const client = new PGlite({ ...(await pgliteAssets()), loadDataDir });
  await client.waitReady;
  return client;
}
