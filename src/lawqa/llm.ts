import OpenAI from 'openai';
import { finishAnswer, type Answer } from './answer.js';
import { sameCitation } from './cite.js';
import type { Citation } from './knowledge.js';
import { parseReply, SYSTEM_PROMPT, trimAnswer, userPrompt, type LlmReply } from './llm-prompt.js';
import { mask } from './mask.js';
import type { Retrieval } from './retrieve.js';

export interface LlmOptions {
  apiKey: string;
  baseURL?: string;
  model: string;
  /** Whole budget for one question, retry included. */
  timeoutMs?: number;
  /** Told why a reply was not used (never the question text): for metrics and logs. */
  onFallback?: (reason: FallbackReason) => void;
}

export type FallbackReason = 'timeout' | 'rateLimit' | 'error' | 'invalid' | 'noCitation';

export interface LlmAnswerer {
  /** The model's answer, or `fallback` (the retrieval answer) on any failure. Never throws. */
  answer(question: string, retrieval: Retrieval, fallback: Answer): Promise<Answer>;
}

/**
 * An OpenAI-compatible answerer: sends only the masked question and the retrieved material,
 * validates the JSON reply, keeps only citations that were retrieved.
 */
export function createLlmAnswerer(options: LlmOptions): LlmAnswerer {
  const timeoutMs = options.timeoutMs ?? 20_000;
  // The SDK defaults (10 minutes, two retries) are far too long for a chat reply.
  const client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL, timeout: timeoutMs, maxRetries: 1 });

  async function complete(question: string, retrieval: Retrieval): Promise<string> {
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), timeoutMs);
    try {
      const res = await client.chat.completions.create(
        {
          model: options.model,
          temperature: 0.2,
          response_format: { type: 'json_object' },
          messages: [
            { role: 'system', content: SYSTEM_PROMPT },
            { role: 'user', content: userPrompt(mask(question), retrieval) },
          ],
        },
        { signal: deadline.signal },
      );
      return res.choices[0]?.message?.content ?? '';
    } finally {
      clearTimeout(timer);
    }
  }

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

function failureReason(e: unknown): FallbackReason {
  if (e instanceof OpenAI.APIConnectionTimeoutError || e instanceof OpenAI.APIUserAbortError) return 'timeout';
  if (e instanceof OpenAI.RateLimitError) return 'rateLimit';
  return 'error';
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
  const ownDispute = reply.ownDispute || fallback.ownDispute;
  const urgent = fallback.urgent || reply.urgent;
  const body = trimAnswer(reply.answer);
  return {
    answer: finishAnswer(urgent && !fallback.urgent ? `${LLM_URGENT}\n${body}` : body, citations, ownDispute),
    citations,
    outOfScope: false,
    urgent,
    ownDispute,
    mode: 'llm',
    ...(fallback.category ? { category: fallback.category } : {}),
  };
}
