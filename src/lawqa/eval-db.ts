import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../db/client.js';
import { createNaiveBaseline } from './baseline.js';
import { isTuneId, meetsGoals, type DangerBar, readDangerSet, readQaAsDanger, scoreDanger, scoreLine, FALSE_ALARM_GOAL, RECALL_GOAL } from './eval-danger.js';
import { runEval, type DevKind } from './eval.js';
import { importLaws } from './import.js';
import { createLawLibrary, type LawLibrary } from './library.js';
import { loadStatutes } from './repo-laws.js';
import { createAsker, SHARED_DANGER_FILE, SHARED_DEV_FILE, SHARED_LAWS_DIR } from './service.js';

/** The STARD questions next to the repository (../shared/data/stard-dev.jsonl). */
export const SHARED_STARD_FILE = fileURLToPath(new URL('../../../shared/data/stard-dev.jsonl', import.meta.url));

export interface EvalLawqaOptions {
  /** Default: ../shared/data/laws next to the repository. */
  lawsDir?: string;
  /** Default: ../shared/data/legal-qa-dev.jsonl next to the repository. */
  devFile?: string;
  /** Default: ../shared/data/stard-dev.jsonl; null = skip. Skipped with a note when missing. */
  stardFile?: string | null;
  rounds?: number;
  /** The import time stamped on the temporary laws. */
  at: Date;
  print: (line: string) => void;
}

/**
 * `npm run eval:lawqa`: imports the statutes into a temporary embedded database, then runs each
 * development set through the asker `gridbot ask` uses (retrieval only), beside the naive baseline
 * over the same statutes. True when every set meets its gates and the baseline.
 */
export async function evalLawqa(options: EvalLawqaOptions): Promise<boolean> {
  const devFile = options.devFile ?? SHARED_DEV_FILE;
  const sets: [string, DevKind][] = [[devFile, 'rural']];
  const stard = options.stardFile === undefined ? SHARED_STARD_FILE : options.stardFile;
  if (stard && existsSync(stard)) sets.push([stard, 'stard']);
  else if (stard) options.print(`（没有 ${stard}，只评 ${devFile}）`);
  return withEvalLibrary(options, [devFile], async (library, statutes) => {
    const baseline = createNaiveBaseline(statutes);
    let ok = true;
    for (const [file, kind] of sets) {
      options.print(`== ${file}`);
      const result = await runEval({
        retriever: await library.retriever(),
        ask: createAsker(library),
        devFile: file,
        baseline,
        kind,
        rounds: options.rounds,
        print: options.print,
      });
      ok &&= result.ok;
    }
    options.print(`（答案走 gridbot ask 的同一路径；延迟 ${options.rounds ?? 5} 轮计时、先热身一轮，机器繁忙时尾部会变长）`);
    return ok;
  });
}

export interface EvalDangerOptions {
  lawsDir?: string;
  /** Default: ../shared/data/danger-dev.jsonl next to the repository. */
  dangerFile?: string;
  at: Date;
  print: (line: string) => void;
  /**
   * A regression floor below the goals (CI): the run fails only below it, and still says whether
   * the goals are met. Absent: the goals decide.
   */
  floor?: DangerBar;
}

/**
 * `npm run eval:danger`: the danger set split by id (odd = tuned on, even = held out) and the
 * legal Q&A set, through the `gridbot ask` path. True when recall and false alarms meet the goals
 * on the whole danger set and the Q&A set has no miss and no false alarm.
 */
export async function evalDanger(options: EvalDangerOptions): Promise<boolean> {
  const dangerFile = options.dangerFile ?? SHARED_DANGER_FILE;
  return withEvalLibrary(options, [dangerFile, SHARED_DEV_FILE], async (library) => {
    const ask = createAsker(library);
    const items = await readDangerSet(dangerFile);
    const all = await scoreDanger('危险开发集（全部）', items, ask);
    const tune = await scoreDanger(
      '  其中调规则用（单号）',
      items.filter((i) => isTuneId(i.id)),
      ask,
    );
    const held = await scoreDanger(
      '  其中留作检验（双号）',
      items.filter((i) => !isTuneId(i.id)),
      ask,
    );
    const qa = await scoreDanger('法律问答开发集', await readQaAsDanger(SHARED_DEV_FILE), ask);
    for (const s of [all, tune, held, qa]) options.print(scoreLine(s));
    const qaClean = qa.missed.length === 0 && qa.falseAlarms === 0;
    options.print(`目标：召回 ≥ ${RECALL_GOAL * 100}%，误报 ≤ ${FALSE_ALARM_GOAL * 100}%；法律问答集不漏不误。${meetsGoals(all) && qaClean ? '达到' : '未达到'}`);
    if (!options.floor) return meetsGoals(all) && qaClean;
    const { recall, falseAlarms } = options.floor;
    const kept = meetsGoals(all, options.floor) && qaClean;
    options.print(`回归下限：召回 ≥ ${recall * 100}%，误报 ≤ ${falseAlarms * 100}%；法律问答集不漏不误。${kept ? '守住' : '没守住'}`);
    return kept;
  });
}

/** Imports the statutes into a temporary embedded database and hands the library to `run`. */
async function withEvalLibrary(
  options: { lawsDir?: string; at: Date; print: (line: string) => void },
  files: readonly string[],
  run: (library: LawLibrary, statutes: Awaited<ReturnType<typeof loadStatutes>>) => Promise<boolean>,
): Promise<boolean> {
  const lawsDir = options.lawsDir ?? SHARED_LAWS_DIR;
  for (const path of [lawsDir, ...files]) {
    if (!existsSync(path)) {
      options.print(`找不到 ${path}（可用 --laws / --dev 指定）`);
      return false;
    }
  }
  const database = await openDatabase({ memory: true });
  try {
    await database.migrate();
    const imported = await importLaws(database.db, [lawsDir], { at: options.at });
    for (const f of imported.failed) options.print(`✗ ${f.file}：${f.problems.join('；')}`);
    options.print(`（导入 ${imported.laws.length} 部法律）`);
    const ok = await run(createLawLibrary(database.db), await loadStatutes(database.db));
    return ok && imported.failed.length === 0;
  } finally {
    await database.close();
  }
}
