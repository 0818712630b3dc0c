import type { Bm25Doc } from './bm25.js';
import { charBigrams } from './grams.js';
import type { Expander } from './expand.js';
import type { Citation, KnowledgeEntry } from './knowledge.js';
import type { Segmenter } from './segment.js';
import type { Article, Statute } from './statutes.js';

export const ARTICLE_GROUP = 0;
export const ENTRY_GROUP = 1;

/** A citation key that tells 第287条 from 第287条之二. */
export const citeKey = (c: { law: string; article: number; sub?: number | null }): string => `${c.law}#${c.article}${c.sub ? `-${c.sub}` : ''}`;

export const citeOf = (a: Article): Citation => (a.sub ? { law: a.law, article: a.article, sub: a.sub } : { law: a.law, article: a.article });

/** "中华人民共和国反家庭暴力法" → "反家庭暴力法": the country prefix says nothing about the topic. */
export const shortTitle = (title: string): string => title.replace(/^中华人民共和国/, '');

/** Articles removed by amendment keep their number but have nothing to cite. */
const isDeleted = (a: Article): boolean => /^[（(]删去[）)]$/.test(a.text.trim());

export function indexableArticles(statutes: readonly Statute[]): Article[] {
  return statutes.flatMap((s) => s.articles.filter((a) => !isDeleted(a)));
}

/** How many times a field's terms count in an article's document (BM25F by repetition). */
export interface FieldWeights {
  heading: number;
  title: number;
}

/** "婚姻家庭编 › 第四章 离婚" → ["婚姻家庭编", "离婚"]: the ordinals name no topic. */
const headingNames = (a: Article): string[] => a.chapter.split(' › ').map((h) => h.replace(/^第\S+?(?:分编|编|章|节)\s*/, ''));

const repeat = <T>(items: readonly T[], times: number): T[] => Array.from({ length: times }, () => items).flat();

/**
 * An article's terms: its text, plus its headings and its law's short title, which name its topic
 * ("第四章 离婚" tells what an article about 感情破裂 is for); those fields count `weights` times.
 */
export function articleDoc(a: Article, seg: Segmenter, titleTerms: Map<string, string[]>, weights: FieldWeights): Bm25Doc {
  let title = titleTerms.get(a.law);
  if (!title) titleTerms.set(a.law, (title = seg.terms(shortTitle(a.law))));
  const heading = [...new Set(headingNames(a).flatMap((h) => seg.terms(h)))];
  return { terms: [...seg.terms(a.text), ...repeat(heading, weights.heading), ...repeat(title, weights.title)], group: ARTICLE_GROUP };
}

/** An entry's question and keywords, segmented, and their expansion (terms not already there). */
function askedTerms(e: KnowledgeEntry, seg: Segmenter, expander: Expander): { own: string[]; expanded: string[] } {
  const asked = [e.q, ...(e.keywords ?? [])].join('，');
  const own = seg.terms(asked);
  return { own, expanded: expander.expand(asked).filter((t) => !own.includes(t)) };
}

/**
 * An entry's terms: the question and keywords count twice (they are how residents ask), the
 * expansion of the question once (so 男人 in the entry meets 老公 in a question), the answer once.
 */
export function entryDoc(e: KnowledgeEntry, seg: Segmenter, expander: Expander): Bm25Doc {
  const { own, expanded } = askedTerms(e, seg, expander);
  return { terms: [...own, ...own, ...expanded, ...seg.terms(e.a)], group: ENTRY_GROUP };
}

/** The words an entry is asked with (not its answer): what its specificity is measured against. */
export function entryAsked(e: KnowledgeEntry, seg: Segmenter, expander: Expander): string[] {
  const { own, expanded } = askedTerms(e, seg, expander);
  return [...own, ...expanded];
}

/** An article's character pairs: its text, plus its headings' and law title's pairs `headingWeight` times. */
export function articleGrams(a: Article, headingWeight: number): Bm25Doc {
  const named = [...new Set([...headingNames(a), shortTitle(a.law)].flatMap(charBigrams))];
  return { terms: [...charBigrams(a.text), ...repeat(named, headingWeight)], group: ARTICLE_GROUP };
}
