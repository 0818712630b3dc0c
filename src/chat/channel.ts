/**
 * The chat channels one app can serve at once. Ids handed inward carry their channel: WeChat
 * puppet ids as they are (a per-login cache), WeCom ids as `wecom:<userid|chatid|msgid>` (stable:
 * a member's WeCom account never changes). Old rows and puppets keep working unprefixed.
 */
export const CHANNELS = ['wechat', 'wecom'] as const;
export type Channel = (typeof CHANNELS)[number];

const WECOM_PREFIX = 'wecom:';

/** `wecom:u123` for WeCom's `u123`. */
export const wecomId = (raw: string): string => `${WECOM_PREFIX}${raw}`;

export const channelOf = (id: string): Channel => (id.startsWith(WECOM_PREFIX) ? 'wecom' : 'wechat');

/** The id as the channel itself knows it (`u123` for `wecom:u123`). */
export const rawId = (id: string): string => (id.startsWith(WECOM_PREFIX) ? id.slice(WECOM_PREFIX.length) : id);

/** Channel names people read in lists and alerts. */
export const CHANNEL_WORDS: Record<Channel, string> = { wechat: '微信', wecom: '企业微信' };
