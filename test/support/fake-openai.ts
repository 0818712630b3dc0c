import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake does with the next request. */
export type Step = { kind: 'reply'; content: string } | { kind: 'status'; status: number; retryAfterMs?: number } | { kind: 'hang' };

export const reply = (content: string | object): Step => ({
  kind: 'reply',
  content: typeof content === 'string' ? content : JSON.stringify(content),
});
export const status = (code: number, retryAfterMs?: number): Step =>
  retryAfterMs === undefined ? { kind: 'status', status: code } : { kind: 'status', status: code, retryAfterMs };
export const hang = (): Step => ({ kind: 'hang' });

export interface CapturedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: { model?: string; messages?: { role: string; content: string }[]; [k: string]: unknown };
}

export interface FakeOpenAI {
  /** e.g. http://127.0.0.1:41234/v1, for the SDK's baseURL. */
  baseURL: string;
  /** Every request received, in order, with its parsed JSON body. */
  requests: CapturedRequest[];
  /** Queues what the next requests get; with nothing queued the fake answers 500. */
  script(...steps: Step[]): void;
  /**
   * What every request `matching` gets, before the queue is consulted (one kind of prompt answered
   * the same way while the queue scripts another). The latest matching answer wins.
   */
  answerWhen(matching: (body: CapturedRequest['body']) => boolean, step: Step): void;
  /** Forgets queued steps, standing answers and captured requests (a timed-out client may leave a step unused). */
  reset(): void;
  close(): Promise<void>;
}

function completion(content: string, model: string): object {
  return {
    id: `chatcmpl-fake-${Date.now()}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

function send(res: ServerResponse, code: number, body: object, headers: Record<string, string> = {}): void {
  res.writeHead(code, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<CapturedRequest['body']> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as CapturedRequest['body'];
  } catch {
    return {};
  }
}

/** An OpenAI-compatible chat completions server on 127.0.0.1 and a random port, driven by a script. */
export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const steps: Step[] = [];
  const standing: { matching: (body: CapturedRequest['body']) => boolean; step: Step }[] = [];
  const requests: CapturedRequest[] = [];
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    requests.push({ path: req.url ?? '', headers: req.headers, body });
    const step = standing.find((s) => s.matching(body))?.step ?? steps.shift();
    if (!step) return send(res, 500, { error: { message: 'no scripted response', type: 'server_error' } });
    if (step.kind === 'hang') return; // never answers; the client must time out
    if (step.kind === 'status') {
      const headers: Record<string, string> = step.retryAfterMs === undefined ? {} : { 'retry-after-ms': String(step.retryAfterMs) };
      return send(res, step.status, { error: { message: `scripted ${step.status}`, type: 'scripted' } }, headers);
    }
    send(res, 200, completion(step.content, body.model ?? 'fake'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...s) => void steps.push(...s),
    answerWhen: (matching, step) => void standing.unshift({ matching, step }),
    reset: () => {
      steps.length = 0;
      standing.length = 0;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Requests whose system message is `prompt` (for answerWhen): one kind of call among several. */
export const systemIs =
  (prompt: string) =>
  (body: CapturedRequest['body']): boolean =>
    body.messages?.[0]?.role === 'system' && body.messages[0].content === prompt;
