/** One ranked list to fuse: document indexes best first, and how much a place in it counts. */
export interface RankedList {
  name: string;
  docs: readonly number[];
  weight: number;
}

/** A fused document: its reciprocal-rank score and its 1-based place in each list (absent = not listed). */
export interface FusedDoc {
  doc: number;
  score: number;
  ranks: Record<string, number>;
}

/**
 * Reciprocal-rank fusion: score = Σ weight / (k + rank). Ranks, not raw scores, are added, so no list
 * can swamp the others by the size of its numbers; a document high in several lists leads.
 * fuseRanks([{ name: 'a', docs: [7, 3], weight: 1 }, { name: 'b', docs: [3], weight: 1 }], 60)[0].doc → 3
 */
export function fuseRanks(lists: readonly RankedList[], k: number): FusedDoc[] {
  const byDoc = new Map<number, FusedDoc>();
  for (const list of lists) {
    list.docs.forEach((doc, i) => {
      const hit = byDoc.get(doc) ?? { doc, score: 0, ranks: {} };
      hit.score += list.weight / (k + i + 1);
      hit.ranks[list.name] ??= i + 1;
      byDoc.set(doc, hit);
    });
  }
  // Ties go to the smaller index (statute order), so the result never depends on list order.
  return [...byDoc.values()].sort((a, b) => b.score - a.score || a.doc - b.doc);
}

/** Indexes of the k highest positive scores, ties broken by position (deterministic). */
export function topIndexes(scores: ArrayLike<number>, k: number, length = scores.length): number[] {
  const top: number[] = [];
  for (let i = 0; i < length; i++) {
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
