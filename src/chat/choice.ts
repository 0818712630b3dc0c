import type { Config } from '../config.js';
import type { Channel } from './channel.js';

type ChannelConfig = Pick<Config, 'WECOM_BOT_ID' | 'WECHATY_PUPPET' | 'WECHATY_PUPPET_SERVICE_TOKEN'>;

/**
 * Which channels `gridbot start` runs. WeCom when its bot is configured; WeChat (a Wechaty puppet)
 * when a puppet or a puppet-service token is named, or when nothing else is: wechat4u is the one
 * route that needs no credentials. WeCom alone never loads Wechaty.
 */
export function chosenChannels(c: ChannelConfig): Channel[] {
  const wecom = !!c.WECOM_BOT_ID;
  const wechat = !wecom || !!c.WECHATY_PUPPET || !!c.WECHATY_PUPPET_SERVICE_TOKEN;
  return [...(wechat ? (['wechat'] as const) : []), ...(wecom ? (['wecom'] as const) : [])];
}

/** Said once at start when only a personal account serves: the risk, and the better route. */
export const PERSONAL_ACCOUNT_WARNING =
  '提示：用个人微信号自动收发消息有被限制登录或封号的风险；推荐改用企业微信智能机器人（配置 WECOM_BOT_ID 和 WECOM_BOT_SECRET，见 docs/wecom.md）。';
