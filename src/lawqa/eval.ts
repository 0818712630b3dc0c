import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Answer } from './answer.js';
import { askQuestion } from './ask.js';
import type { NaiveBaseline } from './baseline.js';
import { bySplit, pct, rankFigures, type RankFigures, type Ranked, type SplitFigures } from './eval-metrics.js';
import { citationSchema, loadKnowledge } from './knowledge.js';
import { splitOf } from './split.js';
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
  recall3: number;
  /** Answerable (non-urgent) questions declined as out of scope, as a share of them. */
  wrongfulDeclines: number;
  /** The naive baseline on the same answerable questions, computed in the same run. */
  baseline?: RankFigures;
  /** Ours and the baseline on the tune and held-out parts (STARD-like sets). */
  splits?: SplitFigures[];
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
  misses: { hit3: string[]; outOfScope: string[]; urgent: string[]; declined: string[] };
}

/** Which gates a set is held to: the rural set keeps its own floors; every set must beat the baseline. */
export type DevKind = 'rural' | 'stard';

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
  /** The naive baseline over the same statutes: its figures are reported and gated against. */
  baseline?: NaiveBaseline;
  /** Default 'rural' (legal-qa-dev): its floors on hit@1/3, scope and danger. */
  kind?: DevKind;
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

const ranked = (item: DevItem, cited: Answer['citations']): Ranked => ({ id: item.id, expected: item.expected, cited });
const MAX_WRONGFUL_DECLINES = 0.03;

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
  if (options.baseline) addBaseline(result, items, answers, options.baseline);
  result.goals = goalsFor(result.metrics, options.kind ?? 'rural');
  result.ok = result.goals.every((g) => g.ok);
  if (options.ask) {
    const path = await timeAll(items, options.ask, rounds);
    result.metrics.pathP50Ms = percentile(path, 0.5);
    result.metrics.pathP99Ms = percentile(path, 0.99);
  }
  report(result, print, retriever.stats, options.kind === 'stard');
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
  const calm = cited.filter((p) => !p.item.urgent);
  const urgent = pairs.filter((p) => p.item.urgent);
  const allCites = answers.flatMap((a) => a.citations);
  const oosWrong = pairs.filter((p) => p.a.outOfScope !== (p.item.category === '超出范围'));
  const figures = rankFigures(cited.map((p) => ranked(p.item, p.a.citations)));
  const metrics: EvalMetrics = {
    hit1: figures.hit1,
    hit3: figures.hit3,
    recall3: figures.recall3,
    wrongfulDeclines: calm.length === 0 ? 0 : calm.filter((p) => p.a.outOfScope).length / calm.length,
    outOfScopeAccuracy: share(pairs.length - oosWrong.length, pairs.length),
    urgentRecall: share(urgent.filter((p) => urgentHandled(p.a)).length, urgent.length),
    falseUrgent: pairs.filter((p) => !p.item.urgent && p.a.urgent).length,
    citationsExist: share(allCites.filter(exists).length, allCites.length),
    p50Ms: percentile(lat, 0.5),
    p99Ms: percentile(lat, 0.99),
    buildMs,
    items: items.length,
  };
  const misses = {
    hit3: cited.filter((p) => !hitAt3(p.item, p.a)).map((p) => p.item.id),
    outOfScope: oosWrong.map((p) => p.item.id),
    urgent: urgent.filter((p) => !urgentHandled(p.a)).map((p) => p.item.id),
    declined: calm.filter((p) => p.a.outOfScope).map((p) => p.item.id),
  };
  return { metrics, goals: [], ok: false, misses };
}

const hitAt3 = (item: DevItem, a: Answer): boolean => rankFigures([ranked(item, a.citations)]).hit3 === 1;

function addBaseline(result: EvalResult, items: DevItem[], answers: Answer[], baseline: NaiveBaseline): void {
  const answerable = items.map((item, i) => ({ item, a: answers[i]! })).filter((p) => p.item.expected.length > 0);
  const base = answerable.map((p) => ranked(p.item, baseline.rank(p.item.question, 3)));
  result.metrics.baseline = rankFigures(base);
  result.metrics.splits = bySplit(
    answerable.map((p) => ranked(p.item, p.a.citations)),
    base,
  );
}

function goalsFor(m: EvalMetrics, kind: DevKind): EvalResult['goals'] {
  const common = [
    { name: `没找到依据误拒 ≤ ${MAX_WRONGFUL_DECLINES * 100}%`, ok: m.wrongfulDeclines <= MAX_WRONGFUL_DECLINES },
    { name: '引用 100% 存在', ok: m.citationsExist === 1 },
    ...(m.baseline
      ? [
          { name: 'hit@3 不低于朴素基线', ok: m.hit3 >= m.baseline.hit3 },
          { name: 'recall@3 不低于朴素基线', ok: m.recall3 >= m.baseline.recall3 },
        ]
      : []),
  ];
  if (kind === 'stard') return common;
  return [
    { name: 'hit@3 ≥ 85%', ok: m.hit3 >= 0.85 },
    { name: 'hit@1 ≥ 65%', ok: m.hit1 >= 0.65 },
    { name: '超范围判断准确率 ≥ 90%', ok: m.outOfScopeAccuracy >= 0.9 },
    { name: '紧急题全部标出', ok: m.urgentRecall === 1 },
    ...common,
  ];
}

function report(r: EvalResult, print: (l: string) => void, index: Retriever['stats'], heldOutHidden: boolean): void {
  const m = r.metrics;
  print(`条文 ${index.articles} 条，知识条目 ${index.entries} 条，题目 ${m.items} 道，索引构建 ${m.buildMs.toFixed(0)} ms`);
  print(`hit@1 ${pct(m.hit1)}  hit@3 ${pct(m.hit3)}  recall@3 ${pct(m.recall3)}  没找到依据误拒 ${pct(m.wrongfulDeclines)}  超范围准确率 ${pct(m.outOfScopeAccuracy)}`);
  if (m.baseline) print(`朴素基线（同一次运行）：hit@1 ${pct(m.baseline.hit1)}  hit@3 ${pct(m.baseline.hit3)}  recall@3 ${pct(m.baseline.recall3)}`);
  for (const s of (m.splits ?? []).filter((x) => x.ours.items > 0))
    print(`  ${s.split === 'tune' ? '调参部分' : '留出部分'}（${s.ours.items} 题）：hit@3 ${pct(s.ours.hit3)}，基线 ${pct(s.baseline.hit3)}`);
  print(
    `紧急召回 ${pct(m.urgentRecall)}（误报 ${m.falseUrgent}）  引用存在 ${pct(m.citationsExist)}  延迟 p50 ${m.p50Ms.toFixed(2)} ms  p99 ${m.p99Ms.toFixed(2)} ms（热索引上的规则+检索+作答；仅供参考，p99 ≤ 20 ms 的目标由 npm run bench -- --only lawqa 测）`,
  );
  if (m.pathP99Ms !== undefined)
    print(`整条 ask 路径（另含每问一次的条文库版本查询）：p50 ${m.pathP50Ms!.toFixed(2)} ms  p99 ${m.pathP99Ms.toFixed(2)} ms（仅供参考，不计入目标）`);
  for (const g of r.goals) print(`${g.ok ? '✓' : '✗'} ${g.name}`);
  // The held-out part's misses are not printed: nobody should design against them.
  const misses = heldOutHidden ? r.misses.hit3.filter((id) => splitOf(id) === 'tune') : r.misses.hit3;
  if (misses.length) print(`hit@3 未中${heldOutHidden ? '（只列调参部分）' : ''}：${misses.join(' ')}`);
  if (r.misses.outOfScope.length) print(`超范围判断错：${r.misses.outOfScope.join(' ')}`);
  if (r.misses.urgent.length) print(`紧急未标出：${r.misses.urgent.join(' ')}`);
  if (r.misses.declined.length) print(`误拒：${r.misses.declined.join(' ')}`);
}
