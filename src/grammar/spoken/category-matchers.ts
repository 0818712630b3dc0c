import { alternation } from '../../kernel/text.js';
import type { Vocabulary } from '../vocabulary.js';
import type { Category } from '../types.js';

/** What a story's category is read from, beyond the keyed type words (story.ts says in which order). */
export interface CategoryMatchers {
  /** Words for who quarrels (邻居, 老婆): used when nothing else is said. */
  weakCategory: Map<string, Category>;
  /** Matter words of a story (菜地, 尾款), first said wins; 'other' ones read last. */
  storyCategory: { re: RegExp; labels: Map<string, Category> };
  /** 家的牛…踩了, 狗咬伤了: an animal's damage, a neighbour dispute. */
  stray: RegExp;
  /** Money owed or unpaid: 欠了…八千块, 借给表弟三万块钱, 没给钱. */
  debt: RegExp;
}

function labelTable(table: Record<Category, string[]>): Map<string, Category> {
  const map = new Map<string, Category>();
  for (const [label, words] of Object.entries(table) as [Category, string[]][]) {
    for (const w of words) map.set(w, label);
  }
  return map;
}

/** A debt verb with a sum a few characters on (欠了菜贩子八千多块), or an unpaid sum said outright. */
function debtRegex(v: Vocabulary): RegExp {
  const s = v.spoken;
  return new RegExp(`(?:${alternation(s.debtVerbs)})[^,;。]{0,10}?(?:${alternation(s.moneyWords)})|${alternation(s.unpaidWords)}`, 'u');
}

export function compileCategories(v: Vocabulary): CategoryMatchers {
  const s = v.spoken;
  const labels = labelTable(s.storyCategories);
  return {
    weakCategory: labelTable(s.weakCategories),
    storyCategory: { re: new RegExp(alternation(labels.keys()), 'gu'), labels },
    stray: new RegExp(`(?:${alternation(s.strayOwners)})(?:${alternation(s.strayAnimals)})[^,;。]{0,8}?(?:${alternation(s.strayDamage)})`, 'u'),
    debt: debtRegex(v),
  };
}
