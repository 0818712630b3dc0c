import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ChatModel } from '../llm/chat-model.js';
import type { Logger } from '../kernel/logger.js';
import type { Db } from '../db/client.js';
import { declineAnswer, type Answer } from './answer.js';
import { askQuestion } from './ask.js';
import type { Danger } from './guard.js';
import { EMPTY_LIBRARY_ANSWER } from './empty.js';
import { importLaws, type ImportReport } from './import.js';
import type { LawFile } from './read-files.js';
import { createLawLibrary, type LawLibrary, type LibraryOptions } from './library.js';
import { createLlmAnswerer, type FallbackReason } from './llm.js';

/** The shared statutes and development set next to the repository (../shared/data/), for replays, the sandbox and the evaluation. */
export const SHARED_LAWS_DIR = fileURLToPath(new URL('../../../shared/data/laws', import.meta.url));
export const SHARED_DEV_FILE = fileURLToPath(new URL('../../../shared/data/legal-qa-dev.jsonl', import.meta.url));
export const SHARED_DANGER_FILE = fileURLToPath(new URL('../../../shared/data/danger-dev.jsonl', import.meta.url));

/**
 * Where replays and the sandbox take statutes from: LAWS_DIR when set, else the shared folder when
 * present, else the files `laws fetch` saved (fetchedLawsDir) when there are any.
 */
export function defaultLawsSource(configured?: string | null, fetched?: string | null): string | null {
  if (configured) return configured;
  if (existsSync(SHARED_LAWS_DIR)) return SHARED_LAWS_DIR;
  return fetched && existsSync(fetched) ? fetched : null;
}

/** Answers one question: the path chat, `gridbot ask` and the evaluation share. */
export type Ask = (question: string, raised?: Danger | null) => Promise<Answer>;

export interface AskerOptions extends LibraryOptions {
  /** The LLM port; null or absent = retrieval only. */
  chatModel?: ChatModel | null;
  /** Why an LLM reply was not used (no question text). */
  onFallback?: (reason: FallbackReason) => void;
}

const NO_BASIS = declineAnswer('noBasis').answer;

/**
 * askQuestion over the library's current index, with the LLM when one is configured. With no
 * statute imported, "没找到依据" would blame the question: the answer says the library is empty.
 */
export function createAsker(library: LawLibrary, options: AskerOptions = {}): Ask {
  const llm = options.chatModel ? createLlmAnswerer({ chat: options.chatModel, onFallback: options.onFallback }) : null;
  return async (question, raised) => {
    const retriever = await library.retriever();
    const answer = await askQuestion(question, { retriever, llm }, raised);
    return retriever.stats.articles === 0 && answer.answer === NO_BASIS ? { ...answer, answer: EMPTY_LIBRARY_ANSWER } : answer;
  };
}

export interface PrepareOptions {
  /** A folder (or file) of statutes, e.g. LAWS_DIR; null = import nothing. */
  source: string | readonly LawFile[] | null;
  at: Date;
  log: Logger;
  knowledgeDir?: string;
}

/**
 * At start: imports the statutes not yet imported (a changed file counts as new) and builds the
 * index, so the first question is answered at full speed. A missing folder is logged, not fatal.
 * Whether the library is then empty is for the caller to say (EMPTY_LIBRARY_LINE), in its own way.
 */
export async function prepareLaws(db: Db, options: PrepareOptions): Promise<ImportReport | null> {
  let report: ImportReport | null = null;
  const { source, log } = options;
  if (typeof source === 'string' && !existsSync(source)) log.warn({ lawsDir: source }, `LAWS_DIR 指向的文件夹不存在（${source}），没有导入法条`);
  else if (source !== null) {
    report = await importLaws(db, typeof source === 'string' ? [source] : source, { at: options.at, skipUnchanged: true });
    const changed = report.laws.filter((l) => l.status !== 'unchanged').length;
    log.info({ laws: report.laws.length, changed, failed: report.failed.map((f) => f.file) }, 'statutes imported');
  }
  const retriever = await createLawLibrary(db, { knowledgeDir: options.knowledgeDir }).retriever();
  log.info({ articles: retriever.stats.articles, entries: retriever.stats.entries, buildMs: Math.round(retriever.stats.buildMs) }, 'legal Q&A index ready');
  return report;
}
