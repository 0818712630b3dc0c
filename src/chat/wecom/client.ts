import { WSClient } from '@wecom/aibot-node-sdk';
import type { Logger } from '../../kernel/logger.js';

export interface WecomSettings {
  botId: string;
  secret: string;
  /** Private deployments, 政务微信 and tests; WeCom's public address when absent. */
  wsUrl?: string;
}

/**
 * The official SDK client, told to reconnect for ever (its default gives up after 10 tries, and
 * after 5 refused subscribes) with its own back-off (1 s doubling to 30 s). Its console logger is
 * replaced: its lines go to our log at debug, our adapter writes the Chinese lines people read.
 */
export function createWecomClient(s: WecomSettings, log: Logger): WSClient {
  const sdkLog =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (message: string, ...args: unknown[]) =>
      log.debug({ sdk: level, detail: args.length ? String(args[0]) : undefined }, message);
  return new WSClient({
    botId: s.botId,
    secret: s.secret,
    ...(s.wsUrl ? { wsUrl: s.wsUrl } : {}),
    maxReconnectAttempts: -1,
    maxAuthFailureAttempts: -1,
    logger: { debug: sdkLog('debug'), info: sdkLog('info'), warn: sdkLog('warn'), error: sdkLog('error') },
  });
}
