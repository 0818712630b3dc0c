// Imported first on purpose: it records the process handlers before wechat4u adds its own.
import { listenersBeforeWechat4u } from './uncaught-snapshot.js';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import qrcodeTerminal from 'qrcode-terminal';
import { log as wechatyLog, qrcodeValueToImageUrl, ScanStatus, WechatyBuilder, type WechatyOptions } from 'wechaty';
import type { WechatyInterface } from 'wechaty/impls';
import { PuppetWechat4u } from 'wechaty-puppet-wechat4u';
import type { Logger } from '../core/logger.js';
import { brologLevel, choosePuppet, WECHAT4U, type PuppetConfig } from './puppet-choice.js';
import { containWechat4u } from './wechat4u-gate.js';

export type { PuppetConfig } from './puppet-choice.js';

/** The handlers wechat4u added while loading (this module's body runs right after its imports). */
const wechat4uCrashHandlers = process.listeners('uncaughtException').filter((l) => !listenersBeforeWechat4u.has(l));
let crashHandlerReplaced = false;

/**
 * wechat4u keeps itself alive by catching every uncaught error process-wide and printing it with
 * console.log. We keep the staying alive (its event handlers do throw asynchronously) but log
 * through pino instead of dumping objects on the console.
 */
function replaceWechat4uCrashHandler(log: Logger): void {
  if (crashHandlerReplaced || wechat4uCrashHandlers.length === 0) return;
  crashHandlerReplaced = true;
  for (const listener of wechat4uCrashHandlers) process.removeListener('uncaughtException', listener);
  process.on('uncaughtException', (err) => log.error({ err: err.message, stack: err.stack }, 'uncaught error (kept running)'));
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
