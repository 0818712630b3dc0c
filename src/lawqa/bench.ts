import { askQuestion } from './ask.js';
import type { KnowledgeEntry } from './knowledge.js';
import { createRetriever } from './retrieve.js';
import type { Statute } from './statutes.js';

export interface LawqaBench {
  articles: number;
  entries: number;
  buildMs: number;
  p50Ms: number;
  p99Ms: number;
  /** Heap growth from building the index (jieba's dictionary lives outside the JS heap). */
  indexHeapMb: number;
  heapMb: number;
  rssMb: number;
}

/** Questions in residents' words across the topics, for timing when no development set is given. */
export const BENCH_QUESTIONS = [
  '男人喝了酒就打人，能离婚不',
  '彩礼给了十几万，没住几天就要离，能退多少',
  '离婚后娃归谁',
  '老人几个儿子都不管',
  '邻居的排水沟堵了水淹到俺家',
  '隔壁盖楼挡了俺家的光',
  '他家狗把俺咬了不赔',
  '半夜放音响吵得睡不着',
  '村里要收回俺家承包地',
  '征地补偿款咋算',
  '自家山上的树砍了卖要办证不',
  '上游截水下游没水浇田',
  '借钱没打借条只有转账记录',
  '利息最高能要多少',
  '包工头跑了工钱找谁要',
  '给人担保了他不还钱',
  '有人收银行卡给五百块',
  '被车撞了司机跑了',
  '娃十五岁偷东西要判刑不',
  '请不起律师咋打官司',
];

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;

/** Index build time, answer latency (the whole askQuestion path, retrieval only) and memory. */
export async function benchLawqa(statutes: readonly Statute[], knowledge: readonly KnowledgeEntry[], questions = BENCH_QUESTIONS, rounds = 20): Promise<LawqaBench> {
  const heapBefore = process.memoryUsage().heapUsed;
  const retriever = createRetriever(statutes, knowledge);
  const heapAfter = process.memoryUsage().heapUsed;
  const deps = { retriever };
  for (const q of questions) await askQuestion(q, deps); // warm-up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t = performance.now();
      await askQuestion(q, deps);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const mem = process.memoryUsage();
  return {
    articles: retriever.stats.articles,
    entries: retriever.stats.entries,
    buildMs: Math.round(retriever.stats.buildMs),
    p50Ms: percentile(times, 0.5),
    p99Ms: percentile(times, 0.99),
    indexHeapMb: mb(Math.max(0, heapAfter - heapBefore)),
    heapMb: mb(mem.heapUsed),
    rssMb: mb(mem.rss),
  };
}
