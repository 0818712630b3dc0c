import type { Article, Statute } from './statutes.js';

// "第四章 离婚" → "离婚"; "第二节 借款合同" → "借款合同".
const NUMBERED = /^第\S+?(?:分编|编|章|节)\s*/;
// "本法所称家庭暴力，是指…" / "本条例所称农民工，是指…": the statute's own defined terms.
const DEFINED = /(?:本法|本条例|本规定|本解释)所称(?:的)?([\p{Script=Han}]{2,10}?)(?:，|,)?(?:是指|包括)/gu;

const headingWords = (a: Article): string[] =>
  a.chapter
    .split(' › ')
    .map((h) => h.replace(NUMBERED, '').trim())
    .filter((h) => h.length >= 2 && h.length <= 10);

/**
 * Words the corpus itself names as topics: its heading titles and its defined terms. Given to the
 * segmenter when the index is built, so 人身安全保护令 or 土地经营权 stay one search term whatever
 * laws a township imports (no list kept by hand, nothing taken from any question set).
 */
export function corpusWords(statutes: readonly Statute[]): string[] {
  const words = new Set<string>();
  for (const s of statutes) {
    for (const a of s.articles) {
      headingWords(a).forEach((w) => words.add(w));
      for (const m of a.text.matchAll(DEFINED)) words.add(m[1]!);
    }
  }
  return [...words].filter((w) => /^\p{Script=Han}+$/u.test(w)).sort();
}
