/**
 * Runs of four Han characters of the question (支付仓储费, 离婚协议中): a question that repeats the
 * statute's own phrasing shares them with that article, where words and pairs match a whole chapter.
 */
const HAN_RUN = /\p{Script=Han}+/gu;

export interface PhraseRule {
  /** Characters per phrase. */
  length: number;
  /** A phrase counts only when each of its character pairs is at least this rare (idf). */
  minIdf: number;
}

/** The question's phrases, each weighted by its commonest pair's idf (a phrase is as telling as its weakest part). */
export function phrasesOf(text: string, pairIdf: (pair: string) => number, rule: PhraseRule): Map<string, number> {
  const phrases = new Map<string, number>();
  for (const run of text.match(HAN_RUN) ?? []) {
    for (let i = 0; i + rule.length <= run.length; i++) {
      const phrase = run.slice(i, i + rule.length);
      let weight = Number.POSITIVE_INFINITY;
      for (let j = 0; j + 2 <= phrase.length; j++) weight = Math.min(weight, pairIdf(phrase.slice(j, j + 2)));
      if (weight >= rule.minIdf) phrases.set(phrase, weight);
    }
  }
  return phrases;
}

/**
 * The candidates reordered by the weight of the question's phrases their text holds, best first;
 * candidates holding none are left out. Only the fused top is read, so it costs a few string searches.
 * byPhrases(new Map([['仓储费用', 4]]), [3, 8], (d) => texts[d]) → [8] when only text 8 says 仓储费用
 */
export function byPhrases(phrases: ReadonlyMap<string, number>, candidates: readonly number[], textOf: (doc: number) => string): number[] {
  if (phrases.size === 0) return [];
  const scored = candidates.map((doc) => {
    const text = textOf(doc);
    let score = 0;
    for (const [phrase, weight] of phrases) if (text.includes(phrase)) score += weight;
    return { doc, score };
  });
  // Stable: equal scores keep the fused order.
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((s) => s.doc);
}
