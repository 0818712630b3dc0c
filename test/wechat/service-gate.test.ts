import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackoff } from '../../src/chat/wechaty/network.js';
import { containPuppetService, describeProblem, endpointAddress, serviceProbe, type ServiceProblem } from '../../src/chat/wechaty/service-gate.js';
import { capturedLog } from './support.js';

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function listening<T extends Server | ReturnType<typeof createServer>>(server: T): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(resolve)));
  return (server.address() as AddressInfo).port;
}
/** A port with nothing behind it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listening(server);
  await closers.pop()!();
  return port;
}
/** A stand-in for the token discovery service: answers every lookup with `status` and `body`. */
const discovery = (status: number, body: unknown) =>
  listening(createHttpServer((_req, res) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))));

describe('endpointAddress', () => {
  it.each([
    ['10.0.0.2:8788', { host: '10.0.0.2', port: 8788 }],
    [' gw.example.com:443 ', { host: 'gw.example.com', port: 443 }],
    ['dns:///gw.example.com:8788', { host: 'gw.example.com', port: 8788 }],
    ['[::1]:8788', { host: '::1', port: 8788 }],
    ['wechaty://api.chatie.io/puppet_x_1', null],
    ['gw.example.com', null],
  ])('%s', (endpoint, expected) => expect(endpointAddress(endpoint)).toEqual(expected));
});

describe('serviceProbe', () => {
  it('endpoint: null when something listens there, unreachable (with the code) when nothing does', async () => {
    const open = await listening(createServer((s) => s.destroy()));
    expect(await serviceProbe({ endpoint: `127.0.0.1:${open}` })()).toBeNull();
    const closed = await closedPort();
    expect(await serviceProbe({ endpoint: `127.0.0.1:${closed}` })()).toEqual({
      kind: 'unreachable',
      where: `127.0.0.1:${closed}`,
      code: 'ECONNREFUSED',
      viaDiscovery: false,
    });
  });

  it('token: asks discovery, then checks the address it gives', async () => {
    const token = 'puppet_workpro_abc';
    const open = await listening(createServer((s) => s.destroy()));
    const closed = await closedPort();
    const cases: [number, unknown, ServiceProblem | null][] = [
      [200, { host: '127.0.0.1', port: open }, null],
      [200, { host: '127.0.0.1', port: closed }, { kind: 'unreachable', where: `127.0.0.1:${closed}`, code: 'ECONNREFUSED', viaDiscovery: true }],
      [404, {}, { kind: 'unknown-token', where: '127.0.0.1:PORT' }],
      [503, {}, { kind: 'unreachable', where: '127.0.0.1:PORT', code: 'HTTP 503', viaDiscovery: true }],
    ];
    for (const [status, body, expected] of cases) {
      const port = await discovery(status, body);
      const got = await serviceProbe({ token }, `http://127.0.0.1:${port}`)();
      expect(got, `HTTP ${status}`).toEqual(expected && { ...expected, where: expected.where.replace('PORT', String(port)) });
    }
    const down = await closedPort();
    expect(await serviceProbe({ token }, `http://127.0.0.1:${down}`)()).toMatchObject({ kind: 'unreachable', code: 'ECONNREFUSED', viaDiscovery: true });
  });
});

describe('describeProblem', () => {
  it('gives advice that fits the problem', () => {
    const byEndpoint = describeProblem({ kind: 'unreachable', where: '10.0.0.2:8788', viaDiscovery: false });
    expect(byEndpoint).toMatch(/^无法连接微信协议服务（10\.0\.0\.2:8788）：.*WECHATY_PUPPET_SERVICE_ENDPOINT 的地址和端口是否正确/);
    expect(describeProblem({ kind: 'unreachable', where: 'api.chatie.io', viaDiscovery: true })).toContain('DNS 是否正常');
    expect(describeProblem({ kind: 'unknown-token', where: 'api.chatie.io' })).toMatch(/^协议服务查不到这个 token.*WECHATY_PUPPET_SERVICE_TOKEN/);
  });
});

/** Stands in for PuppetService: start()/stop() of wechaty-puppet call onStart()/onStop(). */
function fakeServicePuppet(connectFailures = 0) {
  const calls: string[] = [];
  let failures = connectFailures;
  const puppet = {
    async onStart() {
      calls.push('connect');
      if (failures-- > 0) throw new Error('14 UNAVAILABLE: No connection established\nmore detail');
    },
    async onStop() {
      calls.push('disconnect');
    },
  };
  return { puppet, calls };
}

/** A probe that answers from a script, then keeps giving its last answer. */
const scripted = (answers: (ServiceProblem | null)[]) => {
  let i = 0;
  return async () => answers[Math.min(i++, answers.length - 1)]!;
};
const until = (check: () => boolean) => expect.poll(check, { timeout: 5000, interval: 5 }).toBe(true);
const unreachable: ServiceProblem = { kind: 'unreachable', where: '10.0.0.2:8788', code: 'ECONNREFUSED', viaDiscovery: false };

describe('containPuppetService', () => {
  it('starts at once, warns once while the service cannot be reached, connects when it can', async () => {
    const { puppet, calls } = fakeServicePuppet();
    const { log, lines } = capturedLog('info');
    containPuppetService(puppet, scripted([unreachable, unreachable, unreachable, null]), log, createBackoff(5, 20));
    await puppet.onStart();
    expect(calls).toEqual([]);
    await until(() => calls.length > 0);
    expect(calls).toEqual(['connect']);
    expect(lines().map((l) => [l.event, l.reason ?? null])).toEqual([
      ['wechat_unreachable', 'unreachable'],
      ['wechat_reconnected', null],
    ]);
    await puppet.onStop();
    expect(calls).toEqual(['connect', 'disconnect']);
  });

  it('a refused connection is cleaned up and tried again later, with one warning', async () => {
    const { puppet, calls } = fakeServicePuppet(2);
    const { log, lines } = capturedLog('info');
    containPuppetService(puppet, scripted([null]), log, createBackoff(5, 20));
    await puppet.onStart();
    await until(() => calls.length === 5);
    expect(calls).toEqual(['connect', 'disconnect', 'connect', 'disconnect', 'connect']);
    const warning = lines().filter((l) => l.event === 'wechat_unreachable');
    expect(warning).toHaveLength(1);
    expect(String(warning[0]!.msg)).toMatch(/^微信协议服务连接失败（14 UNAVAILABLE: No connection established）：请核对 token/);
  });

  it('stopping ends the attempts; a stop before connecting disconnects nothing', async () => {
    const { puppet, calls } = fakeServicePuppet();
    const { log } = capturedLog('info');
    let probes = 0;
    containPuppetService(puppet, async () => (probes++, unreachable), log, createBackoff(5, 5));
    await puppet.onStart();
    await until(() => probes >= 2);
    await puppet.onStop();
    const after = probes;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(probes).toBe(after);
    expect(calls).toEqual([]);
  });
});
