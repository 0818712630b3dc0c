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

interface Posting {
  doc: number;
  tf: number;
}

function buildPostings(docs: readonly Bm25Doc[]): Map<string, Posting[]> {
  const postings = new Map<string, Posting[]>();
  docs.forEach((d, doc) => {
    const counts = new Map<string, number>();
    for (const t of d.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [term, tf] of counts) {
      const list = postings.get(term);
      if (list) list.push({ doc, tf });
      else postings.set(term, [{ doc, tf }]);
    }
  });
  return postings;
}

/** Precomputes each document's length factor k1·(1 − b + b·len/avgLen), averaging within its group. */
function lengthFactors(docs: readonly Bm25Doc[], k1: number, b: number): Float64Array {
  const sums = new Map<number, { len: number; n: number }>();
  for (const d of docs) {
    const s = sums.get(d.group) ?? { len: 0, n: 0 };
    sums.set(d.group, { len: s.len + d.terms.length, n: s.n + 1 });
  }
  return Float64Array.from(docs, (d) => {
    const s = sums.get(d.group)!;
    const avg = s.len / s.n || 1;
    return k1 * (1 - b + (b * d.terms.length) / avg);
  });
}

/**
 * Okapi BM25 over pre-segmented documents. Groups (statute articles, curated entries) keep their own
 * average length so short curated questions are not judged against long articles; IDF is shared.
 */
export function buildBm25(docs: readonly Bm25Doc[], options: Bm25Options = {}): Bm25Index {
  const k1 = options.k1 ?? 1.2;
  const b = options.b ?? 0.75;
  const postings = buildPostings(docs);
  const norm = lengthFactors(docs, k1, b);
  const n = docs.length;
  const idfs = new Map<string, number>();
  for (const [term, list] of postings) idfs.set(term, Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5)));
  return {
    size: n,
    idf: (term) => idfs.get(term) ?? 0,
    score(query, into) {
      const scores = into && into.length === n ? into.fill(0) : new Float64Array(n);
      for (const { term, weight } of query) {
        const list = postings.get(term);
        if (!list) continue;
        const w = weight * idfs.get(term)!;
        for (const { doc, tf } of list) scores[doc]! += (w * tf * (k1 + 1)) / (tf + norm[doc]!);
      }
      return scores;
    },
  };
}
