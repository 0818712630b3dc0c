import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { DOMAIN_WORDS } from './lexicon.js';
import { STOP_WORDS } from './stopwords.js';

export interface Segmenter {
  /** Search terms of a text: jieba search-mode words, stop words, single characters and numbers dropped. */
  terms(text: string): string[];
  /** Every word of jieba's precise cut that has a letter or digit, single characters and stop words included. */
  words(text: string): string[];
}

// Loading jieba's 5 MB dictionary takes ~150 ms; every retriever shares one instance, built on first use.
let shared: Jieba | null = null;

// Read here rather than through the package's dict.js, which also reads its 6 MB IDF table and keeps
// both buffers for the life of the process; jieba copies the words into its own structures.
export const readJiebaDictionary = (): Buffer => readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'));

function jieba(extraWords: readonly string[]): Jieba {
  if (!shared) {
    shared = Jieba.withDict(readJiebaDictionary());
    shared.loadDict(Buffer.from(DOMAIN_WORDS.map((w) => `${w} 2000 n`).join('\n')));
  }
  if (extraWords.length > 0) shared.loadDict(Buffer.from(extraWords.map((w) => `${w} 2000 n`).join('\n')));
  return shared;
}

const HAS_WORD_CHAR = /[\p{Script=Han}a-zA-Z]/u;
const HAS_LETTER = /[\p{L}\p{N}]/u;

// Separable verbs said with 了 or 过 inside (离了婚, 结过婚, 打了一架, 借了钱): jieba keeps 离了婚 as one
// word that no statute uses, so the verb is joined again (离婚) before cutting, on every side alike.
const SEPARATED = /([离结打吵签报受请借欠])[了过]一?([婚架字警伤假钱])/g;
export const joinSeparated = (text: string): string => text.replace(SEPARATED, '$1$2');

/**
 * Keeps terms that can carry meaning: at least two characters, some Han or Latin letter, not a stop
 * word. (Keeping single characters such as 打 or 偷 was tried: it matched curated questions by chance
 * more often than it helped; the synonym table carries those words instead.)
 */
export function isTerm(word: string): boolean {
  return word.length >= 2 && HAS_WORD_CHAR.test(word) && !STOP_WORDS.has(word);
}

/**
 * Builds the segmenter with the domain dictionary (and any extra words, e.g. from synonyms).
 * createSegmenter().terms('俺男人打俺') → ['男人']
 */
export function createSegmenter(extraWords: readonly string[] = []): Segmenter {
  const j = jieba(extraWords);
  return {
    terms: (text) => j.cutForSearch(joinSeparated(text), false).filter(isTerm),
    words: (text) => j.cut(joinSeparated(text), false).filter((w) => HAS_LETTER.test(w)),
  };
}
