import { foldFullWidth } from '../kernel/text.js';
import type { QueryTerm } from './bm25.js';
import type { Segmenter } from './segment.js';
import { NEUTRAL_WORDS, type PatternRow, type SynonymRow } from './synonyms.js';

export interface Expander {
  /** Legal terms implied by everyday words in the text, each once, in table order. */
  expand(text: string): string[];
}

interface CompiledRow {
  /** Any one alternative matches; an alternative matches when all its parts occur. */
  alternatives: string[][];
  terms: string[];
}

/** Full-width letters and digits to ASCII, lower case, no spaces: residents type all of these. */
export function normalizeQuestion(text: string): string {
  return foldFullWidth(text).replace(/\s+/g, '').toLowerCase();
}

/** 老公在外打工 → 老公在外务工: words that only look like a trigger are replaced first. */
function neutralize(q: string): string {
  let out = q;
  for (const [word, neutral] of NEUTRAL_WORDS) if (out.includes(word)) out = out.split(word).join(neutral);
  return out;
}

function compileRow([triggers, terms]: SynonymRow, seg: Segmenter): CompiledRow {
  return {
    // Triggers are neutralised like questions, so a row may say 打工 and still match.
    alternatives: triggers
      .split('|')
      .map((t) =>
        t
          .split('+')
          .map((p) => neutralize(normalizeQuestion(p)))
          .filter(Boolean),
      )
      .filter((a) => a.length > 0),
    // The legal side goes through the same segmenter as the statutes, so the terms meet the index.
    terms: [
      ...new Set(
        terms
          .split(/\s+/)
          .flatMap((w) => [w, ...seg.terms(w)])
          .filter((w) => w.length >= 2),
      ),
    ],
  };
}

/**
 * Compiles the synonym table once.
 * createExpander(SYNONYMS, seg).expand('俺男人打俺') → ['配偶', '夫妻', '丈夫', '家庭暴力', …]
 */
export function createExpander(rows: readonly SynonymRow[], seg: Segmenter, patterns: readonly PatternRow[] = []): Expander {
  const compiled = rows.map((r) => compileRow(r, seg));
  const compiledPatterns = patterns.map(([rx, terms]) => ({ rx, row: compileRow(['', terms], seg) }));
  return {
    expand(text) {
      const q = neutralize(normalizeQuestion(text));
      const out = new Set<string>();
      const add = (row: CompiledRow) => row.terms.forEach((t) => out.add(t));
      for (const row of compiled) if (row.alternatives.some((parts) => parts.every((p) => q.includes(p)))) add(row);
      for (const p of compiledPatterns) if (p.rx.test(q)) add(p.row);
      return [...out];
    },
  };
}

/**
 * Merges the resident's own terms (weight 1, or `legalWeight` when the resident used a legal term
 * such as 定金 or 宅基地 — the surest sign of what is asked) with expansion terms (`expansionWeight`).
 */
export function queryTerms(own: readonly string[], expanded: readonly string[], expansionWeight: number, legal: ReadonlySet<string> = new Set(), legalWeight = 1): QueryTerm[] {
  const weights = new Map<string, number>();
  for (const t of expanded) weights.set(t, expansionWeight);
  for (const t of own) weights.set(t, Math.max(legal.has(t) ? legalWeight : 1, weights.get(t) ?? 0));
  return [...weights].map(([term, weight]) => ({ term, weight }));
}
