import { existsSync } from 'node:fs';
import { openDatabase } from '../db/client.js';
import { runEval, type EvalResult } from './eval.js';
import { importLaws } from './import.js';
import { createLawLibrary } from './library.js';
import { createAsker, SHARED_DEV_FILE, SHARED_LAWS_DIR } from './service.js';

export interface EvalLawqaOptions {
  /** Default: ../shared/data/laws next to the repository. */
  lawsDir?: string;
  /** Default: ../shared/data/legal-qa-dev.jsonl next to the repository. */
  devFile?: string;
  rounds?: number;
  /** The import time stamped on the temporary laws. */
  at: Date;
  print: (line: string) => void;
}

/**
 * `npm run eval:lawqa`: imports the statutes into a temporary embedded database, then runs the
 * development set through the asker `gridbot ask` uses (retrieval only). True when every goal holds.
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
  const database = await openDatabase({ memory: true });
  try {
    await database.migrate();
    const imported = await importLaws(database.db, [lawsDir], { at: options.at });
    for (const f of imported.failed) options.print(`✗ ${f.file}：${f.problems.join('；')}`);
    const library = createLawLibrary(database.db);
    const result: EvalResult = await runEval({
      retriever: await library.retriever(), ask: createAsker(library), devFile, rounds: options.rounds, print: options.print,
    });
    options.print(`（导入 ${imported.laws.length} 部法律；答案走 gridbot ask 的同一路径；延迟 ${options.rounds ?? 5} 轮计时、先热身一轮，机器繁忙时尾部会变长）`);
    return result.ok && imported.failed.length === 0;
  } finally {
    await database.close();
  }
}
