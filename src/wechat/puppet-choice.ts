import type { Config } from '../config.js';

export const WECHAT4U = 'wechaty-puppet-wechat4u';
export const PUPPET_SERVICE = 'wechaty-puppet-service';

export type PuppetConfig = Pick<
  Config,
  'WECHATY_PUPPET' | 'WECHATY_PUPPET_SERVICE_TOKEN' | 'WECHATY_PUPPET_SERVICE_ENDPOINT' | 'INSTANCE_NAME' | 'DATA_DIR' | 'LOG_LEVEL'
>;

/** Which puppet, with which options. A token alone means puppet-service: wechat4u takes none. */
export function choosePuppet(config: PuppetConfig): { name: string; options: { token?: string; endpoint?: string } } {
  const token = config.WECHATY_PUPPET_SERVICE_TOKEN;
  const endpoint = config.WECHATY_PUPPET_SERVICE_ENDPOINT;
  const chosen = config.WECHATY_PUPPET ?? WECHAT4U;
  const name = chosen === WECHAT4U && token ? PUPPET_SERVICE : chosen;
  return { name, options: { ...(token ? { token } : {}), ...(endpoint ? { endpoint } : {}) } };
}

/** Wechaty's own logger (brolog) writes to the console: quiet unless we are debugging. */
export const brologLevel = (level: string): 'silent' | 'warn' | 'verbose' =>
  level === 'trace' ? 'verbose' : level === 'debug' ? 'warn' : 'silent';
