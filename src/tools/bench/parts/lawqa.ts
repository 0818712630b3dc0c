import { performance } from 'node:perf_hooks';
import { BENCH_QUESTIONS, benchLawqa, loadKnowledge, loadLawsDir, type Article } from '../../../lawqa/index.js';
import { mb, percentile } from '../measure.js';
import { skippedRow, type BenchRow } from '../table.js';
import type { PartContext } from './context.js';

const PART = 'lawqa';

/** The floor any index must beat: every article scored by how many of the question's character pairs it contains. */
function scanTimes(articles: readonly Article[], questions: readonly string[], rounds: number): number[] {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t0 = performance.now();
      const pairs = Array.from({ length: Math.max(0, q.length - 1) }, (_, i) => q.slice(i, i + 2));
      const scored = articles.map((a) => ({ a, s: pairs.reduce((n, p) => n + (a.text.includes(p) ? 1 : 0), 0) }));
      scored.sort((x, y) => y.s - x.s).slice(0, 5);
      times.push(performance.now() - t0);
    }
  }
  return times.sort((a, b) => a - b);
}

/** Part 3: index build, retrieval latency and memory of the legal Q&A on the statutes folder. */
export async function lawqaPart(ctx: PartContext): Promise<BenchRow[]> {
  if (!ctx.lawsDir) {
    const why = 'no statutes folder (../shared/data/laws or LAWS_DIR)';
    return [
      skippedRow(PART, 'index build', 'ms', why),
      skippedRow(PART, 'answer p50 (retrieval, no LLM)', 'ms', why),
      skippedRow(PART, 'answer p99 (retrieval, no LLM)', 'ms', why, '< 20 ms'),
      skippedRow(PART, 'RSS with index loaded', 'MB', why),
    ];
  }
  ctx.progress(`${PART}: statutes and index`);
  const rssBefore = mb(process.memoryUsage().rss);
  const t0 = performance.now();
  const statutes = await loadLawsDir(ctx.lawsDir);
  const knowledge = await loadKnowledge();
  const loadMs = performance.now() - t0;
  const rounds = ctx.quick ? 2 : 20;
  const b = await benchLawqa(statutes, knowledge, BENCH_QUESTIONS, rounds);
  const scan = scanTimes(
    statutes.flatMap((s) => s.articles),
    BENCH_QUESTIONS,
    ctx.quick ? 1 : 3,
  );
  const size = `${b.articles} articles, ${b.entries} entries`;
  return [
    { part: PART, figure: 'index build', value: b.buildMs, unit: 'ms', baseline: { label: 'reading the statutes', value: loadMs }, note: size },
    {
      part: PART,
      figure: 'answer p50 (retrieval, no LLM)',
      value: b.p50Ms,
      unit: 'ms',
      baseline: { label: 'naive scan p50', value: percentile(scan, 0.5) },
      note: `${BENCH_QUESTIONS.length} questions × ${rounds}`,
    },
    {
      part: PART,
      figure: 'answer p99 (retrieval, no LLM)',
      value: b.p99Ms,
      unit: 'ms',
      goal: '< 20 ms',
      met: b.p99Ms < 20,
      baseline: { label: 'naive scan p99', value: percentile(scan, 0.99) },
    },
    {
      part: PART,
      figure: 'RSS with index loaded',
      value: b.rssMb,
      unit: 'MB',
      baseline: { label: 'RSS before loading', value: rssBefore },
      note: `index heap growth ${b.indexHeapMb} MB; RSS of the whole bench process`,
    },
  ];
}
