import { Jieba } from '@node-rs/jieba';
import { buildBm25 } from './bm25.js';
import { citeOf, indexableArticles } from './corpus.js';
import type { Citation } from './knowledge.js';
import { readJiebaDictionary } from './segment.js';
import type { Statute } from './statutes.js';

/** The yardstick every ranking change is measured against: ranks articles for a question. */
export interface NaiveBaseline {
  rank(question: string, k: number): Citation[];
}

// Only punctuation, spaces and symbols are dropped: a token with no letter or digit.
const HAS_LETTER = /[\p{L}\p{N}]/u;

/**
 * The naive baseline of the issue, kept honest on purpose: jieba's own dictionary (no domain words),
 * one document per article's text, BM25 k1 1.2 b 0.75, no synonyms, no curated answers, no stop words.
 */
export function createNaiveBaseline(statutes: readonly Statute[]): NaiveBaseline {
  const jieba = Jieba.withDict(readJiebaDictionary());
  const words = (text: string): string[] => jieba.cut(text, false).filter((w) => HAS_LETTER.test(w));
  const articles = indexableArticles(statutes);
  const index = buildBm25(
    articles.map((a) => ({ terms: words(a.text), group: 0 })),
    { k1: 1.2, b: 0.75 },
  );
  return {
    rank(question, k) {
      const query = [...new Set(words(question))].map((term) => ({ term, weight: 1 }));
      const scores = index.score(query);
      const order = [...scores.keys()].filter((i) => scores[i]! > 0).sort((x, y) => scores[y]! - scores[x]! || x - y);
      return order.slice(0, k).map((i) => citeOf(articles[i]!));
    },
  };
}
