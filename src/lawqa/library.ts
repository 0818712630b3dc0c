import { createHash } from 'node:crypto';
import type { Db } from '../db/client.js';
import { KNOWLEDGE_DIR, loadKnowledge, type KnowledgeEntry } from './knowledge.js';
import { lawsKey, loadStatutes } from './repo-laws.js';
import { createRetriever, type Retriever } from './retrieve.js';

/** The statutes in the database plus the curated entries, as one index that follows imports. */
export interface LawLibrary {
  /** The current index; rebuilt when the imported laws changed since the last call. */
  retriever(): Promise<Retriever>;
}

export interface LibraryOptions {
  knowledgeDir?: string;
}

interface Knowledge {
  entries: KnowledgeEntry[];
  hash: string;
}

// Building the index segments every article (~0.5 s for the shared corpus). The index is a pure
// function of the statutes and the entries, so a process keeps the last few it built by content:
// the bot after an import elsewhere rebuilds once, and replays of many scenarios on equal fresh
// databases build once. Bounded, so an import cycle never holds more than a few indexes.
const MAX_INDEXES = 2;
const indexes = new Map<string, Promise<Retriever>>();
const knowledgeByDir = new Map<string, Promise<Knowledge>>();

async function readKnowledge(dir: string): Promise<Knowledge> {
  const entries = await loadKnowledge(dir);
  return { entries, hash: createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 32) };
}

function knowledgeOf(dir: string): Promise<Knowledge> {
  let k = knowledgeByDir.get(dir);
  if (!k) {
    k = readKnowledge(dir);
    knowledgeByDir.set(dir, k);
    k.catch(() => knowledgeByDir.delete(dir));
  }
  return k;
}

function remember(key: string, build: () => Promise<Retriever>): Promise<Retriever> {
  const known = indexes.get(key);
  if (known) {
    // Most recently used last, so the oldest is the one dropped.
    indexes.delete(key);
    indexes.set(key, known);
    return known;
  }
  const fresh = build();
  indexes.set(key, fresh);
  fresh.catch(() => indexes.delete(key));
  while (indexes.size > MAX_INDEXES) indexes.delete(indexes.keys().next().value!);
  return fresh;
}

/**
 * One library per app (and per CLI command). Every call reads a small key of the imported laws
 * (titles and content hashes), so an import by `gridbot laws import` in another process is picked
 * up by the running bot at its next question.
 */
export function createLawLibrary(db: Db, options: LibraryOptions = {}): LawLibrary {
  const dir = options.knowledgeDir ?? KNOWLEDGE_DIR;
  return {
    async retriever() {
      const [knowledge, laws] = await Promise.all([knowledgeOf(dir), lawsKey(db)]);
      return remember(`${knowledge.hash}/${laws}`, async () => createRetriever(await loadStatutes(db), knowledge.entries));
    },
  };
}
