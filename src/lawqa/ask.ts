import { answerByRetrieval, declineAnswer, MAX_CITATIONS, type Answer } from './answer.js';
import { citationLine } from './cite.js';
import { protectsInDanger } from './danger-laws.js';
import { detectDanger, detectInjection, hasLegalSignal, outOfScopeReason, stripInjection, type Danger } from './guard.js';
import type { LlmAnswerer } from './llm.js';
import type { Retrieval, Retriever } from './retrieve.js';
import { wrongdoingOf } from './wrongdoing.js';

export interface AskDeps {
  retriever: Retriever;
  /** Optional: without it every answer comes from retrieval. */
  llm?: LlmAnswerer | null;
}

/** Longer messages are cut: nobody types more on a phone, and it bounds the work per question. */
const MAX_QUESTION_CHARS = 500;
// Curated entries answer calm questions; in danger the articles on the danger itself should lead.
const URGENT_ENTRY_BOOST = 0.5;

/**
 * The one path every question takes (WeChat, `gridbot ask`, the evaluation): danger rules (or a
 * danger already raised by the caller's second opinion) →
 * retrieval → injection and scope rules → retrieval answer → optionally the LLM. Never throws.
 */
export async function askQuestion(question: string, deps: AskDeps, raised?: Danger | null): Promise<Answer> {
  const q = question.trim().slice(0, MAX_QUESTION_CHARS);
  if (!q) return declineAnswer('chat');
  // `raised`: danger the caller's judge found (the model's second opinion); the rules still come first.
  const danger = detectDanger(q) ?? raised ?? null;
  const retrieval = danger?.searchHint ? deps.retriever.search(`${q}，${danger.searchHint}`, 5, { entryBoost: URGENT_ENTRY_BOOST }) : deps.retriever.search(q, 5);
  if (danger) return urgentAnswer(q, danger, deps.retriever, retrieval);
  if (detectInjection(q)) return answerDespiteInjection(q, deps.retriever);
  const reason = outOfScopeReason(q, retrieval);
  if (reason) return declineAnswer(reason, q);
  const base = answerByRetrieval(q, deps.retriever, retrieval);
  if (!deps.llm || base.outOfScope) return base;
  return deps.llm.answer(q, retrieval, base);
}

/**
 * What to do now first (the number to call, the law that protects the person), then the articles
 * on the danger itself when it is a legal matter (or the refusal, when the asker wants help with the
 * harm): no curated answer text, which was written for calmer questions, and never the mediation offer.
 */
function urgentAnswer(q: string, danger: Danger, retriever: Retriever, retrieval: Retrieval): Answer {
  const urgent = { outOfScope: false, urgent: true, ownDispute: false, mode: 'retrieval' } as const;
  // The asker wants help with the harm itself (我想在她饭里下药, 咋个打才不留伤): the alarm stands, and the
  // law lines are the refusal, never articles that could read as help.
  const wrong = wrongdoingOf(q);
  if (wrong) return { answer: `${danger.notice}\n${wrong.refusal}`, citations: [], ...urgent };
  if (!danger.searchHint) return { answer: danger.notice, citations: [], ...urgent };
  const base = answerByRetrieval(q, retriever, retrieval);
  const citations = base.outOfScope ? [] : base.citations.filter(protectsInDanger).slice(0, MAX_CITATIONS);
  const line = citationLine(citations);
  return {
    answer: line ? `${danger.notice}\n${line}。` : danger.notice,
    citations,
    ...urgent,
    ...(base.category ? { category: base.category } : {}),
  };
}

/**
 * The instruction part is ignored: what is left is answered from retrieval only (never the LLM,
 * which could be talked into something), or declined when nothing legal is left.
 */
function answerDespiteInjection(q: string, retriever: Retriever): Answer {
  const rest = stripInjection(q);
  const reason = outOfScopeReason(rest);
  if (reason) return declineAnswer(reason, rest);
  if (!hasLegalSignal(rest)) return declineAnswer('injection');
  const base = answerByRetrieval(rest, retriever);
  return base.outOfScope ? declineAnswer('injection') : base;
}
