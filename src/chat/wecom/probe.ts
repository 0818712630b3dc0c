import { createLogger } from '../../kernel/logger.js';
import { createWecomClient, type WecomSettings } from './client.js';

export type ProbeResult = { ok: true } | { ok: false; why: 'refused' | 'unreachable' | 'silent'; detail: string };

/**
 * Subscribes once with the credentials and reports WeCom's answer, then disconnects: what
 * `gridbot doctor` says about the WeCom bot. Never retries (the bot's own client does that).
 */
export function probeWecom(settings: WecomSettings, timeoutMs = 10_000): Promise<ProbeResult> {
  const client = createWecomClient(settings, createLogger('silent'));
  return new Promise((resolve) => {
    const finish = (result: ProbeResult) => {
      clearTimeout(timer);
      client.removeAllListeners();
      client.disconnect();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, why: 'silent', detail: `${timeoutMs / 1000} 秒内没有回应` }), timeoutMs);
    client.on('authenticated', () => finish({ ok: true }));
    client.on('error', (err) =>
      finish(/Authentication failed/.test(err.message) ? { ok: false, why: 'refused', detail: err.message } : { ok: false, why: 'unreachable', detail: err.message }),
    );
    client.connect();
  });
}
