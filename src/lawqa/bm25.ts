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

/**
 * Postings packed into typed arrays (term `t` owns entries `start[t]` up to `start[t + 1]`): a few
 * million small {doc, tf} objects would cost tens of megabytes of heap in a bot that idles all week.
 */
interface Postings {
  termIds: Map<string, number>;
  start: Int32Array;
  doc: Int32Array;
  tf: Uint16Array;
}

function buildPostings(docs: readonly Bm25Doc[]): Postings {
  const termIds = new Map<string, number>();
  const perDoc = docs.map((d) => {
    const counts = new Map<number, number>();
    for (const t of d.terms) {
      const id = termIds.get(t) ?? termIds.size;
      if (id === termIds.size) termIds.set(t, id);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  });
  const start = new Int32Array(termIds.size + 1);
  for (const counts of perDoc) for (const id of counts.keys()) start[id + 1]! += 1;
  for (let t = 0; t < termIds.size; t++) start[t + 1]! += start[t]!;
  const next = start.slice(0, termIds.size);
  const doc = new Int32Array(start[termIds.size]!);
  const tf = new Uint16Array(doc.length);
  perDoc.forEach((counts, d) => {
    for (const [id, n] of counts) {
      const at = next[id]!++;
      doc[at] = d;
      tf[at] = Math.min(n, 0xffff);
    }
  });
  return { termIds, start, doc, tf };
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
  const { termIds, start, doc, tf } = buildPostings(docs);
  const norm = lengthFactors(docs, k1, b);
  const n = docs.length;
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
