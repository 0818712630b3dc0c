import { sameCitation } from './cite.js';
import type { Citation } from './knowledge.js';
import { splitOf, type Split } from './split.js';

/** Ranking figures over the answerable items of a set: share with a right article in the top 1 / 3, share of right articles in the top 3. */
export interface RankFigures {
  hit1: number;
  hit3: number;
  recall3: number;
  items: number;
}

export interface Ranked {
  id: string;
  expected: readonly Citation[];
  cited: readonly Citation[];
}

const share = (n: number, d: number): number => (d === 0 ? 1 : n / d);
const found = (expected: readonly Citation[], cited: readonly Citation[], k: number): number => expected.filter((e) => cited.slice(0, k).some((c) => sameCitation(c, e))).length;

export const hitAt = (r: Ranked, k: number): boolean => found(r.expected, r.cited, k) > 0;

/** rankFigures([{ id, expected: [A], cited: [B, A] }]) → { hit1: 0, hit3: 1, recall3: 1, items: 1 } */
export function rankFigures(rows: readonly Ranked[]): RankFigures {
  return {
    hit1: share(rows.filter((r) => hitAt(r, 1)).length, rows.length),
    hit3: share(rows.filter((r) => hitAt(r, 3)).length, rows.length),
    recall3: rows.length === 0 ? 1 : rows.reduce((s, r) => s + found(r.expected, r.cited, 3) / r.expected.length, 0) / rows.length,
    items: rows.length,
  };
}

/** Ours beside the naive baseline on one part of a set. */
export interface SplitFigures {
  split: Split | 'all';
  ours: RankFigures;
  baseline: RankFigures;
}

/** The figures on the tune part and the held-out part (by splitOf on the id). */
export function bySplit(ours: readonly Ranked[], baseline: readonly Ranked[]): SplitFigures[] {
  return (['tune', 'heldOut'] as const).map((split) => ({
    split,
    ours: rankFigures(ours.filter((r) => splitOf(r.id) === split)),
    baseline: rankFigures(baseline.filter((r) => splitOf(r.id) === split)),
  }));
}

export const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
