import type { Logger } from '../../kernel/logger.js';
import { createBackoff, isNetworkError, KEEPS_RUNNING, networkCode, type Backoff } from './network.js';

/** The host a DNS failure names, as "（host）"; nothing when the error names none (a refused proxy, a timeout). */
const hostOf = (err: unknown): string => {
  const host = /(?:ENOTFOUND|EAI_AGAIN)\s+(\S+)/.exec(String((err as Error)?.message))?.[1];
  return host ? `（${host}）` : '';
};

/** The parts of the wechat4u client this gate touches. */
export interface Wechat4uClient {
  start(): unknown;
  emit(event: string | symbol, ...args: unknown[]): boolean;
  removeAllListeners(event?: string | symbol): unknown;
}

/** The parts of PuppetWechat4u this gate wraps (private there, so reached through a cast). */
interface Wechat4uPuppetInternals {
  monkeyPatch(client: Wechat4uClient): void;
  onStop(): Promise<void>;
  wechat4u?: Wechat4uClient;
}

/**
 * wechat4u restarts itself at once whenever a login attempt fails (its `logout` event makes the
 * puppet call `start()` again), which offline means dozens of DNS failures and error events a
 * second. This puts that loop on a growing back-off, turns a network failure into one clear
 * Chinese log line per outage, and logs when WeChat answers again.
 */
export function containWechat4u(puppet: object, log: Logger, backoff: Backoff = createBackoff()): void {
  const internals = puppet as Wechat4uPuppetInternals;
  const originalPatch = internals.monkeyPatch.bind(puppet);
  const originalStop = internals.onStop.bind(puppet);
  const state = { failed: false, unreachable: false, stopped: false, timer: undefined as NodeJS.Timeout | undefined };

  const onNetworkError = (err: unknown) => {
    if (state.unreachable) return void log.debug({ event: 'wechat_unreachable' }, 'still unreachable');
    state.unreachable = true;
    log.warn(
      { event: 'wechat_unreachable', code: networkCode(err) },
      `无法连接微信服务器${hostOf(err)}：请检查本机能否上网、DNS 是否正常、防火墙或代理是否放行 *.qq.com。${KEEPS_RUNNING}`,
    );
  };
  const onAnswer = () => {
    backoff.reset();
    if (!state.unreachable) return;
    state.unreachable = false;
    log.info({ event: 'wechat_reconnected' }, '已重新连上微信服务器');
  };

  internals.monkeyPatch = (client) => {
    originalPatch(client);
    const emit = client.emit.bind(client);
    const start = client.start.bind(client);
    client.emit = (event, ...args) => {
      if (event === 'uuid' || event === 'login') onAnswer();
      if (event !== 'error') return emit(event, ...args);
      state.failed = true;
      if (!isNetworkError(args[0])) return emit(event, ...args);
      onNetworkError(args[0]);
      return true;
    };
    client.start = () => {
      if (state.stopped) return undefined;
      if (!state.failed) return start();
      state.failed = false;
      const wait = backoff.next();
      log.debug({ event: 'wechat_retry', inSeconds: wait / 1000 }, 'wechat login retry scheduled');
      clearTimeout(state.timer);
      state.timer = setTimeout(() => void start(), wait);
      return undefined;
    };
  };

  internals.onStop = async () => {
    state.stopped = true;
    clearTimeout(state.timer);
    // Its logout handler would call start() on a client the puppet has just dropped.
    internals.wechat4u?.removeAllListeners('logout');
    await originalStop();
  };
}
