import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGridbot } from '../support/cli.js';
import { mirrorOf, serveFiles, SHARED_LAWS, type FileServer } from '../support/laws-server.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gridbot-laws-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real CLI in a fresh folder of its own: no .env, no LAWS_DIR, its own data folder. */
const fresh = (name: string) => {
  const cwd = join(dir, name);
  mkdirSync(cwd);
  return (args: string[], env: Record<string, string> = {}) => runGridbot(args, { cwd, dataDir: join(cwd, 'data'), stdin: '', env });
};

describe('a fresh install without statutes', () => {
  it('ask, laws list and a bad --from each say what is wrong and what to run', async () => {
    const gridbot = fresh('empty');
    const ask = await gridbot(['ask', '借钱不还咋办']);
    expect(ask.code, ask.stderr).toBe(0);
    expect(ask.stdout).toContain('法条库是空的');
    expect(ask.stdout).toContain('npx gridbot laws fetch');
    expect(ask.stdout).not.toContain('没找到依据');
    expect(ask.stderr).toContain('法条库是空的，法律问答答不了：运行 npx gridbot laws fetch');
    expect((await gridbot(['laws', 'list'])).stdout).toContain('法条库是空的');
    const bad = await gridbot(['laws', 'fetch', '--from', 'ftp://10.0.0.1/laws']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--from 应为 http:// 或 https:// 开头的网址');
    const env = await gridbot(['laws', 'fetch'], { LAWS_MIRROR_URL: '内网' });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain('LAWS_MIRROR_URL: 填的是“内网”，应为 http:// 或 https:// 开头的网址');
  }, 120_000);

  it('laws import warns about a short title and reports the files it skipped', async () => {
    const gridbot = fresh('import');
    const laws = join(dir, 'import-files');
    mkdirSync(laws);
    writeFileSync(join(laws, '刑法.md'), '# 刑法\n\n第一条 用我们自己的话写的一条。');
    writeFileSync(join(laws, '民法典.pdf'), '%PDF');
    const run = await gridbot(['laws', 'import', laws]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('《刑法》 1 条（新导入）  注意：《刑法》不是法律全称，内置问答引用的是《中华人民共和国刑法》');
    expect(run.stdout).toContain(`– 跳过 ${join(laws, '民法典.pdf')}：PDF 读不了`);
  }, 60_000);
});

describe.runIf(existsSync(SHARED_LAWS))('gridbot laws fetch from a local mirror (skipped without ../shared)', () => {
  let good: FileServer;
  let tampered: FileServer;
  beforeAll(async () => {
    good = await serveFiles(mirrorOf(SHARED_LAWS));
    const files = mirrorOf(SHARED_LAWS);
    files.set('中华人民共和国森林法.md', Buffer.from(readFileSync(join(SHARED_LAWS, '中华人民共和国森林法.md'), 'utf8').replace(/。/, '，')));
    tampered = await serveFiles(files);
  });
  afterAll(async () => {
    await good?.close();
    await tampered?.close();
  });

  it('refuses a tampered file (LAWS_MIRROR_URL), then --from imports all 30 and ask answers from them', async () => {
    const gridbot = fresh('fetch');
    const partly = await gridbot(['laws', 'fetch'], { LAWS_MIRROR_URL: tampered.base });
    expect(partly.code).toBe(1);
    expect(partly.stdout).toContain(`从镜像 ${tampered.base}下载 30 部法律`);
    expect(partly.stdout).toMatch(/✗ 《中华人民共和国森林法》：文件校验不符，没有导入/);
    expect(partly.stdout).toContain('拒收 1 部');

    const run = await gridbot(['laws', 'fetch', '--from', good.base]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('共 30 部：下载并校验通过 30 部，导入 30 部（3999 条）；拒收 0 部。');
    const list = await gridbot(['laws', 'list']);
    expect(list.stdout).toContain('《中华人民共和国治安管理处罚法》 144 条，2025-06-27 版，2026-01-01 施行');
    expect(list.stdout).toContain('《中华人民共和国劳动合同法》 98 条，2012-12-28 版，2008-01-01 施行');
    const ask = await gridbot(['ask', '邻居家狗把俺娃咬了 谁赔医药费']);
    expect(ask.stdout).toMatch(/依据《中华人民共和国民法典》第一千二百/);
    expect(ask.stderr).not.toContain('法条库是空的');
  }, 240_000);
});
