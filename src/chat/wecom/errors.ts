import { AppError } from '../../kernel/errors.js';

/**
 * Errcodes WeCom uses when a caller sends too much (接口调用超过限制, 并发超过限制, 频率超限). The
 * smart bot's own push quotas are not published: any 45xxx code, or an errmsg about frequency or
 * limits, counts as throttling too.
 */
const QUOTA_CODES = new Set([45009, 45011, 45033, 45035, 45047]);
const QUOTA_WORDS = /freq|limit|quota|too many|频率|超过|限制/i;
/** Bad bot id or secret (the subscribe answer), or a bot not switched to long-connection mode. */
const AUTH_CODES = new Set([40001, 40014, 40056, 40058, 42001, 600041]);

export type WecomFailure = 'throttled' | 'auth' | 'disconnected' | 'rejected' | 'timeout';

/** A rejected SDK request: the ack frame itself ({errcode, errmsg}), or an Error for a local failure. */
export function classify(rejection: unknown): { kind: WecomFailure; errcode?: number; errmsg: string } {
  const frame = rejection as { errcode?: unknown; errmsg?: unknown } | null;
  if (frame && typeof frame.errcode === 'number') {
    const errmsg = String(frame.errmsg ?? '');
    const kind =
      QUOTA_CODES.has(frame.errcode) || (frame.errcode >= 45000 && frame.errcode < 46000) || QUOTA_WORDS.test(errmsg)
        ? 'throttled'
        : AUTH_CODES.has(frame.errcode)
          ? 'auth'
          : 'rejected';
    return { kind, errcode: frame.errcode, errmsg };
  }
  const message = rejection instanceof Error ? rejection.message : String(rejection);
  if (/timeout/i.test(message)) return { kind: 'timeout', errmsg: message };
  return { kind: /not connected|closed|cancelled/i.test(message) ? 'disconnected' : 'rejected', errmsg: message };
}

/**
 * The error the outbox records. A full quota (code wecom_throttled) holds that one conversation and
 * tells the centre (outbox/hold.ts); its words avoid 频率/限制, which would pause every send.
 */
export function wecomError(what: string, rejection: unknown): AppError {
  const c = classify(rejection);
  const code = c.errcode === undefined ? '' : `（errcode ${c.errcode}）`;
  const text: Record<WecomFailure, string> = {
    throttled: `企业微信推送额度已满${code}`,
    auth: `企业微信拒绝了机器人凭证${code}，请检查 WECOM_BOT_ID / WECOM_BOT_SECRET`,
    disconnected: '企业微信长连接未连上，稍后重试',
    timeout: '企业微信没有回执（超时）',
    rejected: `企业微信拒绝${code}：${c.errmsg}`,
  };
  return new AppError(`wecom_${c.kind}`, `${what}: ${text[c.kind]}`, { cause: rejection });
}
