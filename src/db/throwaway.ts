import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import postgres from 'postgres';
import { openDatabase, type Database } from './client.js';
import { MIGRATIONS_DIR, migratePostgresUrl } from './migrate.js';

/** A fresh migrated in-memory PGlite (a clone of the migrated template: nothing left to migrate). */
export async function throwawayPglite(): Promise<Database> {
  return openDatabase({ memory: true });
}

const withDatabase = (serverUrl: string, name: string): string => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

/** An empty database on the server behind `serverUrl`; drop() removes it. */
export async function emptyServerDatabase(serverUrl: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  return serverDatabase(serverUrl, prefix, null);
}

async function serverDatabase(serverUrl: string, prefix: string, template: string | null): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(template ? `create database ${name} template ${template}` : `create database ${name}`).catch(async (err) => {
    await admin.end();
    throw err;
  });
  return {
    url: withDatabase(serverUrl, name),
    async drop() {
      await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
      await admin.end();
    },
  };
}

/** Arbitrary constant: serialises building the migrated template among processes sharing a server. */
const TEMPLATE_LOCK = 0x67727470;
const TEMPLATE_PREFIX = 'gridbot_template_';
const templates = new Map<string, Promise<string>>();

async function migrationsDigest(): Promise<string> {
  const hash = createHash('sha256');
  for (const f of (await readdir(MIGRATIONS_DIR)).filter((n) => n.endsWith('.sql')).sort()) hash.update(await readFile(join(MIGRATIONS_DIR, f)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The name of a database on the server holding every committed migration, built once per server
 * and set of migrations: copying it (CREATE DATABASE … TEMPLATE) takes a fraction of the second
 * that migrating an empty database takes. It is migrated under another name and renamed when
 * whole, so a build cut short never serves as a template; templates of older migrations go.
 */
async function buildTemplate(serverUrl: string): Promise<string> {
  const name = `${TEMPLATE_PREFIX}${await migrationsDigest()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin`select pg_advisory_lock(${TEMPLATE_LOCK})`;
    const found = await admin`select datname from pg_database where starts_with(datname, ${TEMPLATE_PREFIX})`;
    if (found.some((r) => r.datname === name)) return name;
    for (const { datname } of found) await admin.unsafe(`drop database if exists ${datname} with (force)`);
    const draft = `${name}_draft`;
    await admin.unsafe(`create database ${draft}`);
    await migratePostgresUrl(withDatabase(serverUrl, draft));
    await admin.unsafe(`alter database ${draft} rename to ${name}`);
    return name;
  } finally {
    await admin`select pg_advisory_unlock(${TEMPLATE_LOCK})`.catch(() => {});
    await admin.end();
  }
}

const migratedTemplate = (serverUrl: string): Promise<string> => {
  let template = templates.get(serverUrl);
  if (!template) {
    template = buildTemplate(serverUrl);
    // A failed build is tried again by the next caller rather than remembered.
    template.catch(() => templates.delete(serverUrl));
    templates.set(serverUrl, template);
  }
  return template;
};

/**
 * A new migrated database on the server behind `serverUrl` (a copy of the migrated template),
 * dropped again by close(): benchmarks and tests never write into the township's own database.
 */
export async function throwawayPostgres(serverUrl: string, prefix = 'gridbot_tmp'): Promise<Database & { url: string }> {
  const copy = await serverDatabase(serverUrl, prefix, await migratedTemplate(serverUrl));
  try {
    const database = await openDatabase({ url: copy.url });
    return {
      ...database,
      url: copy.url,
      async close() {
        await database.close();
        await copy.drop();
      },
    };
  } catch (err) {
    await copy.drop();
    throw err;
  }
}
