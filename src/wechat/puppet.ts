// Imported first on purpose: it records the process handlers before wechat4u adds its own.
import { listenersBeforeWechat4u } from './uncaught-snapshot.js';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import qrcodeTerminal from 'qrcode-terminal';
import { log as wechatyLog, qrcodeValueToImageUrl, ScanStatus, WechatyBuilder, type WechatyOptions } from 'wechaty';
import type { WechatyInterface } from 'wechaty/impls';
import { PuppetWechat4u } from 'wechaty-puppet-wechat4u';
import type { Config } from '../config.js';
import type { Logger } from '../core/logger.js';
import { containWechat4u } from './wechat4u-gate.js';

const WECHAT4U = 'wechaty-puppet-wechat4u';
const SERVICE = 'wechaty-puppet-service';

export type PuppetConfig = Pick<
  Config,
  'WECHATY_PUPPET' | 'WECHATY_PUPPET_SERVICE_TOKEN' | 'WECHATY_PUPPET_SERVICE_ENDPOINT' | 'INSTANCE_NAME' | 'DATA_DIR' | 'LOG_LEVEL'
>;

/** Wechaty's own logger (brolog) writes to the console; it stays quiet unless we are debugging. */
const brologLevel = (level: string) => (level === 'trace' ? 'verbose' : level === 'debug' ? 'warn' : 'silent');

/**
 * wechat4u keeps itself alive by catching every uncaught error process-wide and printing it with
 * console.log. We keep the staying alive (its event handlers do throw asynchronously) but log
 * through pino, once, instead of dumping objects on the console.
 */
function replaceWechat4uCrashHandler(log: Logger): void {
  const theirs = process.listeners('uncaughtException').filter((l) => !listenersBeforeWechat4u.has(l));
  for (const listener of theirs) process.removeListener('uncaughtException', listener);
  if (theirs.length === 0) return;
  process.on('uncaughtException', (err) => log.error({ err: err.message, stack: err.stack }, 'uncaught error (kept running)'));
}

/** Which puppet, with which options: a token alone means puppet-service (wechat4u takes none). */
function choosePuppet(config: PuppetConfig): { name: string; options: Record<string, string> } {
  const token = config.WECHATY_PUPPET_SERVICE_TOKEN;
  const endpoint = config.WECHATY_PUPPET_SERVICE_ENDPOINT;
  const name = config.WECHATY_PUPPET === WECHAT4U && token ? SERVICE : config.WECHATY_PUPPET;
  const options: Record<string, string> = {};
  if (token) options.token = token;
  if (endpoint) options.endpoint = endpoint;
  return { name, options };
}

/** Prints the login QR code in the terminal, with a link for when the terminal cannot show it. */
function printQrCode(qrcode: string, out: NodeJS.WritableStream): void {
  qrcodeTerminal.generate(qrcode, { small: true }, (art) => out.write(`${art}\n`));
  out.write(`请用要登录的微信扫描上面的二维码；显示不全时在浏览器打开：${qrcodeValueToImageUrl(qrcode)}\n`);
}

/**
 * The Wechaty bot for `gridbot start`: wechat4u unless another puppet is configured, its session
 * kept in `<DATA_DIR>/<INSTANCE_NAME>.memory-card.json`. Not started: the transport starts it.
 */
export function createWechaty(config: PuppetConfig, log: Logger, out: NodeJS.WritableStream = process.stdout): WechatyInterface {
  wechatyLog.level(brologLevel(config.LOG_LEVEL));
  replaceWechat4uCrashHandler(log);
  mkdirSync(config.DATA_DIR, { recursive: true });
  const name = join(config.DATA_DIR, config.INSTANCE_NAME);
  const { name: puppetName, options } = choosePuppet(config);
  log.info({ puppet: puppetName }, 'wechat puppet');
  const wechaty = WechatyBuilder.build(
    puppetName === WECHAT4U
      ? { name, puppet: wechat4uPuppet(log) }
      : ({ name, puppet: puppetName, puppetOptions: options } as WechatyOptions),
  );
  wechaty.on('scan', (qrcode, status) => {
    if (status !== ScanStatus.Waiting && status !== ScanStatus.Timeout) return;
    log.info({ event: 'wechat_scan' }, '等待扫码登录');
    printQrCode(qrcode, out);
  });
  return wechaty;
}

function wechat4uPuppet(log: Logger): PuppetWechat4u {
  const puppet = new PuppetWechat4u();
  containWechat4u(puppet, log);
  return puppet;
}
