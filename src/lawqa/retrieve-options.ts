import { SPEAK_STRENGTH } from './curated.js';
import type { PatternRow, SynonymRow } from './synonyms.js';

export interface RetrieverOptions {
  synonyms?: readonly SynonymRow[];
  patterns?: readonly PatternRow[];
  /** Weight of a term added by expansion relative to the resident's own words. */
  expansionWeight?: number;
  /** Weight of the resident's own word when it is a legal term (domain dictionary). */
  legalWeight?: number;
  /** Weight of the curated-entry list in the fusion for a best entry of reference strength × specificity (the plain word list weighs 1). */
  entryBoost?: number;
  /** Weights of the expanded-query and character-pair lists in the fusion. */
  expandedWeight?: number;
  gramWeight?: number;
  /** The curated list is empty unless the best entry's strength reaches this. */
  strongEntry?: number;
  /** Reciprocal-rank constant: larger flattens the difference between places. */
  rrfK?: number;
  /** How many places of each list take part in the fusion. */
  depth?: number;
  /** How many times the headings' and the law title's terms count in an article's document. */
  headingWeight?: number;
  titleWeight?: number;
  /** The best entry reorders the top `speakDepth` fused articles when its strength reaches `speakStrength`. */
  speakStrength?: number;
  speakDepth?: number;
  /** The best entry's first `leadCount` citations lead when its strength and specificity reach these. */
  leadStrength?: number;
  leadSpecificity?: number;
  leadCount?: number;
  /** A runner-up entry scoring at least `leadMargin` of the best and citing another first article: neither leads. */
  leadMargin?: number;
  /** Entries scoring at least `entryWindow` of the best one vote for their citations, each later one `citeDecay` less. */
  entryWindow?: number;
  citeDecay?: number;
  /** The curated list weighs entryBoost × min(weightCap, strength × specificity / weightReference). */
  weightReference?: number;
  weightCap?: number;
  /** A best entry this strong and specific marks a resident's wording: the curated list then weighs registerWeight. */
  registerStrength?: number;
  registerSpecificity?: number;
  registerWeight?: number;
  /**
   * A question whose own words are at most this share the statutes' is in a resident's words: a best
   * entry of at least `residentStrength` then lets the curated list weigh weightCap, whatever its specificity.
   */
  residentShare?: number;
  residentStrength?: number;
  /** How many times the headings' and law title's character pairs count in an article's pair document. */
  gramHeadingWeight?: number;
  /** Weight of the list ranked by jieba's precise cut of the articles (every word, single characters too). */
  preciseWeight?: number;
  /**
   * A question whose own words are at least this share the statutes' is in their register (STARD's):
   * the expanded list is then left out and the character pairs weigh `formalGramWeight`.
   */
  formalShare?: number;
  formalGramWeight?: number;
  /** A question asking what a thing is: the articles defining a term it names form a list of this weight (first `defineDepth`). */
  defineWeight?: number;
  defineDepth?: number;
  /** The fused top `phraseDepth` reordered by the question's `phraseLength`-character phrases they repeat, a list of this weight. */
  phraseWeight?: number;
  phraseDepth?: number;
  phraseLength?: number;
}

// Chosen on the tune part of the development sets (see docs/lawqa.md), never on the held-out part.
export const DEFAULTS = {
  expansionWeight: 0.7,
  legalWeight: 1,
  entryBoost: 1,
  expandedWeight: 1,
  gramWeight: 0.5,
  strongEntry: 0.3,
  rrfK: 10,
  depth: 30,
  headingWeight: 3,
  titleWeight: 1,
  speakStrength: SPEAK_STRENGTH,
  speakDepth: 10,
  leadStrength: 0.6,
  leadSpecificity: 0.4,
  leadCount: 1,
  leadMargin: 0.95,
  entryWindow: 0.8,
  citeDecay: 0.85,
  weightReference: 0.3,
  weightCap: 3,
  registerStrength: 0.6,
  registerSpecificity: 0.5,
  registerWeight: 10,
  residentShare: 0.6,
  residentStrength: 0.4,
  gramHeadingWeight: 1,
  preciseWeight: 0.5,
  formalShare: 0.7,
  formalGramWeight: 1.5,
  defineWeight: 1,
  defineDepth: 5,
  phraseWeight: 0.5,
  phraseDepth: 20,
  phraseLength: 4,
};
export type Tuned = typeof DEFAULTS;

export const definedOnly = (o: RetrieverOptions): Partial<Tuned> =>
  Object.fromEntries(Object.entries(o).filter(([key, v]) => typeof v === 'number' && key in DEFAULTS)) as Partial<Tuned>;
