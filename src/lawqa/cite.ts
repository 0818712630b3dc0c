import Nzh from 'nzh';
import type { Citation } from './knowledge.js';

/** 1079 → "一千零七十九" (10 → "十", as statutes write it). */
export const chineseNumber = (n: number): string => Nzh.cn.encodeS(n);

/** { article: 287, sub: 2 } → "第二百八十七条之二". */
export function articleLabel(c: { article: number; sub?: number | null }): string {
  return `第${chineseNumber(c.article)}条${c.sub ? `之${chineseNumber(c.sub)}` : ''}`;
}

/**
 * The citation line, grouping articles of one law:
 * → "依据《中华人民共和国民法典》第一千零七十九条、第一千零八十四条，《中华人民共和国反家庭暴力法》第二十三条".
 */
export function citationLine(cites: readonly Citation[]): string {
  if (cites.length === 0) return '';
  const byLaw = new Map<string, string[]>();
  for (const c of cites) {
    const list = byLaw.get(c.law) ?? [];
    list.push(articleLabel(c));
    byLaw.set(c.law, list);
  }
  return `依据${[...byLaw].map(([law, labels]) => `《${law}》${labels.join('、')}`).join('，')}`;
}

/** Same law, article and 之Y sub-number. */
export const sameCitation = (a: Citation, b: Citation): boolean => a.law === b.law && a.article === b.article && (a.sub ?? null) === (b.sub ?? null);
