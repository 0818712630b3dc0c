import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../db/client.js';
import { createNaiveBaseline } from './baseline.js';
import { runEval, type DevKind } from './eval.js';
import { importLaws } from './import.js';
import { createLawLibrary } from './library.js';
import { loadStatutes } from './repo-laws.js';
import { createAsker, SHARED_DEV_FILE, SHARED_LAWS_DIR } from './service.js';

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
  const lawsDir = options.lawsDir ?? SHARED_LAWS_DIR;
  const devFile = options.devFile ?? SHARED_DEV_FILE;
  for (const path of [lawsDir, devFile]) {
    if (!existsSync(path)) {
      options.print(`找不到 ${path}（可用 --laws / --dev 指定）`);
      return false;
    }
  }
  const sets: [string, DevKind][] = [[devFile, 'rural']];
  const stard = options.stardFile === undefined ? SHARED_STARD_FILE : options.stardFile;
  if (stard && existsSync(stard)) sets.push([stard, 'stard']);
  else if (stard) options.print(`（没有 ${stard}，只评 ${devFile}）`);
  const database = await openDatabase({ memory: true });
  try {
    await database.migrate();
    const imported = await importLaws(database.db, [lawsDir], { at: options.at });
    for (const f of imported.failed) options.print(`✗ ${f.file}：${f.problems.join('；')}`);
    const library = createLawLibrary(database.db);
    const baseline = createNaiveBaseline(await loadStatutes(database.db));
    let ok = imported.failed.length === 0;
    for (const [file, kind] of sets) {
      options.print(`== ${file}`);
      const result = await runEval({ retriever: await library.retriever(), ask: createAsker(library), devFile: file, baseline, kind, rounds: options.rounds, print: options.print });
      ok &&= result.ok;
    }
    options.print(`（导入 ${imported.laws.length} 部法律；答案走 gridbot ask 的同一路径；延迟 ${options.rounds ?? 5} 轮计时、先热身一轮，机器繁忙时尾部会变长）`);
    return ok;
  } finally {
    await database.close();
  }
}
