import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';

/** WeCom group webhooks take 20 messages a minute; one less leaves room for a clock skew. */
const PER_MINUTE = 19;
const WINDOW_MS = 60_000;
/** A markdown message may hold 4096 bytes of UTF-8. */
export const MAX_BYTES = 4096;
const CUT_MARK = '…（未完，详见机器人消息）';

/** Cuts at a character boundary so the UTF-8 fits in `max` bytes, marking the cut. */
export function fitBytes(text: string, max = MAX_BYTES): string {
  if (Buffer.byteLength(text) <= max) return text;
  const room = max - Buffer.byteLength(CUT_MARK);
  let out = '';
  for (const ch of text) {
    if (Buffer.byteLength(out + ch) > room) break;
    out += ch;
  }
  return out + CUT_MARK;
}

export interface Webhook {
  /** Posts one markdown message, waiting its turn under the rate limit; throws when WeCom refuses. */
  post(text: string): Promise<void>;
}

/**
 * A WeCom group robot's webhook (消息推送): a second path into an internal group such as the
 * centre's, needing no long connection. Sends one at a time, under 20 a minute.
 */
export function createWebhook(url: string, clock: Clock, fetchFn: typeof fetch = fetch): Webhook {
  const sentAt: number[] = [];
  let queue: Promise<unknown> = Promise.resolve();

  async function turn(): Promise<void> {
    for (;;) {
      const now = clock.now().getTime();
      while (sentAt.length && now - sentAt[0]! >= WINDOW_MS) sentAt.shift();
      if (sentAt.length < PER_MINUTE) return void sentAt.push(now);
      await clock.sleep(sentAt[0]! + WINDOW_MS - now);
    }
  }

  async function send(text: string): Promise<void> {
    await turn();
    const body = JSON.stringify({ msgtype: 'markdown', markdown: { content: fitBytes(text) } });
    const res = await fetchFn(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(10_000) });
    const answer = (await res.json().catch(() => ({}))) as { errcode?: number; errmsg?: string };
    if (!res.ok || answer.errcode !== 0) {
      throw new AppError('wecom_webhook', `企业微信群机器人 Webhook 拒绝（HTTP ${res.status}，errcode ${answer.errcode ?? '无'}：${answer.errmsg ?? ''}）`);
    }
  }

  return {
    post(text) {
      const next = queue.then(() => send(text));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
