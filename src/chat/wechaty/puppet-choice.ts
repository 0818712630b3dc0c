import type { Config } from '../../config.js';

import { PUPPET_SERVICE, WECHAT4U } from './puppet-names.js';

export { PUPPET_SERVICE, WECHAT4U };
/** Where wechat4u logs in (its web protocol's first request): what `gridbot doctor` tries to reach. */
export const WECHAT4U_SERVER = { host: 'login.wx.qq.com', port: 443 } as const;

export type PuppetConfig = Pick<Config, 'WECHATY_PUPPET' | 'WECHATY_PUPPET_SERVICE_TOKEN' | 'WECHATY_PUPPET_SERVICE_ENDPOINT' | 'INSTANCE_NAME' | 'DATA_DIR' | 'LOG_LEVEL'>;

/** Which puppet, with which options. A token alone means puppet-service: wechat4u takes none. */
export function choosePuppet(config: PuppetConfig): { name: string; options: { token?: string; endpoint?: string } } {
  const token = config.WECHATY_PUPPET_SERVICE_TOKEN;
  const endpoint = config.WECHATY_PUPPET_SERVICE_ENDPOINT;
  const chosen = config.WECHATY_PUPPET ?? WECHAT4U;
  const name = chosen === WECHAT4U && token ? PUPPET_SERVICE : chosen;
  return { name, options: { ...(token ? { token } : {}), ...(endpoint ? { endpoint } : {}) } };
}

/** The one line for a WECHATY_PUPPET that cannot be loaded (a typo), naming what is accepted; null when it loads. */
export function unknownPuppet(config: PuppetConfig, installed: (name: string) => boolean): string | null {
  const { name } = choosePuppet(config);
  if (installed(name)) return null;
  return `WECHATY_PUPPET: 填的是“${name}”，找不到这个微信协议包；可用 ${WECHAT4U}（默认，个人微信）、${PUPPET_SERVICE}（协议服务，要 WECHATY_PUPPET_SERVICE_TOKEN），或先用 npm install 装好的其他 Wechaty 协议包`;
}

/** Wechaty's own logger (brolog) writes to the console: quiet unless we are debugging. */
export const brologLevel = (level: string): 'silent' | 'warn' | 'verbose' => (level === 'trace' ? 'verbose' : level === 'debug' ? 'warn' : 'silent');
