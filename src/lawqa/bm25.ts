import { buildPostings } from './postings.js';

/** A query term with its weight: 1 for the resident's own words, less for words added by expansion. */
export interface QueryTerm {
  term: string;
  weight: number;
}

/** A document to index: its terms (repeats count) and a group whose average length normalises it. */
export interface Bm25Doc {
  terms: readonly string[];
  group: number;
}

export interface Bm25Options {
  k1?: number;
  b?: number;
}

export interface Bm25Index {
  readonly size: number;
  /**
   * Scores of every document with any query term; untouched documents stay 0.
   * Pass `into` (length `size`) to reuse one buffer across searches instead of allocating.
   */
  score(query: readonly QueryTerm[], into?: Float64Array): Float64Array;
  /** Inverse document frequency of a term, 0 when unknown. */
  idf(term: string): number;
}

/** Precomputes each document's length factor k1·(1 − b + b·len/avgLen), averaging within its group. */
function lengthFactors(lengths: Int32Array, groups: Int32Array, k1: number, b: number): Float64Array {
  const sums = new Map<number, { len: number; n: number }>();
  lengths.forEach((len, d) => {
    const s = sums.get(groups[d]!) ?? { len: 0, n: 0 };
    sums.set(groups[d]!, { len: s.len + len, n: s.n + 1 });
  });
  return Float64Array.from(lengths, (len, d) => {
    const s = sums.get(groups[d]!)!;
    const avg = s.len / s.n || 1;
    return k1 * (1 - b + (b * len) / avg);
  });
}

/**
 * Okapi BM25 over pre-segmented documents (an array, or a generator so that each document's terms
 * can be dropped once read). Groups (statute articles, curated entries) keep their own
 * average length so short curated questions are not judged against long articles; IDF is shared.
 */
export function buildBm25(docs: Iterable<Bm25Doc>, options: Bm25Options = {}): Bm25Index {
  const k1 = options.k1 ?? 1.2;
  const b = options.b ?? 0.75;
  const { termIds, start, doc, tf, lengths, groups } = buildPostings(docs);
  const norm = lengthFactors(lengths, groups, k1, b);
  const n = lengths.length;
  const idfs = new Float64Array(termIds.size);
  for (let t = 0; t < termIds.size; t++) {
    const df = start[t + 1]! - start[t]!;
    idfs[t] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
  const idOf = (term: string) => termIds.get(term);
  return {
    size: n,
    idf: (term) => {
      const t = idOf(term);
      return t === undefined ? 0 : idfs[t]!;
    },
    score(query, into) {
      const scores = into && into.length === n ? into.fill(0) : new Float64Array(n);
      for (const { term, weight } of query) {
        const t = idOf(term);
        if (t === undefined) continue;
        const w = weight * idfs[t]!;
        for (let i = start[t]!; i < start[t + 1]!; i++) {
          const f = tf[i]!;
          scores[doc[i]!]! += (w * f * (k1 + 1)) / (f + norm[doc[i]!]!);
        }
      }
      return scores;
    },
  };
}
