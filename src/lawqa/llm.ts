import { type ChatModel, sdkFailure } from '../llm/chat-model.js';
import { FAMILY_VIOLENCE_HELP, finishAnswer, type Answer } from './answer.js';
import { safetyLead } from './family-violence.js';
import { sameCitation } from './cite.js';
import type { Citation } from './knowledge.js';
import { parseReply, SYSTEM_PROMPT, trimAnswer, userPrompt, type LlmReply } from './llm-prompt.js';
import { mask } from './mask.js';
import type { Retrieval } from './retrieve.js';

export interface LlmOptions {
  /**
   * The LLM port (src/llm/chat-model.ts); its adapter holds the time budget (LLM_TIMEOUT_MS,
   * default 20 s, one retry at most) and throws on timeout, rate limit or error.
   */
  chat: ChatModel;
  /** Told why a reply was not used (never the question text): for metrics and logs. */
  onFallback?: (reason: FallbackReason) => void;
}

export type FallbackReason = 'timeout' | 'rateLimit' | 'error' | 'invalid' | 'noCitation';

export interface LlmAnswerer {
  /** The model's answer, or `fallback` (the retrieval answer) on any failure. Never throws. */
  answer(question: string, retrieval: Retrieval, fallback: Answer): Promise<Answer>;
}

/**
 * An answerer on the chat-model port: sends only the masked question and the retrieved material
 * (no tools, no roster or ledger data), validates the JSON reply, keeps only retrieved citations.
 */
export function createLlmAnswerer(options: LlmOptions): LlmAnswerer {
  const complete = (question: string, retrieval: Retrieval): Promise<string> =>
    options.chat.complete(
      [
        { role: 'system', content: SYSTEM_PROMPT },
        { role: 'user', content: userPrompt(mask(question), retrieval) },
      ],
      { json: true },
    );

  return {
    async answer(question, retrieval, fallback) {
      let text: string;
      try {
        text = await complete(question, retrieval);
      } catch (e) {
        options.onFallback?.(failureReason(e));
        return fallback;
      }
      const reply = parseReply(text);
      const citations = reply ? keepRetrieved(reply.citations, retrieval) : [];
      // The rules already judged the question in scope; a model that disagrees or cites nothing real is not used.
      const problem: FallbackReason | null = !reply ? 'invalid' : reply.outOfScope || citations.length === 0 ? 'noCitation' : null;
      if (problem || !reply) {
        options.onFallback?.(problem ?? 'invalid');
        return fallback;
      }
      return toAnswer(reply, citations, fallback);
    },
  };
}

/** The port wraps the SDK's error (AppError 'llm_failed' with the cause); other adapters may not. */
function failureReason(e: unknown): FallbackReason {
  const cause = e instanceof Error && e.cause !== undefined ? e.cause : e;
  const kind = sdkFailure(cause);
  if (kind) return kind;
  return (cause as { status?: unknown } | null)?.status === 429 ? 'rateLimit' : 'error';
}

/** Drops every citation the model made up: only articles that retrieval returned may be cited. */
export function keepRetrieved(cites: readonly Citation[], r: Retrieval): Citation[] {
  const allowed = [...r.citations, ...r.entries.flatMap((e) => e.citations)];
  const kept: Citation[] = [];
  for (const c of cites) {
    const known = allowed.find((a) => sameCitation(a, c));
    if (known && !kept.some((k) => sameCitation(k, known))) kept.push(known);
  }
  return kept;
}

const LLM_URGENT = '如有危险，请立即拨打110！';

function toAnswer(reply: LlmReply, citations: Citation[], fallback: Answer): Answer {
  // Violence at home is never offered mediation and always opens with safety, whatever the model wrote.
  const violence = fallback.familyViolence === true;
  const ownDispute = !violence && (reply.ownDispute || fallback.ownDispute);
  const urgent = fallback.urgent || reply.urgent;
  const lead = violence ? `${safetyLead((c) => fallback.citations.some((f) => sameCitation(f, c)))}\n` : '';
  const body = `${lead}${trimAnswer(reply.answer)}`;
  return {
    answer: finishAnswer(urgent && !fallback.urgent ? `${LLM_URGENT}\n${body}` : body, citations, ownDispute, undefined, violence ? FAMILY_VIOLENCE_HELP : undefined),
    citations,
    outOfScope: false,
    urgent,
    ownDispute,
    mode: 'llm',
    ...(fallback.category ? { category: fallback.category } : {}),
    ...(violence ? { familyViolence: true } : {}),
  };
}
