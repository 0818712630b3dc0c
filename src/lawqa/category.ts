import type { KnowledgeEntry } from './knowledge.js';
import type { Article } from './statutes.js';

/** The categories residents' questions fall into (the same words as the dispute ledger's statistics). */
export type Category = '家庭婚恋' | '邻里' | '山林土地水事' | '经济' | '其他';

const BY_TOPIC: Record<KnowledgeEntry['topic'], Category> = {
  family: '家庭婚恋',
  neighbor: '邻里',
  land: '山林土地水事',
  economic: '经济',
  other: '其他',
};

// Matched against "law title › chapter path" of the best article when no curated entry answered.
const BY_SOURCE: [RegExp, Category][] = [
  [/婚姻家庭|继承编|家庭暴力|彩礼|妇女权益/, '家庭婚恋'],
  [/相邻关系|噪声|饲养动物|建筑物和物件/, '邻里'],
  [/土地|森林|水法|林木|集体经济|村民委员会/, '山林土地水事'],
  [/合同|借贷|劳动|工资|消费者|保证|担保/, '经济'],
];

/** The category of a question, from the curated entry that answered it or else the best article. */
export function categoryOf(entry: KnowledgeEntry | undefined, article: Article | undefined): Category {
  if (entry) return BY_TOPIC[entry.topic];
  if (!article) return '其他';
  const source = `${article.law} › ${article.chapter}`;
  return BY_SOURCE.find(([rx]) => rx.test(source))?.[1] ?? '其他';
}
