import type { Article } from './statutes.js';

// Where an article names what a thing is: "赠与合同是赠与人将……的合同", "本法所称家庭暴力，是指……",
// "……的，为连带责任保证", "前款规定的债权人为留置权人".
const OPENING = /^(\p{Script=Han}{2,12}?)是(?!指|否)/u;
const MEANS = /(\p{Script=Han}{2,10}?)，?是指/gu;
const NAMED = /(?:所称|为)的?(\p{Script=Han}{2,10}?)[。；，]/gu;

/** The terms an article defines: definitionsOf(借款合同是借款人向贷款人借款……的合同。) → ['借款合同']. */
export function definitionsOf(a: Pick<Article, 'text'>): string[] {
  const text = a.text.replace(/\s+/g, '');
  const found = new Set<string>();
  const first = text.match(OPENING);
  if (first) found.add(first[1]!);
  for (const p of [MEANS, NAMED]) for (const m of text.matchAll(p)) found.add(m[1]!.replace(/^(?:本\p{Script=Han}{1,2})?所称的?/u, ''));
  return [...found];
}

/** A question about what a thing is or whether something counts as it: 什么是、属于……吗、算不算、和……的区别. */
export const ASKS_WHAT = /什么是|是什么|什么叫|属于|算不算|算是|是不是|视为|构成|含义|定义|区别|差别|指的是/u;

/** Articles that define a term the question names, longest term first. */
export type DefinitionLookup = (question: string) => number[];

// A defined term is named in questions without its kind: 赠与合同 as 赠与, 留置权人 as 留置权.
const KIND = /(?:合同|协议|人)$/u;
// Two-character catches (合同, 能力, 目的) come from running text by chance; the statutes' defined terms are longer.
const MIN_TERM = 3;

/**
 * Indexes the statutes' own definitions once. Nothing is listed by hand: whatever laws a township
 * imports define their own terms. buildDefinitions(articles)('网络打赏属于赠与吗') → [index of 民法典 第657条]
 */
export function buildDefinitions(articles: readonly Pick<Article, 'text'>[]): DefinitionLookup {
  const byTerm = new Map<string, number[]>();
  const add = (term: string, doc: number) => {
    const docs = byTerm.get(term) ?? [];
    if (term.length >= 2 && !docs.includes(doc)) byTerm.set(term, [...docs, doc]);
  };
  articles.forEach((a, doc) => {
    for (const term of definitionsOf(a).filter((d) => d.length >= MIN_TERM)) {
      add(term, doc);
      add(term.replace(KIND, ''), doc);
    }
  });
  const terms = [...byTerm.keys()].sort((x, y) => y.length - x.length);
  return (question) => [...new Set(terms.filter((t) => question.includes(t)).flatMap((t) => byTerm.get(t)!))];
}
