import type { WSClient } from '@wecom/aibot-node-sdk';
import type { Logger } from '../../kernel/logger.js';
import type { TransportHandlers } from '../port.js';

export const TAKEOVER_TEXT = '企业微信机器人被另一处程序接管（同一个机器人只能有一条长连接），本程序已停止收发企业微信消息。请确认只在一台电脑上运行 gridbot，然后重启本程序。';

/** Connection state for the rest of the adapter (and the webhook fallback). */
export interface ConnectionState {
  up(): boolean;
  /** True after another connection took the bot over: the SDK stops for good. */
  takenOver(): boolean;
}

/**
 * Turns the SDK's connection events into one Chinese log line per change (not per retry) and
 * tells the app of a takeover so the centre hears of it. Reconnecting itself is the SDK's job.
 */
export function watchConnection(client: WSClient, handlers: TransportHandlers, log: Logger): ConnectionState {
  let up = false;
  let everUp = false;
  let takenOver = false;
  let lostLogged = false;
  const changed = (isUp: boolean, reason: string) => void Promise.resolve(handlers.onChannelState?.({ channel: 'wecom', up: isUp, reason })).catch(() => undefined);

  client.on('authenticated', () => {
    up = true;
    lostLogged = false;
    log.info({ event: everUp ? 'wecom_reconnected' : 'wecom_connected' }, everUp ? '已重新连上企业微信' : '已连上企业微信（智能机器人长连接）');
    everUp = true;
    changed(true, '');
  });
  client.on('disconnected', (reason) => {
    up = false;
    changed(false, reason);
    if (takenOver || lostLogged) return;
    lostLogged = true;
    log.warn({ event: 'wecom_disconnected' }, '企业微信长连接断开，正在自动重连（间隔逐步加长到 30 秒）');
  });
  client.on('event.disconnected_event', () => {
    takenOver = true;
    up = false;
    log.warn({ event: 'wecom_takeover' }, TAKEOVER_TEXT);
    void Promise.resolve(handlers.onNotice?.(TAKEOVER_TEXT, 'wecom-takeover')).catch((err: unknown) => handlers.onError(err as Error));
  });
  client.on('error', (err) => {
    // Auth refusals say so once per outage; socket errors are the reconnect loop's business.
    if (/Authentication failed/.test(err.message) && !lostLogged) {
      lostLogged = true;
      log.warn(
        { event: 'wecom_auth_failed', err: err.message },
        '企业微信拒绝了机器人凭证：请核对 WECOM_BOT_ID 和 WECOM_BOT_SECRET（管理后台 → 智能机器人 → API 模式 → 长连接），程序会继续重试',
      );
    } else if (!lostLogged && !up) {
      lostLogged = true;
      log.warn({ event: 'wecom_unreachable', err: err.message }, '无法连接企业微信服务器：请检查本机能否上网（或 WECOM_WS_URL 是否正确），程序会自动重试');
    } else log.debug({ err: err.message }, 'wecom socket error');
  });
  return { up: () => up, takenOver: () => takenOver };
}
