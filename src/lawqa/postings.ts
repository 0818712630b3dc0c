import type { Bm25Doc } from './bm25.js';

/**
 * Postings packed into typed arrays (term `t` owns entries `start[t]` up to `start[t + 1]`): a few
 * million small {doc, tf} objects would cost tens of megabytes of heap in a bot that idles all week.
 */
export interface Postings {
  termIds: Map<string, number>;
  start: Int32Array;
  doc: Int32Array;
  tf: Uint16Array;
  /** Each document's number of terms and its group. */
  lengths: Int32Array;
  groups: Int32Array;
}

/** A growable Int32Array: its memory lives outside the JS heap, so building leaves nothing in V8's old space. */
class IntList {
  data = new Int32Array(4096);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
}

/**
 * Reads the documents once, keeping only a flat stream of term ids: a document's term array is
 * garbage as soon as it is read, instead of every document's array and a Map of counts per document
 * being alive together at the peak (V8's old space never shrinks back after that peak).
 */
function readDocs(docs: Iterable<Bm25Doc>) {
  const termIds = new Map<string, number>();
  const ids = new IntList();
  const ends = new IntList();
  const groups = new IntList();
  for (const d of docs) {
    for (const t of d.terms) {
      let id = termIds.get(t);
      if (id === undefined) termIds.set(t, (id = termIds.size));
      ids.push(id);
    }
    ends.push(ids.length);
    groups.push(d.group);
  }
  return { termIds, ids: ids.data, ends: ends.data.slice(0, ends.length), groups: groups.data.slice(0, groups.length) };
}

/** Calls `visit(id, count)` for each distinct term of each document, documents in order. */
function eachCount(ids: Int32Array, ends: Int32Array, visit: (d: number, id: number, count: number) => void): void {
  let from = 0;
  ends.forEach((end, d) => {
    const terms = ids.subarray(from, end);
    for (let i = 0; i < terms.length; ) {
      let j = i + 1;
      while (j < terms.length && terms[j] === terms[i]) j++;
      visit(d, terms[i]!, j - i);
      i = j;
    }
    from = end;
  });
}

export function buildPostings(docs: Iterable<Bm25Doc>): Postings {
  const { termIds, ids, ends, groups } = readDocs(docs);
  // Within a document only the counts matter: sorting its ids makes repeats adjacent.
  let from = 0;
  for (const end of ends) {
    ids.subarray(from, end).sort();
    from = end;
  }
  const start = new Int32Array(termIds.size + 1);
  eachCount(ids, ends, (_d, id) => void (start[id + 1]! += 1));
  for (let t = 0; t < termIds.size; t++) start[t + 1]! += start[t]!;
  const next = start.slice(0, termIds.size);
  const doc = new Int32Array(start[termIds.size]!);
  const tf = new Uint16Array(doc.length);
  eachCount(ids, ends, (d, id, n) => {
    const at = next[id]!++;
    doc[at] = d;
    tf[at] = Math.min(n, 0xffff);
  });
  const lengths = Int32Array.from(ends, (end, d) => end - (d === 0 ? 0 : ends[d - 1]!));
  return { termIds, start, doc, tf, lengths, groups };
}
