import { buildBm25, type Bm25Index, type QueryTerm } from './bm25.js';
import { cleanQuestion, matchText } from './clean.js';
import { ARTICLE_GROUP, articleDoc, articleGrams, citeKey, citeOf, entryAsked, entryDoc, indexableArticles } from './corpus.js';
import { corpusWords } from './corpus-words.js';
import { createExpander, queryTerms } from './expand.js';
import { colloquial, curatedList, curatedWeight, leadSpecific, promoteAgreeing, rankEntries, type EntryHit, type EntryIndex, type RankedEntry } from './curated.js';
import { fuseRanks, topIndexes, type RankedList } from './fuse.js';
import { charBigrams } from './grams.js';
import type { Citation, KnowledgeEntry } from './knowledge.js';
import { ASKS_WHAT, buildDefinitions } from './defines.js';
import { DOMAIN_WORDS } from './lexicon.js';
import { byPhrases, phrasesOf } from './phrases.js';
import { createSegmenter } from './segment.js';
import type { Article, Statute } from './statutes.js';
import { PATTERN_SYNONYMS, SYNONYMS } from './synonyms.js';
import { DEFAULTS, definedOnly, type RetrieverOptions, type Tuned } from './retrieve-options.js';

export type { EntryHit } from './curated.js';
export type { RetrieverOptions } from './retrieve-options.js';
/** A fused article: `score` is its fused rank score, `ranks` its place in each list (words, expanded, grams, precise, curated, defines, phrases). */
export interface ArticleHit {
  article: Article;
  score: number;
  citation: Citation;
  ranks: Record<string, number>;
}

/** What a search found: curated entries and articles, each best first; `citations` = the articles' citations. */
export interface Retrieval {
  entries: EntryHit[];
  articles: ArticleHit[];
  citations: Citation[];
  /** The resident's own terms and the expansion, for debugging and the out-of-scope rules. */
  terms: QueryTerm[];
  /** How much of the question the best article covers, by the resident's words or their expansion (score / Σ idf, 0–~2). */
  basis: number;
}

/** Per-search adjustments, e.g. less weight on curated entries for a danger question. */
export type SearchTuning = Pick<RetrieverOptions, 'entryBoost'>;

export interface Retriever {
  search(question: string, k?: number, tuning?: SearchTuning): Retrieval;
  /** The article a citation names, if it is in the corpus. */
  article(c: Citation): Article | undefined;
  readonly stats: { articles: number; entries: number; buildMs: number };
}

const LEGAL_WORDS: ReadonlySet<string> = new Set(DOMAIN_WORDS);

const MIN_GRAM_IDF = 3;

interface Indexes {
  articles: Article[];
  words: Bm25Index;
  grams: Bm25Index;
  precise: Bm25Index;
  entries: Bm25Index;
  entryIx: EntryIndex;
  byKey: Map<string, number>;
  defines: ReturnType<typeof buildDefinitions>;
}

function* lazily<T, U>(items: readonly T[], f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

function buildIndexes(
  statutes: readonly Statute[],
  knowledge: readonly KnowledgeEntry[],
  seg: ReturnType<typeof createSegmenter>,
  opt: Tuned,
  expander: ReturnType<typeof createExpander>,
): Indexes {
  const articles = indexableArticles(statutes);
  const byKey = new Map(articles.map((a, i) => [citeKey(a), i]));
  const titles = new Map<string, string[]>();
  const weights = { heading: opt.headingWeight, title: opt.titleWeight };
  return {
    articles,
    // Generators: each article's terms are garbage once read, so they never all live at once.
    words: buildBm25(lazily(articles, (a) => articleDoc(a, seg, titles, weights))),
    grams: buildBm25(lazily(articles, (a) => articleGrams(a, opt.gramHeadingWeight))),
    precise: buildBm25(lazily(articles, (a) => ({ terms: seg.words(a.text), group: ARTICLE_GROUP }))),
    entries: buildBm25(knowledge.map((e) => entryDoc(e, seg, expander))),
    // Citations to articles missing from the corpus are dropped here, so no answer can cite them.
    entryIx: {
      cites: knowledge.map((e) => e.cites.map((c) => byKey.get(citeKey(c))).filter((i): i is number => i !== undefined)),
      asked: knowledge.map((e) => new Set(entryAsked(e, seg, expander))),
    },
    byKey,
    defines: buildDefinitions(articles),
  };
}

/**
 * Builds the article indexes (words with headings and title, character pairs) and the curated-entry
 * index; a search fuses their rankings. Deterministic for the same input.
 * createRetriever(statutes, entries).search('俺男人一喝酒就打俺', 3).citations → [民法典 第1079条, …]
 */
export function createRetriever(statutes: readonly Statute[], knowledge: readonly KnowledgeEntry[], options: RetrieverOptions = {}): Retriever {
  const started = performance.now();
  const opt: Tuned = { ...DEFAULTS, ...definedOnly(options) };
  const seg = createSegmenter(corpusWords(statutes));
  const expander = createExpander(options.synonyms ?? SYNONYMS, seg, options.patterns ?? PATTERN_SYNONYMS);
  const ix = buildIndexes(statutes, knowledge, seg, opt, expander);
  const buildMs = performance.now() - started;
  // Reused by every search (searches are synchronous), so a busy bot does not churn the garbage collector.
  const buffers = {
    plain: new Float64Array(ix.articles.length),
    expanded: new Float64Array(ix.articles.length),
    grams: new Float64Array(ix.articles.length),
    precise: new Float64Array(ix.articles.length),
    entries: new Float64Array(knowledge.length),
  };
  const mass = (index: Bm25Index, terms: readonly QueryTerm[]): number => terms.reduce((s, t) => s + t.weight * index.idf(t.term), 0);

  const register = { strength: opt.registerStrength, specificity: opt.registerSpecificity, weight: opt.registerWeight };
  // Curated entries are written in residents' words: they speak loudly for a question in that register,
  // told by the entry's own match (colloquial) or by the question using few of the statutes' words.
  function entryWeight(best: RankedEntry | undefined, tuning: SearchTuning, share: number): number {
    const boost = tuning.entryBoost ?? opt.entryBoost;
    if (colloquial(best, register)) return boost * register.weight;
    const resident = best !== undefined && share <= opt.residentShare && best.strength >= opt.residentStrength;
    // A resident's question: the curated list weighs its cap, however few of the entry's words it shares.
    return resident ? boost * opt.weightCap : curatedWeight(best, boost, opt.weightReference, opt.weightCap);
  }

  // Three lexical views of each article, each ranking its own top `depth`: search-mode words (with
  // headings and title), character pairs, and jieba's precise cut. They fail on different questions, so
  // their fusion is steadier than any one (STARD tune hit@3: words 58.4, all three 61.3).
  function lexicalLists(q: string, own: readonly QueryTerm[], terms: readonly QueryTerm[]): { lists: RankedList[]; basis: number } {
    const text = matchText(q);
    const plain = ix.words.score(own, buffers.plain);
    const top = topIndexes(plain, opt.depth, ix.articles.length);
    const expandedScores = ix.words.score(terms, buffers.expanded);
    const expanded = topIndexes(expandedScores, opt.depth);
    // Pairs in more than ~5% of articles (的人, 应当) say little and cost the most: skipped.
    const grams = unique(charBigrams(text).filter((t) => ix.grams.idf(t) >= MIN_GRAM_IDF));
    const precise = unique(seg.words(text));
    // A question in the statutes' own register (STARD's) gains nothing from the residents' synonym
    // table and more from exact wording: the expanded list is left out and character pairs weigh more.
    const formal = statuteShare(own, ix.words) >= opt.formalShare;
    const lists: RankedList[] = [
      { name: 'words', docs: top, weight: 1 },
      { name: 'expanded', docs: formal ? [] : expanded, weight: opt.expandedWeight },
      { name: 'grams', docs: topIndexes(ix.grams.score(grams, buffers.grams), opt.depth), weight: formal ? opt.formalGramWeight : opt.gramWeight },
      { name: 'precise', docs: topIndexes(ix.precise.score(precise, buffers.precise), opt.depth), weight: opt.preciseWeight },
    ];
    const basis = Math.max(coverage(plain, top, mass(ix.words, own)), coverage(expandedScores, expanded, mass(ix.words, terms)));
    return { lists, basis };
  }

  function search(question: string, k = 5, tuning: SearchTuning = {}): Retrieval {
    const q = cleanQuestion(question);
    const text = matchText(q);
    const words = seg.terms(text);
    const own = queryTerms(words, [], 0, LEGAL_WORDS, opt.legalWeight);
    const terms = queryTerms(words, expander.expand(q), opt.expansionWeight, LEGAL_WORDS, opt.legalWeight);
    const entryScores = ix.entries.score(terms, buffers.entries);
    const entries = rankEntries(entryScores, mass(ix.entries, terms), new Set(terms.map((t) => t.term)), knowledge, ix.entryIx, ix.articles);
    const { lists, basis } = lexicalLists(q, own, terms);
    const curated = {
      name: 'curated',
      docs: curatedList(entries, opt.strongEntry, opt.entryWindow, opt.citeDecay),
      weight: entryWeight(entries[0], tuning, statuteShare(own, ix.words)),
    };
    // "属于赠与吗", "什么是人格权": the article that says what the thing is answers it, whatever else matches.
    const defines = { name: 'defines', docs: ASKS_WHAT.test(q) ? ix.defines(text).slice(0, opt.defineDepth) : [], weight: opt.defineWeight };
    const first = fuseRanks([...lists, curated, defines], opt.rrfK);
    // A second pass over the fused top: which of them repeat the question's own phrases.
    const phrases = phrasesOf(text, ix.grams.idf, { length: opt.phraseLength, minIdf: MIN_GRAM_IDF });
    const candidates = first.slice(0, opt.phraseDepth).map((f) => f.doc);
    const phrased = { name: 'phrases', docs: byPhrases(phrases, candidates, (d) => ix.articles[d]!.text), weight: opt.phraseWeight };
    const fused = phrased.docs.length > 0 ? fuseRanks([...lists, curated, defines, phrased], opt.rrfK) : first;
    const agreed = promoteAgreeing(fused, entries[0], opt.speakStrength, opt.speakDepth);
    const lead = { strength: opt.leadStrength, specificity: opt.leadSpecificity, count: opt.leadCount, margin: opt.leadMargin };
    const ranked = leadSpecific(agreed, entries, lead).slice(0, k);
    const hits = ranked.map((f) => ({ article: ix.articles[f.doc]!, score: f.score, citation: citeOf(ix.articles[f.doc]!), ranks: f.ranks }));
    return { entries: entries.slice(0, k), articles: hits, citations: hits.map((h) => h.citation), terms, basis };
  }

  return {
    search,
    article: (c) => {
      const i = ix.byKey.get(citeKey(c));
      return i === undefined ? undefined : ix.articles[i];
    },
    stats: { articles: ix.articles.length, entries: knowledge.length, buildMs },
  };
}

/**
 * The share of the question's own words that occur in the statutes at all: a formal question (STARD)
 * uses mostly theirs (median 0.94), a resident mostly not (median 0.40: 俺男人, 娃, 田坎).
 */
const statuteShare = (own: readonly QueryTerm[], words: Bm25Index): number => (own.length === 0 ? 0 : own.filter((t) => words.idf(t.term) > 0).length / own.length);

/** Each term once, weight 1: for the lists whose terms carry no expansion. */
const unique = (terms: readonly string[]): QueryTerm[] => [...new Set(terms)].map((term) => ({ term, weight: 1 }));

/** The best listed article's score over the query's weight: how much of the question it covers. */
const coverage = (scores: Float64Array, top: readonly number[], mass: number): number => (top.length > 0 && mass > 0 ? scores[top[0]!]! / mass : 0);
