// The two puppets we know by name; config.ts checks their settings, so these import nothing.
export const WECHAT4U = 'wechaty-puppet-wechat4u';
export const PUPPET_SERVICE = 'wechaty-puppet-service';
