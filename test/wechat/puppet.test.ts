import type { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { types } from 'wechaty-puppet';
import { brologLevel, choosePuppet, type PuppetConfig } from '../../src/chat/wechaty/puppet-choice.js';
import { capturedLog } from './support.js';

const base: PuppetConfig = {
  WECHATY_PUPPET: 'wechaty-puppet-wechat4u',
  WECHATY_PUPPET_SERVICE_TOKEN: undefined,
  WECHATY_PUPPET_SERVICE_ENDPOINT: undefined,
  INSTANCE_NAME: 'gridbot',
  DATA_DIR: './data',
  LOG_LEVEL: 'info',
};

describe('choosePuppet', () => {
  it('uses wechat4u with nothing configured', () => {
    expect(choosePuppet(base)).toEqual({ name: 'wechaty-puppet-wechat4u', options: {} });
  });
  it('takes a token alone to mean puppet-service', () => {
    expect(choosePuppet({ ...base, WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_workpro_x' })).toEqual({
      name: 'wechaty-puppet-service',
      options: { token: 'puppet_workpro_x' },
    });
  });
  it('keeps a named puppet and passes token and endpoint on', () => {
    const config = { ...base, WECHATY_PUPPET: 'wechaty-puppet-service', WECHATY_PUPPET_SERVICE_TOKEN: 't', WECHATY_PUPPET_SERVICE_ENDPOINT: '10.0.0.2:8788' };
    expect(choosePuppet(config)).toEqual({ name: 'wechaty-puppet-service', options: { token: 't', endpoint: '10.0.0.2:8788' } });
  });
  it('keeps Wechaty’s console logger quiet unless debugging', () => {
    expect(['info', 'warn', 'debug', 'trace'].map(brologLevel)).toEqual(['silent', 'silent', 'warn', 'verbose']);
  });
});

describe('createWechaty', () => {
  it('builds the bot with its session under DATA_DIR, replaces wechat4u’s console crash handler, prints the QR code', async () => {
    const listenersBefore = process.listeners('uncaughtException').length;
    const { createWechaty } = await import('../../src/chat/wechaty/puppet.js');
    const wechat4uHandler = (l: unknown) => String(l).includes("console.log('uncaughtException'");
    const dir = mkdtempSync(join(tmpdir(), 'gridbot-wechat-'));
    const out = new PassThrough();
    const { log, lines } = capturedLog('info');
    const bot = await createWechaty({ ...base, DATA_DIR: dir }, log, out);
    // wechat4u is loaded only now, for this bot, and its console handler is already replaced by ours.
    expect(process.listeners('uncaughtException').some(wechat4uHandler)).toBe(false);
    expect(process.listeners('uncaughtException')).toHaveLength(listenersBefore + 1);
    expect(bot.name()).toBe(join(dir, 'gridbot'));
    // What Wechaty emits when the puppet shows a login QR code.
    (bot as unknown as EventEmitter).emit('scan', 'https://login.weixin.qq.com/l/abc123', types.ScanStatus.Waiting);
    const printed = String(out.read());
    expect(printed).toContain('▄'); // the QR code drawn with block characters
    expect(printed).toContain('请用要登录的微信扫描上面的二维码');
    expect(printed).toContain(encodeURIComponent('https://login.weixin.qq.com/l/abc123'));
    expect(lines().map((l) => l.event ?? l.msg)).toEqual(['wechat puppet', 'wechat_scan']);
  });
});
