// The face of the legal Q&A capability: other capabilities import only from here.
export { parseStatute, loadLawsDir, type Statute, type Article } from './statutes.js';
export { loadKnowledge, parseKnowledgeFile, knowledgeEntrySchema, KNOWLEDGE_DIR, type KnowledgeEntry, type Citation } from './knowledge.js';
export { createRetriever, type Retriever, type Retrieval, type RetrieverOptions, type SearchTuning } from './retrieve.js';
export { answerByRetrieval, declineAnswer, type Answer } from './answer.js';
export { askQuestion, type AskDeps } from './ask.js';
export { createLlmAnswerer, type LlmAnswerer, type LlmOptions, type FallbackReason } from './llm.js';
export { detectDanger, detectInjection, isOutOfScope, looksLikeOwnDispute, type Danger } from './guard.js';
export { mask } from './mask.js';
export { citationLine, articleLabel } from './cite.js';
export { askJsonl, toJsonl, type JsonlAnswer } from './jsonl.js';
export { runEval, type EvalResult, type EvalMetrics } from './eval.js';
export { benchLawqa, BENCH_QUESTIONS, type LawqaBench } from './bench.js';
// Persistence, the app's routes and the start-up import.
export { importLaws, statuteHash, importReportText, type LawImport, type ImportReport, type ImportOptions } from './import.js';
export { readLawFiles, scanLawFiles, type LawFile, type SkippedFile } from './read-files.js';
export { knownLawTitles } from './titles.js';
export { listLaws, loadStatutes, type LawRow } from './repo-laws.js';
export { createLawLibrary, type LawLibrary, type LibraryOptions } from './library.js';
export { createAsker, prepareLaws, defaultLawsSource, SHARED_LAWS_DIR, SHARED_DEV_FILE, type Ask, type AskerOptions, type PrepareOptions } from './service.js';
export { lawqaRoutes } from './routes.js';
export { computeQaStats, qaStatsText, type QaStats } from './stats.js';
export { dangerAlertText } from './danger-alert.js';
export { EMPTY_LIBRARY_LINE, EMPTY_LIBRARY_ANSWER, fetchedLawsDir } from './empty.js';
export { loadManifest } from './manifest.js';
export { fetchAndImport, fetchSummaryText } from './get-laws.js';
export { watchNotes } from './watch.js';
export { urgentCountBetween } from './repo-qa.js';
export { evalDanger, evalLawqa, type EvalDangerOptions, type EvalLawqaOptions } from './eval-db.js';
