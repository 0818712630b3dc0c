import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { members, rooms } from '../../src/db/schema.js';
import { codeMigrations, doctorExitCode, doctorText, runDoctor, type Check } from '../../src/ops/index.js';
import { testDb } from '../support/db.js';
import { reply, startFakeOpenAI, status, type FakeOpenAI } from '../support/fake-openai.js';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'gridbot-doctor-'));
  dirs.push(d);
  return d;
};
let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(async () => {
  await fake.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
afterEach(() => fake.reset());

const byName = (checks: Check[]) => Object.fromEntries(checks.map((c) => [c.name, c]));
/** The test's database, handed to doctor without letting doctor close (drop) it. */
const lend = (database: Database) => async () => ({ ...database, close: async () => {} });

async function readyTown(database: Database): Promise<void> {
  await database.db.insert(members).values({ name: '王书记', role: 'admin' });
  await database.db.insert(rooms).values({ topic: '综治中心工作群', kind: 'admin' });
  await database.db.execute(sql`insert into laws (title, imported_at, article_count, content_hash) values ('中华人民共和国人民调解法', now(), 2, 'x')`);
  await database.db.execute(sql`insert into law_articles (law_id, article, text) select id, n, '……' from laws, generate_series(1, 2) n`);
}

describe('gridbot doctor', () => {
  it('passes a configured township: every line ✓, exit 0, and the model is asked nothing personal', async () => {
    const database = await testDb();
    try {
      await readyTown(database);
      fake.script(reply('好'));
      const env = { DATA_DIR: tmp(), OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'fake' };
      const checks = await runDoctor({ loadConfig: () => parseConfig(env), open: lend(database) });
      const c = byName(checks);
      expect(checks.filter((x) => x.status !== 'ok').map((x) => x.name)).toEqual([]);
      expect(c['数据库结构']!.detail).toContain(`${codeMigrations().length} 个`);
      expect(c['管理群']!.detail).toContain('综治中心工作群');
      expect(c['法规']!.detail).toBe('已导入 1 部，2 条');
      expect(doctorExitCode(checks)).toBe(0);
      expect(doctorText(checks)).toMatch(/^✓ 配置：/);
      expect(doctorText(checks)).toContain('一切正常');
      expect(fake.requests).toHaveLength(1);
      expect(JSON.stringify(fake.requests[0]!.body.messages)).not.toContain('王书记');
    } finally {
      await database.close();
    }
  });

  it('warns about what the bot can run with and says how to fix each: exit 0', async () => {
    const database = await testDb();
    try {
      const last = codeMigrations().at(-1)!;
      await database.db.execute(sql`delete from drizzle.__drizzle_migrations where created_at = ${last.when}`);
      fake.script(status(500), status(500));
      const env = { DATA_DIR: tmp(), OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'fake' };
      const checks = await runDoctor({ loadConfig: () => parseConfig(env), open: lend(database) });
      const c = byName(checks);
      expect(c['数据库结构']).toMatchObject({ status: 'fail', essential: false });
      expect(c['数据库结构']!.detail).toContain(last.tag);
      for (const name of ['管理群', '管理员', '法规', '大模型']) expect(c[name], name).toMatchObject({ status: 'fail', essential: false });
      const text = doctorText(checks);
      expect(text).toContain('⚠ 管理员：还没有管理员');
      expect(text).toContain('怎么办：运行 npx gridbot admin invite');
      // An empty library is never passed off as a working Q&A.
      expect(text).toContain('⚠ 法规：法条库是空的，法律问答答不了：运行 npx gridbot laws fetch 下载导入');
      expect(text).not.toMatch(/内置.*回答/);
      expect(text).toContain('怎么办：管理员在综治中心工作群里发：#绑定 本群 管理群');
      expect(doctorExitCode(checks)).toBe(0);
    } finally {
      await database.close();
    }
  });

  it('fails when the database is newer than the program', async () => {
    const database = await testDb();
    try {
      await database.db.execute(sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('future', ${codeMigrations().at(-1)!.when + 1})`);
      const checks = await runDoctor({ loadConfig: () => parseConfig({ DATA_DIR: tmp() }), open: lend(database) });
      expect(byName(checks)['数据库结构']).toMatchObject({ status: 'fail', essential: true });
      expect(doctorExitCode(checks)).toBe(1);
    } finally {
      await database.close();
    }
  });

  it('reports a bad configuration as one ✗ line listing every problem', async () => {
    const checks = await runDoctor({ loadConfig: () => parseConfig({ TZ: 'Mars/Base', DATABASE_URL: 'mysql://x' }) });
    expect(checks).toHaveLength(1);
    expect(doctorText(checks)).toMatch(/^✗ 配置：.*TZ.*DATABASE_URL|^✗ 配置：.*DATABASE_URL.*TZ/);
    expect(doctorExitCode(checks)).toBe(1);
  });

  it('checks the puppet: installed, and for puppet-service a token and a service that answers', async () => {
    const missing = await runDoctor({ loadConfig: () => parseConfig({ DATA_DIR: tmp(), WECHATY_PUPPET: 'wechaty-puppet-nonexistent' }) });
    expect(byName(missing)['微信协议']).toMatchObject({ status: 'fail', essential: true, fix: expect.stringContaining('npm install wechaty-puppet-nonexistent') });
    const noToken = await runDoctor({ loadConfig: () => parseConfig({ DATA_DIR: tmp(), WECHATY_PUPPET: 'wechaty-puppet-service' }) });
    expect(doctorText(noToken)).toMatch(/^✗ 配置：WECHATY_PUPPET_SERVICE_TOKEN: wechaty-puppet-service 需要协议服务商提供的 token/);
    const fine = await runDoctor({ loadConfig: () => parseConfig({ DATA_DIR: tmp() }) });
    expect(byName(fine)['微信协议']).toMatchObject({ status: 'ok', detail: 'wechaty-puppet-wechat4u' });

    const gateway = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const port = (gateway.address() as AddressInfo).port;
    const service = (endpoint: string) =>
      runDoctor({ loadConfig: () => parseConfig({ DATA_DIR: tmp(), WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_workpro_abc', WECHATY_PUPPET_SERVICE_ENDPOINT: endpoint }) });
    expect(byName(await service(`127.0.0.1:${port}`))['微信协议']).toMatchObject({ status: 'ok', detail: 'wechaty-puppet-service，协议服务可以连接' });
    await new Promise((resolve) => gateway.close(resolve));
    expect(byName(await service(`127.0.0.1:${port}`))['微信协议']).toMatchObject({
      status: 'fail',
      essential: true,
      detail: `wechaty-puppet-service：无法连接微信协议服务（127.0.0.1:${port}）`,
      fix: expect.stringContaining('WECHATY_PUPPET_SERVICE_ENDPOINT 的地址和端口是否正确'),
    });
  });

  it('tries the WeChat server wechat4u logs in to, rather than only ticking the name', async () => {
    const wechat = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => wechat.listen(0, '127.0.0.1', resolve));
    const server = { host: '127.0.0.1', port: (wechat.address() as AddressInfo).port };
    const run = () => runDoctor({ loadConfig: () => parseConfig({ DATA_DIR: tmp() }), wechat4uServer: server });
    expect(byName(await run())['微信协议']).toMatchObject({ status: 'ok', detail: 'wechaty-puppet-wechat4u，微信服务器可以连接' });
    await new Promise((resolve) => wechat.close(resolve));
    const down = byName(await run())['微信协议']!;
    expect(down).toMatchObject({ status: 'fail', essential: true, fix: expect.stringContaining('*.qq.com') });
    expect(down.detail).toBe(`wechaty-puppet-wechat4u：无法连接微信服务器（127.0.0.1:${server.port}，ECONNREFUSED）`);
  });

  it('says so when PostgreSQL cannot be reached', async () => {
    const checks = await runDoctor({ loadConfig: () => parseConfig({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }) });
    const c = byName(checks);
    expect(c['数据库']).toMatchObject({ status: 'fail', essential: true, fix: expect.stringContaining('DATABASE_URL') });
    expect(c['数据库结构']!.status).toBe('skip');
    expect(c['数据库锁']!.status).toBe('skip');
    expect(doctorExitCode(checks)).toBe(1);
  });
});

describe('gridbot doctor on the embedded database', () => {
  let child: ChildProcess | null = null;
  afterEach(() => void child?.kill());

  it('notes a database not created yet without failing', async () => {
    const checks = await runDoctor({ loadConfig: () => parseConfig({ DATA_DIR: tmp() }) });
    expect(byName(checks)['数据库']).toMatchObject({ status: 'fail', essential: false });
    expect(byName(checks)['大模型']!.status).toBe('skip');
    expect(doctorExitCode(checks)).toBe(0);
  });

  it('opens a real data folder, checks it, and leaves no lock behind', async () => {
    const dataDir = tmp();
    const made = await openDatabase({ dataDir });
    await made.migrate();
    await made.close();
    const checks = await runDoctor({ loadConfig: () => parseConfig({ DATA_DIR: dataDir }) });
    const c = byName(checks);
    expect([c['数据库锁']!.status, c['数据库']!.status, c['数据库结构']!.status]).toEqual(['ok', 'ok', 'ok']);
    const again = await openDatabase({ dataDir });
    await again.close();
  }, 60_000);

  it('skips the database while a running bot holds it, and tells a stale lock apart', async () => {
    const dataDir = tmp();
    mkdirSync(join(dataDir, 'pglite'), { recursive: true });
    child = spawn('sleep', ['30']);
    writeFileSync(join(dataDir, 'pglite', 'gridbot.lock'), String(child.pid));
    const held = byName(await runDoctor({ loadConfig: () => parseConfig({ DATA_DIR: dataDir }) }));
    expect(held['数据库锁']).toMatchObject({ status: 'fail', essential: false });
    expect(held['数据库锁']!.detail).toContain(`pid ${child.pid}`);
    expect(held['数据库']!.status).toBe('skip');
    child.kill();
    await new Promise((r) => child!.once('exit', r));
    const stale = byName(await runDoctor({ loadConfig: () => parseConfig({ DATA_DIR: dataDir }) }));
    expect(stale['数据库锁']).toMatchObject({ status: 'ok', detail: expect.stringContaining('上次没有正常退出') });
  });
});
