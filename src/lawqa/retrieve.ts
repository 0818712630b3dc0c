import { buildBm25, type QueryTerm } from './bm25.js';
import { articleDoc, citeKey, citeOf, entryDoc, indexableArticles } from './corpus.js';
import { createExpander, queryTerms } from './expand.js';
import type { Citation, KnowledgeEntry } from './knowledge.js';
import { DOMAIN_WORDS } from './lexicon.js';
import { createSegmenter } from './segment.js';
import type { Article, Statute } from './statutes.js';
import { PATTERN_SYNONYMS, SYNONYMS, type PatternRow, type SynonymRow } from './synonyms.js';

export interface EntryHit { entry: KnowledgeEntry; score: number; citations: Citation[] }
export interface ArticleHit { article: Article; score: number; citation: Citation }

/** What a search found: curated entries and articles, each best first; `citations` = the articles' citations. */
export interface Retrieval {
  entries: EntryHit[];
  articles: ArticleHit[];
  citations: Citation[];
  /** The query after expansion, for debugging and for the out-of-scope rules. */
  terms: QueryTerm[];
  /** Σ weight·idf of the query terms the index knows: scores divided by it compare across questions. */
  mass: number;
}

/** Per-search adjustments, e.g. less weight on curated entries for a danger question. */
export type SearchTuning = Pick<RetrieverOptions, 'entryBoost'>;

export interface Retriever {
  search(question: string, k?: number, tuning?: SearchTuning): Retrieval;
  /** The article a citation names, if it is in the corpus. */
  article(c: Citation): Article | undefined;
  readonly stats: { articles: number; entries: number; buildMs: number };
}

export interface RetrieverOptions {
  synonyms?: readonly SynonymRow[];
  patterns?: readonly PatternRow[];
  /** Weight of a term added by expansion relative to the resident's own words. */
  expansionWeight?: number;
  /** Weight of the resident's own word when it is a legal term (domain dictionary). */
  legalWeight?: number;
  /** How much of a matching entry's score flows to the articles it cites. */
  entryBoost?: number;
  /** Each later citation of an entry gets this fraction of the previous one's boost. */
  citeDecay?: number;
  /** Entries scoring at least this share of the best entry pass their boost on. */
  entryWindow?: number;
  /** An entry's boost is scaled by (its score / best entry score) ** this: the best entry leads. */
  rankSharpness?: number;
  /** An entry matching less than this share of the query's weight (score / mass) passes on less boost. */
  coverage?: number;
}

const LEGAL_WORDS: ReadonlySet<string> = new Set(DOMAIN_WORDS);

// Chosen on the development set and our own held-out questions, where results were flat around them.
const DEFAULTS = { expansionWeight: 0.7, legalWeight: 2, entryBoost: 2, citeDecay: 0.85, entryWindow: 0.8, rankSharpness: 2, coverage: 0.8 };

/**
 * Builds one BM25 index over statute articles and curated entries; deterministic for the same input.
 * createRetriever(statutes, entries).search('俺男人一喝酒就打俺', 3).citations → [民法典 第1079条, …]
 */
export function createRetriever(statutes: readonly Statute[], knowledge: readonly KnowledgeEntry[], options: RetrieverOptions = {}): Retriever {
  const started = performance.now();
  const opt = { ...DEFAULTS, ...options };
  const seg = createSegmenter();
  const expander = createExpander(options.synonyms ?? SYNONYMS, seg, options.patterns ?? PATTERN_SYNONYMS);
  const articles = indexableArticles(statutes);
  const byKey = new Map(articles.map((a, i) => [citeKey(a), i]));
  const titles = new Map<string, string[]>();
  const docs = [...articles.map((a) => articleDoc(a, seg, titles)), ...knowledge.map((e) => entryDoc(e, seg, expander))];
  const index = buildBm25(docs);
  // Citations to articles missing from the corpus are dropped here, so no answer can cite them.
  const entryCites = knowledge.map((e) => e.cites.filter((c) => byKey.has(citeKey(c))));
  const buildMs = performance.now() - started;
  // Reused by every search (searches are synchronous), so a busy bot does not churn the garbage collector.
  const scratch = new Float64Array(index.size);
  const finals = new Float64Array(articles.length);

  function search(question: string, k = 5, tuning: SearchTuning = {}): Retrieval {
    const terms = queryTerms(seg.terms(question), expander.expand(question), opt.expansionWeight, LEGAL_WORDS, opt.legalWeight);
    const scores = index.score(terms, scratch);
    const entries = rankEntries(scores, articles.length, knowledge, entryCites);
    finals.set(scores.subarray(0, articles.length));
    const mass = terms.reduce((sum, t) => sum + t.weight * index.idf(t.term), 0);
    boostCited(finals, entries, byKey, { ...opt, ...tuning }, mass);
    const top = topIndexes(finals, k);
    const hits = top.map((i) => ({ article: articles[i]!, score: finals[i]!, citation: citeOf(articles[i]!) }));
    return { entries: entries.slice(0, k), articles: hits, citations: hits.map((h) => h.citation), terms, mass };
  }

  return {
    search,
    article: (c) => {
      const i = byKey.get(citeKey(c));
      return i === undefined ? undefined : articles[i];
    },
    stats: { articles: articles.length, entries: knowledge.length, buildMs },
  };
}

function rankEntries(scores: Float64Array, offset: number, knowledge: readonly KnowledgeEntry[], cites: Citation[][]): EntryHit[] {
  const hits: EntryHit[] = [];
  knowledge.forEach((entry, i) => {
    const score = scores[offset + i]!;
    if (score > 0) hits.push({ entry, score, citations: cites[i]! });
  });
  // Stable sort: equal scores keep file order, so results never depend on timing.
  return hits.sort((a, b) => b.score - a.score);
}

function boostCited(finals: Float64Array, entries: EntryHit[], byKey: Map<string, number>, opt: typeof DEFAULTS, mass: number): void {
  const best = entries[0]?.score ?? 0;
  for (const hit of entries) {
    if (hit.score < best * opt.entryWindow) break;
    const covered = opt.coverage > 0 ? Math.min(1, hit.score / mass / opt.coverage) : 1;
    const weight = hit.score * opt.entryBoost * (hit.score / best) ** opt.rankSharpness * covered;
    hit.citations.forEach((c, n) => {
      const i = byKey.get(citeKey(c));
      if (i !== undefined) finals[i]! += weight * opt.citeDecay ** n;
    });
  }
}

/** Indexes of the k highest positive scores, ties broken by position (deterministic). */
function topIndexes(scores: Float64Array, k: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (s <= 0 || (top.length === k && s <= scores[top[k - 1]!]!)) continue;
    let j = top.length < k ? top.length : k - 1;
    top[j] = i;
    while (j > 0 && scores[top[j - 1]!]! < s) {
      top[j] = top[j - 1]!;
      top[j - 1] = i;
      j--;
    }
  }
  return top;
}

