import OpenAI from 'openai';
import type { Config } from '../config.js';
import { wrapError } from '../kernel/errors.js';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/**
 * The LLM port: one chat completion. Callers mask personal data before calling; the adapter
 * never logs what it sends. Throws an AppError ('llm_failed') on timeout, rate limit or error.
 */
export interface ChatModel {
  complete(messages: readonly ChatMessage[], options?: CompleteOptions): Promise<string>;
}

export interface CompleteOptions {
  json?: boolean;
  /** A shorter budget than the adapter's for this call (a quick second opinion); never a longer one. */
  timeoutMs?: number;
}

export interface OpenAiChatOptions {
  apiKey: string;
  baseURL?: string;
  model: string;
  /** Whole budget for one completion, the one retry included. */
  timeoutMs: number;
}

/** An OpenAI-compatible chat model (DeepSeek, Qwen, a local server …) behind the port. */
export function createOpenAiChatModel(o: OpenAiChatOptions): ChatModel {
  // The SDK defaults (10 minutes, two retries) are far too long for a chat reply.
  const client = new OpenAI({ apiKey: o.apiKey, baseURL: o.baseURL, timeout: o.timeoutMs, maxRetries: 1 });
  return {
    async complete(messages, options = {}) {
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(), Math.min(o.timeoutMs, options.timeoutMs ?? o.timeoutMs));
      try {
        const res = await client.chat.completions.create(
          {
            model: o.model,
            temperature: 0,
            messages: messages.map((m) => ({ role: m.role, content: m.content })),
            ...(options.json ? { response_format: { type: 'json_object' as const } } : {}),
          },
          { signal: deadline.signal },
        );
        return res.choices[0]?.message?.content ?? '';
      } catch (err) {
        throw wrapError('llm_failed', 'chat model', err);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** The configured model, or null when no OPENAI_API_KEY is set (the bot then works by rules alone). */
export function chatModelFromConfig(config: Config): ChatModel | null {
  if (!config.OPENAI_API_KEY) return null;
  return createOpenAiChatModel({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    timeoutMs: config.LLM_TIMEOUT_MS,
  });
}
