import type { Clock } from '../kernel/clock.js';
import type { Logger } from '../kernel/logger.js';
import type { Transport } from './port.js';
import type { Config } from '../config.js';
import type { Channel } from './channel.js';
import { PERSONAL_ACCOUNT_WARNING } from './choice.js';
import { combineTransports } from './multi.js';

/**
 * The transports of the chosen channels. Each is imported only when chosen: a WeCom-only bot never
 * loads Wechaty (tens of MB), a WeChat-only one never loads the WeCom SDK.
 */
export async function buildTransport(config: Config, channels: readonly Channel[], log: Logger, clock: Clock): Promise<Transport> {
  const parts: Partial<Record<Channel, Transport>> = {};
  if (channels.includes('wecom')) {
    const { createWecomClient } = await import('./wecom/client.js');
    const { createWecomTransport } = await import('./wecom/transport.js');
    const settings = { botId: config.WECOM_BOT_ID!, secret: config.WECOM_BOT_SECRET!, ...(config.WECOM_WS_URL ? { wsUrl: config.WECOM_WS_URL } : {}) };
    parts.wecom = createWecomTransport(createWecomClient(settings, log), { log, clock, botId: settings.botId });
  }
  if (channels.includes('wechat')) {
    if (!channels.includes('wecom')) log.warn({ event: 'personal_account' }, PERSONAL_ACCOUNT_WARNING);
    const { createWechaty } = await import('./wechaty/puppet.js');
    const { createWechatyTransport } = await import('./wechaty/transport.js');
    parts.wechat = createWechatyTransport(await createWechaty(config, log), log);
  }
  log.info({ channels }, `通道：${channels.map((c) => (c === 'wecom' ? '企业微信' : '微信')).join('、')}`);
  return combineTransports(parts);
}
