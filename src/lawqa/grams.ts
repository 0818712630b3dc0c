/** Runs of Han characters: the only script where a typo'd or unsegmented word still shares bigrams. */
const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Overlapping character pairs of every Han run: 宅基地 → 宅基, 基地. A resident's 错别字 (工伤/公伤)
 * or a word jieba cuts differently still shares most pairs with the article's wording.
 */
export function charBigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(HAN_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}
