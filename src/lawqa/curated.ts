import { citeOf } from './corpus.js';
import type { FusedDoc } from './fuse.js';
import type { Citation, KnowledgeEntry } from './knowledge.js';
import type { Article } from './statutes.js';

/**
 * A curated entry that matched; `strength` = its score over the query's weight in the entry index (0–~2);
 * `specificity` = the share of the entry's own question words (and their expansion) the question holds (0–1).
 */
export interface EntryHit {
  entry: KnowledgeEntry;
  score: number;
  strength: number;
  specificity: number;
  citations: Citation[];
}
/** An entry hit with the indexes of the articles it cites. */
export interface RankedEntry extends EntryHit {
  docs: number[];
}

/**
 * An entry this strong may reorder the top articles and give its own explanation. Below it the
 * entry is one voice in the fusion at most. Chosen on the tune part of the development sets.
 */
export const SPEAK_STRENGTH = 0.8;

/** What the entry index knows of each entry: the articles it cites and the words it is asked with. */
export interface EntryIndex {
  cites: number[][];
  asked: ReadonlySet<string>[];
}

export function rankEntries(
  scores: Float64Array,
  mass: number,
  query: ReadonlySet<string>,
  knowledge: readonly KnowledgeEntry[],
  ix: EntryIndex,
  articles: Article[],
): RankedEntry[] {
  const hits: RankedEntry[] = [];
  knowledge.forEach((entry, i) => {
    const score = scores[i]!;
    if (score <= 0) return;
    const docs = ix.cites[i]!;
    const asked = ix.asked[i]!;
    const specificity = asked.size > 0 ? [...asked].filter((t) => query.has(t)).length / asked.size : 0;
    hits.push({ entry, score, strength: mass > 0 ? score / mass : 0, specificity, docs, citations: docs.map((d) => citeOf(articles[d]!)) });
  });
  // Stable sort: equal scores keep file order, so results never depend on timing.
  // Stable sort: equal scores keep file order, so results never depend on timing.
  return hits.sort((a, b) => b.score - a.score);
}

/**
 * The articles the entries near the best one cite, ranked by Σ (entry score / best)² · decay^place:
 * an article two close entries both cite leads; one voice in the fusion, never the whole answer.
 */
export function curatedList(entries: readonly RankedEntry[], strong: number, window: number, decay: number): number[] {
  const best = entries[0];
  if (!best || best.strength < strong) return [];
  const votes = new Map<number, number>();
  for (const e of entries) {
    if (e.score < best.score * window) break;
    e.docs.forEach((d, n) => votes.set(d, (votes.get(d) ?? 0) + (e.score / best.score) ** 2 * decay ** n));
  }
  return [...votes].sort((x, y) => y[1] - x[1] || x[0] - y[0]).map(([d]) => d);
}

/**
 * How loudly the curated list speaks: `boost` for a best entry whose strength × specificity reaches
 * `reference`, in proportion below it and above it up to `cap` times the boost. A long formal question
 * that shares one common word with an entry hardly moves the ranking; a resident's own wording of
 * the entry's question can lead it.
 */
export const curatedWeight = (best: RankedEntry | undefined, boost: number, reference: number, cap: number): number =>
  best ? boost * Math.min(cap, (best.strength * best.specificity) / reference) : 0;

/** When a question is in a resident's own words: its best entry matches this strongly and this specifically. */
export interface RegisterRule {
  strength: number;
  specificity: number;
  weight: number;
}

/**
 * A question worded like a curated entry's (most of its words are the entry's, as residents ask) lets the
 * curated list weigh `weight`, nearly deciding the ranking; a formal question keeps the plain fusion.
 */
export const colloquial = (best: RankedEntry | undefined, rule: RegisterRule): boolean =>
  best !== undefined && best.strength >= rule.strength && best.specificity >= rule.specificity;

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

/** When the best entry may lead even where the statutes' own words did not find its articles. */
export interface LeadRule {
  strength: number;
  specificity: number;
  count: number;
  /** A runner-up this close to the best (score share) that leads with another article makes the reading a tie. */
  margin: number;
}

/**
 * An entry (`entries[0]`, the best) that matched strongly AND specifically (most of its own question words are in the
 * question, not one common word) puts its first `count` citations first: residents' words often
 * share nothing with the statute's ("狗把娃咬了" vs 饲养的动物造成他人损害). Otherwise the entry
 * may only reorder the top articles (promoteAgreeing).
 */
export function leadSpecific(fused: FusedDoc[], entries: readonly RankedEntry[], rule: LeadRule): FusedDoc[] {
  const [best, next] = entries;
  if (!best || best.strength < rule.strength || best.specificity < rule.specificity) return fused;
  // Two readings of the question nearly tied (撂荒 taken back by the village, or by the one renting it)
  // that lead with different articles: the statutes' own fusion decides rather than the first entry.
  if (next && next.score >= best.score * rule.margin && next.docs[0] !== best.docs[0]) return fused;
  const top = fused[0]?.score ?? 0;
  const lead = best.docs.slice(0, rule.count).map((doc, i) => fused.find((f) => f.doc === doc) ?? { doc, score: top, ranks: { curated: i + 1 } });
  return [...lead, ...fused.filter((f) => !lead.includes(f))];
}
