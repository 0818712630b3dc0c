import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Answer } from './answer.js';
import { askQuestion } from './ask.js';
import { sameCitation } from './cite.js';
import { citationSchema, loadKnowledge } from './knowledge.js';
import { createRetriever, type Retriever } from './retrieve.js';
import { loadLawsDir, type Statute } from './statutes.js';

const devItemSchema = z.object({
  id: z.string(),
  category: z.string(),
  question: z.string(),
  expected: z.array(citationSchema),
  urgent: z.boolean().optional(),
});
export type DevItem = z.infer<typeof devItemSchema>;

export interface EvalMetrics {
  hit1: number;
  hit3: number;
  outOfScopeAccuracy: number;
  urgentRecall: number;
  falseUrgent: number;
  citationsExist: number;
  /** Answer latency on the warm index (rules, retrieval, answer), the goal's figure. */
  p50Ms: number;
  p99Ms: number;
  /** The whole `ask` path when one was given (e.g. with the library's per-question version check). */
  pathP50Ms?: number;
  pathP99Ms?: number;
  buildMs: number;
  items: number;
}

export interface EvalResult {
  metrics: EvalMetrics;
  goals: { name: string; ok: boolean }[];
  ok: boolean;
  /** Ids of missed items per measure, for looking at the kind of question that fails. */
  misses: { hit3: string[]; outOfScope: string[]; urgent: string[] };
}

export interface EvalOptions {
  /** Read when neither `retriever` nor `statutes` is given. */
  lawsDir?: string;
  /** Statutes already loaded; else read from lawsDir. */
  statutes?: Statute[];
  /** An index already built (e.g. over the statutes imported into the database). */
  retriever?: Retriever;
  /** The answering path (`gridbot ask`'s); default askQuestion over the index, without an LLM. */
  ask?: (question: string) => Promise<Answer>;
  devFile: string;
  knowledgeDir?: string;
  /** Timed rounds over the whole set after one warm-up round. */
  rounds?: number;
  print?: (line: string) => void;
}

export async function readDevSet(file: string): Promise<DevItem[]> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim());
  return lines.map((l) => devItemSchema.parse(JSON.parse(l)));
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const share = (n: number, d: number): number => (d === 0 ? 1 : n / d);

const hitAt = (item: DevItem, a: Answer, k: number): boolean =>
  a.citations.slice(0, k).some((c) => item.expected.some((e) => sameCitation(c, e)));

/** A danger answer is flagged and opens with 110 (the self-harm hotlines are checked in the guard tests). */
// The shared scoring: urgent, and a number to call (110, 119, 120 or 12356) in the first 40 characters.
const FIRST_CHARS = 40;
export const urgentHandled = (a: Answer): boolean => a.urgent && /110|119|120|12356/.test(a.answer.slice(0, FIRST_CHARS));

/**
 * Runs the development set through askQuestion (the path `gridbot ask` uses), retrieval only,
 * and checks the acceptance goals.
 */
export async function runEval(options: EvalOptions): Promise<EvalResult> {
  const print = options.print ?? ((l: string) => console.log(l));
  const items = await readDevSet(options.devFile);
  const retriever = options.retriever ?? (await buildRetriever(options));
  const ask = options.ask ?? ((q: string) => askQuestion(q, { retriever }));
  // In order, one at a time, as a chat would; this first round also warms the path up.
  const answers: Answer[] = [];
  for (const item of items) answers.push(await ask(item.question));
  const rounds = options.rounds ?? 5;
  const wall = await timeAll(items, (q) => askQuestion(q, { retriever }), rounds);
  const result = score(items, answers, (c) => retriever.article(c) !== undefined, wall, retriever.stats.buildMs);
  if (options.ask) {
    const path = await timeAll(items, options.ask, rounds);
    result.metrics.pathP50Ms = percentile(path, 0.5);
    result.metrics.pathP99Ms = percentile(path, 0.99);
  }
  report(result, print, retriever.stats);
  return result;
}

async function buildRetriever(options: EvalOptions): Promise<Retriever> {
  if (!options.statutes && !options.lawsDir) throw new Error('runEval needs a retriever, statutes or lawsDir');
  const [statutes, knowledge] = await Promise.all([options.statutes ?? loadLawsDir(options.lawsDir!), loadKnowledge(options.knowledgeDir)]);
  return createRetriever(statutes, knowledge);
}

/** Wall-clock time per question, sorted; on a machine busy with other work the tail grows with it. */
async function timeAll(items: DevItem[], ask: (q: string) => Promise<Answer>, rounds: number): Promise<number[]> {
  const wall: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const item of items) {
      const t = performance.now();
      await ask(item.question);
      wall.push(performance.now() - t);
    }
  }
  return wall.sort((a, b) => a - b);
}

function score(items: DevItem[], answers: Answer[], exists: (c: Answer['citations'][number]) => boolean, lat: number[], buildMs: number): EvalResult {
  const pairs = items.map((item, i) => ({ item, a: answers[i]! }));
  const cited = pairs.filter((p) => p.item.expected.length > 0);
  const urgent = pairs.filter((p) => p.item.urgent);
  const allCites = answers.flatMap((a) => a.citations);
  const oosWrong = pairs.filter((p) => p.a.outOfScope !== (p.item.category === '超出范围'));
  const metrics: EvalMetrics = {
    hit1: share(cited.filter((p) => hitAt(p.item, p.a, 1)).length, cited.length),
    hit3: share(cited.filter((p) => hitAt(p.item, p.a, 3)).length, cited.length),
    outOfScopeAccuracy: share(pairs.length - oosWrong.length, pairs.length),
    urgentRecall: share(urgent.filter((p) => urgentHandled(p.a)).length, urgent.length),
    falseUrgent: pairs.filter((p) => !p.item.urgent && p.a.urgent).length,
    citationsExist: share(allCites.filter(exists).length, allCites.length),
    p50Ms: percentile(lat, 0.5),
    p99Ms: percentile(lat, 0.99),
    buildMs,
    items: items.length,
  };
  const goals = [
    { name: 'hit@3 ≥ 85%', ok: metrics.hit3 >= 0.85 },
    { name: 'hit@1 ≥ 65%', ok: metrics.hit1 >= 0.65 },
    { name: '超范围判断准确率 ≥ 90%', ok: metrics.outOfScopeAccuracy >= 0.9 },
    { name: '紧急题全部标出', ok: metrics.urgentRecall === 1 },
    { name: '引用 100% 存在', ok: metrics.citationsExist === 1 },
    { name: 'p99 < 20 ms', ok: metrics.p99Ms < 20 },
  ];
  const misses = {
    hit3: cited.filter((p) => !hitAt(p.item, p.a, 3)).map((p) => p.item.id),
    outOfScope: oosWrong.map((p) => p.item.id),
    urgent: urgent.filter((p) => !urgentHandled(p.a)).map((p) => p.item.id),
  };
  return { metrics, goals, ok: goals.every((g) => g.ok), misses };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function report(r: EvalResult, print: (l: string) => void, index: Retriever['stats']): void {
  const m = r.metrics;
  print(`条文 ${index.articles} 条，知识条目 ${index.entries} 条，题目 ${m.items} 道，索引构建 ${m.buildMs.toFixed(0)} ms`);
  print(`hit@1 ${pct(m.hit1)}  hit@3 ${pct(m.hit3)}  超范围准确率 ${pct(m.outOfScopeAccuracy)}`);
  print(`紧急召回 ${pct(m.urgentRecall)}（误报 ${m.falseUrgent}）  引用存在 ${pct(m.citationsExist)}  延迟 p50 ${m.p50Ms.toFixed(2)} ms  p99 ${m.p99Ms.toFixed(2)} ms（热索引上的规则+检索+作答）`);
  if (m.pathP99Ms !== undefined) print(`整条 ask 路径（另含每问一次的条文库版本查询）：p50 ${m.pathP50Ms!.toFixed(2)} ms  p99 ${m.pathP99Ms.toFixed(2)} ms（仅供参考，不计入目标）`);
  for (const g of r.goals) print(`${g.ok ? '✓' : '✗'} ${g.name}`);
  if (r.misses.hit3.length) print(`hit@3 未中：${r.misses.hit3.join(' ')}`);
  if (r.misses.outOfScope.length) print(`超范围判断错：${r.misses.outOfScope.join(' ')}`);
  if (r.misses.urgent.length) print(`紧急未标出：${r.misses.urgent.join(' ')}`);
}
