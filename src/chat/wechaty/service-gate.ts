import { connect } from 'node:net';
import type { Logger } from '../../kernel/logger.js';
import { createBackoff, isNetworkError, KEEPS_RUNNING, networkCode, type Backoff } from './network.js';

/** Where puppet-service looks up the gRPC address behind a token when no endpoint is configured. */
export const DISCOVERY_URL = 'https://api.chatie.io';
const PROBE_TIMEOUT_MS = 10_000;

/** Why the service cannot be used now: each reason gets its own advice. */
export type ServiceProblem = { kind: 'unreachable'; where: string; code?: string; viaDiscovery: boolean } | { kind: 'unknown-token'; where: string };

/** Checks, without Wechaty, whether starting the puppet can work now; null when it can. */
export type ServiceProbe = () => Promise<ServiceProblem | null>;

/** host:port out of a gRPC target such as `10.0.0.2:8788`, `dns:///gw.example.com:8788` or `[::1]:8788`; null for other forms. */
export function endpointAddress(endpoint: string): { host: string; port: number } | null {
  const m = /^(?:dns:(?:\/\/[^/]*)?\/+)?(?:\[([^\]]+)\]|([^:/[\]\s]+)):(\d{1,5})$/.exec(endpoint.trim());
  return m ? { host: (m[1] ?? m[2])!, port: Number(m[3]) } : null;
}

type Unreachable = Extract<ServiceProblem, { kind: 'unreachable' }>;

/** Opens and closes a TCP connection: enough to tell "nothing there" from "something listens". */
export function tcpProbe(host: string, port: number): Promise<Unreachable | null> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: PROBE_TIMEOUT_MS });
    const done = (problem: Unreachable | null) => {
      socket.destroy();
      resolve(problem);
    };
    const where = `${host}:${port}`;
    socket.once('connect', () => done(null));
    socket.once('timeout', () => done({ kind: 'unreachable', where, code: 'ETIMEDOUT', viaDiscovery: false }));
    socket.once('error', (err) => done({ kind: 'unreachable', where, code: networkCode(err), viaDiscovery: false }));
  });
}

/** Asks the discovery service for the token's address, as puppet-service will, then checks that address. */
async function discoveryProbe(token: string, discoveryUrl: string): Promise<ServiceProblem | null> {
  const where = new URL(discoveryUrl).host;
  let response: Response;
  try {
    response = await fetch(`${discoveryUrl}/v0/hosties/${encodeURIComponent(token)}`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
  } catch (err) {
    return { kind: 'unreachable', where, code: networkCode(err) ?? (err as Error).name, viaDiscovery: true };
  }
  if (response.status >= 400 && response.status < 500) return { kind: 'unknown-token', where };
  if (!response.ok) return { kind: 'unreachable', where, code: `HTTP ${response.status}`, viaDiscovery: true };
  const address = (await response.json().catch(() => null)) as { host?: unknown; port?: unknown } | null;
  if (typeof address?.host !== 'string' || !Number.isInteger(Number(address.port))) return null;
  const problem = await tcpProbe(address.host, Number(address.port));
  return problem && { ...problem, viaDiscovery: true };
}

/** The probe for this configuration: the endpoint when one is set (and readable), else discovery by token. */
export function serviceProbe(options: { token?: string; endpoint?: string }, discoveryUrl = DISCOVERY_URL): ServiceProbe {
  if (options.endpoint) {
    const address = endpointAddress(options.endpoint);
    return async () => (address ? tcpProbe(address.host, address.port) : null);
  }
  const token = options.token;
  return async () => (token ? discoveryProbe(token, discoveryUrl) : null);
}

/** What is wrong and what to check, in Chinese (for the bot's log line and for `gridbot doctor`). */
export function explainProblem(problem: ServiceProblem): { what: string; advice: string } {
  if (problem.kind === 'unknown-token') {
    return {
      what: `协议服务查不到这个 token（${problem.where}）`,
      advice: '请核对 WECHATY_PUPPET_SERVICE_TOKEN 是否与服务商给的完全一致，并确认服务商那边的服务已经启动。',
    };
  }
  const advice = problem.viaDiscovery
    ? '请检查本机能否上网、DNS 是否正常；也可以把服务商给的地址（主机:端口）填在 WECHATY_PUPPET_SERVICE_ENDPOINT 里。'
    : '请检查本机能否上网、WECHATY_PUPPET_SERVICE_ENDPOINT 的地址和端口是否正确、防火墙是否放行。';
  return { what: `无法连接微信协议服务（${problem.where}）`, advice };
}

/** One Chinese line per problem: what is wrong, what to check, and that the bot keeps going. */
export function describeProblem(problem: ServiceProblem): string {
  const { what, advice } = explainProblem(problem);
  return `${what}：${advice}${KEEPS_RUNNING}`;
}

/** The parts of PuppetService this gate wraps (Puppet's start()/stop() call these). */
interface ServicePuppetInternals {
  onStart(): Promise<void>;
  onStop(): Promise<void>;
}

/**
 * Offline, puppet-service's own start takes about 20 s to give up, prints the discovery failure's
 * stack traces to the console (from the token library, past any logger), and leaves the bot half
 * started. This makes the puppet's start return at once and connect in the background only after
 * a probe shows the service can be reached: one clear Chinese line per outage, attempts on a
 * growing back-off, a log line when it connects.
 */
export function containPuppetService(puppet: object, probe: ServiceProbe, log: Logger, backoff: Backoff = createBackoff()): void {
  const internals = puppet as ServicePuppetInternals;
  const connectService = internals.onStart.bind(puppet);
  const disconnectService = internals.onStop.bind(puppet);
  const state = { stopped: true, connected: false, reported: '', timer: undefined as NodeJS.Timeout | undefined };

  /** Warns once per outage and kind of failure (gRPC's wording varies from one attempt to the next). */
  const report = (line: string, fields: { reason: string; code?: string | undefined }) => {
    if (fields.reason === state.reported) return void log.debug({ event: 'wechat_unreachable' }, 'still unreachable');
    state.reported = fields.reason;
    log.warn({ event: 'wechat_unreachable', ...fields }, line);
  };

  const attempt = async (): Promise<void> => {
    const problem = await probe();
    if (state.stopped) return;
    if (problem) return retryAfter(describeProblem(problem), { reason: problem.kind, code: 'code' in problem ? problem.code : undefined });
    try {
      await connectService();
    } catch (err) {
      await disconnectService().catch(() => {});
      const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
      const code = isNetworkError(err) ? networkCode(err) : undefined;
      return retryAfter(`微信协议服务连接失败（${reason}）：请核对 token 和服务商地址，并确认服务商那边的服务正常。${KEEPS_RUNNING}`, { reason: 'connect', code });
    }
    if (state.stopped) return void (await disconnectService().catch(() => {}));
    state.connected = true;
    backoff.reset();
    if (state.reported) log.info({ event: 'wechat_reconnected' }, '已连上微信协议服务');
    state.reported = '';
  };

  const retryAfter = (line: string, fields: Parameters<typeof report>[1]) => {
    report(line, fields);
    const wait = backoff.next();
    log.debug({ event: 'wechat_retry', inSeconds: wait / 1000 }, 'puppet service retry scheduled');
    state.timer = setTimeout(() => void attempt(), wait);
  };

  internals.onStart = async () => {
    state.stopped = false;
    void attempt();
  };
  internals.onStop = async () => {
    state.stopped = true;
    clearTimeout(state.timer);
    if (!state.connected) return;
    state.connected = false;
    await disconnectService();
  };
}
