import type OpenAI from 'openai';
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

// The SDK (~13 MB resident) is loaded only when a model is made, so a bot without a model never holds it.
let sdk: typeof OpenAI | undefined;
const loadSdk = async (): Promise<typeof OpenAI> => (sdk ??= (await import('openai')).default);

/**
 * The SDK's timeout (its own or our deadline's abort) and rate-limit errors, as the adapter throws
 * them inside its AppError. Before the SDK is loaded no error of its classes can exist: null.
 */
export function sdkFailure(e: unknown): 'timeout' | 'rateLimit' | null {
  if (!sdk) return null;
  if (e instanceof sdk.APIConnectionTimeoutError || e instanceof sdk.APIUserAbortError) return 'timeout';
  return e instanceof sdk.RateLimitError ? 'rateLimit' : null;
}

/** An OpenAI-compatible chat model (DeepSeek, Qwen, a local server …) behind the port. */
export function createOpenAiChatModel(o: OpenAiChatOptions): ChatModel {
  // Loading starts with the model, so the first question does not wait for it; a failure to load surfaces on the first completion.
  // The SDK defaults (10 minutes, two retries) are far too long for a chat reply.
  const client = loadSdk().then((Sdk) => new Sdk({ apiKey: o.apiKey, baseURL: o.baseURL, timeout: o.timeoutMs, maxRetries: 1 }));
  client.catch(() => {});
  return {
    async complete(messages, options = {}) {
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(), Math.min(o.timeoutMs, options.timeoutMs ?? o.timeoutMs));
      try {
        const res = await (await client).chat.completions.create(
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
