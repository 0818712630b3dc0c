import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import qrcodeTerminal from 'qrcode-terminal';
// Not the 'wechaty' entry point: it also loads the gRPC puppet-service stack (~15 MB resident)
// for Wechaty's own gateway, which a bot never uses; a puppet-service puppet loads it itself.
import { WechatyImpl, type WechatyInterface } from 'wechaty/impls';
import { type impls, log as wechatyLog, types } from 'wechaty-puppet';
import type { PuppetWechat4u } from 'wechaty-puppet-wechat4u';
import type { Logger } from '../../kernel/logger.js';
import { brologLevel, choosePuppet, PUPPET_SERVICE, WECHAT4U, type PuppetConfig } from './puppet-choice.js';
import { containPuppetService, serviceProbe } from './service-gate.js';
import { containWechat4u } from './wechat4u-gate.js';

export type { PuppetConfig } from './puppet-choice.js';

let crashHandlerReplaced = false;

/**
 * wechat4u keeps itself alive by catching every uncaught error process-wide and printing it with
 * console.log (it adds that listener while loading). We keep the staying alive (its event handlers
 * do throw asynchronously) but log through pino instead of dumping objects on the console.
 */
function replaceWechat4uCrashHandler(log: Logger, before: ReadonlySet<unknown>): void {
  if (crashHandlerReplaced) return;
  const added = process.listeners('uncaughtException').filter((l) => !before.has(l));
  if (added.length === 0) return;
  crashHandlerReplaced = true;
  for (const listener of added) process.removeListener('uncaughtException', listener);
  process.on('uncaughtException', (err) => log.error({ err: err.message, stack: err.stack }, 'uncaught error (kept running)'));
}

/** Where the QR code can be opened as an image (Wechaty's own page for it). */
const qrcodeImageUrl = (value: string): string => `https://wechaty.js.org/qrcode/${encodeURIComponent(value)}`;

/** Prints the login QR code in the terminal, with a link for when the terminal cannot show it. */
function printQrCode(qrcode: string, out: NodeJS.WritableStream): void {
  qrcodeTerminal.generate(qrcode, { small: true }, (art) => out.write(`${art}\n`));
  out.write(`请用要登录的微信扫描上面的二维码；显示不全时在浏览器打开：${qrcodeImageUrl(qrcode)}\n`);
}

/**
 * The Wechaty bot for `gridbot start`: wechat4u unless another puppet is configured, its session
 * kept in `<DATA_DIR>/<INSTANCE_NAME>.memory-card.json`. Not started: the transport starts it.
 * Only the chosen puppet is loaded (wechat4u alone holds ~25 MB).
 */
export async function createWechaty(config: PuppetConfig, log: Logger, out: NodeJS.WritableStream = process.stdout): Promise<WechatyInterface> {
  quietBrolog(brologLevel(config.LOG_LEVEL));
  mkdirSync(config.DATA_DIR, { recursive: true });
  const name = join(config.DATA_DIR, config.INSTANCE_NAME);
  const { name: puppetName, options } = choosePuppet(config);
  log.info({ puppet: puppetName }, 'wechat puppet');
  const puppet = puppetName === WECHAT4U ? await wechat4uPuppet(log) : puppetName === PUPPET_SERVICE ? await servicePuppet(options, log) : null;
  const wechaty: WechatyInterface = new WechatyImpl(puppet ? { name, puppet } : { name, puppet: puppetName as never, puppetOptions: options });
  wechaty.on('scan', (qrcode, status) => {
    if (status !== types.ScanStatus.Waiting && status !== types.ScanStatus.Timeout) return;
    log.info({ event: 'wechat_scan' }, '等待扫码登录');
    printQrCode(qrcode, out);
  });
  return wechaty;
}

/**
 * Wechaty's packages log through brolog to the console: wechaty-puppet through its own instance,
 * the token library behind puppet-service through brolog's global one. Both follow LOG_LEVEL.
 */
export function quietBrolog(level: ReturnType<typeof brologLevel>): void {
  wechatyLog.level(level);
  (wechatyLog.constructor as unknown as { level(name: string): unknown }).level(level);
}

/**
 * Loaded by a name typed as a plain string: the package's type declarations (through wechaty-grpc)
 * redeclare util.promisify for the whole program.
 */
const SERVICE_PACKAGE: string = PUPPET_SERVICE;

async function servicePuppet(options: { token?: string; endpoint?: string }, log: Logger): Promise<impls.PuppetInterface> {
  const { PuppetService } = (await import(SERVICE_PACKAGE)) as { PuppetService: new (o: typeof options) => impls.PuppetInterface };
  const puppet = new PuppetService(options);
  containPuppetService(puppet, serviceProbe(options), log);
  return puppet;
}

async function wechat4uPuppet(log: Logger): Promise<PuppetWechat4u> {
  const before = new Set(process.listeners('uncaughtException'));
  const { PuppetWechat4u } = await import('wechaty-puppet-wechat4u');
  replaceWechat4uCrashHandler(log, before);
  const puppet = new PuppetWechat4u();
  containWechat4u(puppet, log);
  return puppet;
}
