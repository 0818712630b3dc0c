import { citeOf } from './corpus.js';
import type { FusedDoc } from './fuse.js';
import type { Citation, KnowledgeEntry } from './knowledge.js';
import type { Article } from './statutes.js';

/** A curated entry that matched; `strength` = its score over the query's weight in the entry index (0–~2). */
export interface EntryHit { entry: KnowledgeEntry; score: number; strength: number; citations: Citation[] }
/** An entry hit with the indexes of the articles it cites. */
export interface RankedEntry extends EntryHit { docs: number[] }

/**
 * An entry this strong may reorder the top articles and give its own explanation. Below it the
 * entry is one voice in the fusion at most. Chosen on the tune part of the development sets.
 */
export const SPEAK_STRENGTH = 0.8;

export function rankEntries(scores: Float64Array, mass: number, knowledge: readonly KnowledgeEntry[], cites: number[][], articles: Article[]): RankedEntry[] {
  const hits: RankedEntry[] = [];
  knowledge.forEach((entry, i) => {
    const score = scores[i]!;
    const docs = cites[i]!;
    if (score > 0) hits.push({ entry, score, strength: mass > 0 ? score / mass : 0, docs, citations: docs.map((d) => citeOf(articles[d]!)) });
  });
  // Stable sort: equal scores keep file order, so results never depend on timing.
  return hits.sort((a, b) => b.score - a.score);
}

/** The articles strong entries cite, the best entry's first: one more voice in the fusion, never the whole answer. */
export function curatedList(entries: readonly RankedEntry[], strong: number): number[] {
  const docs: number[] = [];
  for (const e of entries) {
    if (e.strength < strong) break;
    for (const d of e.docs) if (!docs.includes(d)) docs.push(d);
  }
  return docs;
}

/**
 * A curated entry speaks only when its own match is strong and the fused ranking already holds its
 * citations near the top: then those citations move to the front, in the entry's order. It can
 * reorder what the statutes' own words found, never bring in what they did not.
 */
export function promoteAgreeing(fused: FusedDoc[], best: RankedEntry | undefined, strength: number, depth: number): FusedDoc[] {
  if (!best || best.strength < strength) return fused;
  const near = fused.slice(0, depth);
  const lifted = best.docs.map((d) => near.find((f) => f.doc === d)).filter((f): f is FusedDoc => f !== undefined);
  if (lifted.length === 0) return fused;
  return [...lifted, ...fused.filter((f) => !lifted.includes(f))];
}
