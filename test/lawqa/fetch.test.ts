import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../support/db.js';
import { fetchLaws, joinCivilCodeBooks } from '../../src/lawqa/fetch.js';
import { fetchAndImport, fetchSummaryText, listLaws } from '../../src/lawqa/index.js';
import { loadManifest, mirrorUrl, partUrl, type Manifest } from '../../src/lawqa/manifest.js';
import { parseStatute } from '../../src/lawqa/statutes.js';
import { civilCodeBooks, mirrorOf, pointedAt, serveFiles, SHARED_LAWS, upstreamOf, type FileServer } from '../support/laws-server.js';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const PAGE_LAW = '中华人民共和国治安管理处罚法';

let manifest: Manifest;
let dir: string;
beforeAll(async () => {
  manifest = await loadManifest();
  dir = mkdtempSync(join(tmpdir(), 'gridbot-fetch-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the manifest', () => {
  it('pins the 30 laws, the 2025 治安管理处罚法 among them, each part by commit and sha256', () => {
    expect(manifest.laws).toHaveLength(30);
    expect(new Set(manifest.laws.map((l) => l.title)).size).toBe(30);
    expect(manifest.laws.find((l) => l.title === PAGE_LAW)).toMatchObject({ version: '2025-06-27', effective: '2026-01-01', format: 'html' });
    expect(manifest.laws.find((l) => l.title === '中华人民共和国民法典')!.parts).toHaveLength(8);
    for (const law of manifest.laws) expect(partUrl(manifest, law, law.parts[0]!.path)).toContain(manifest.repositories[law.from]!.commit);
  });

  it('builds URLs a web server can serve, Chinese and brackets included', () => {
    const law = manifest.laws.find((l) => l.title === '中华人民共和国劳动法')!;
    expect(decodeURIComponent(partUrl(manifest, law, law.parts[0]!.path))).toMatch(/\/社会法\/劳动法\(2018-12-29\)\.md$/);
    expect(mirrorUrl('http://10.0.0.5/laws', law)).toBe(`http://10.0.0.5/laws/${encodeURIComponent('中华人民共和国劳动法.md')}`);
  });
});

describe('joinCivilCodeBooks', () => {
  it('keeps the first book whole and drops the repeated title of the others', () => {
    const books = ['# 某法典\n\n# 第一编\n\n第一条 甲。', '# 某法典\n\n# 第二编\n\n第二条 乙。', '# 某法典\n\n# 附则\n\n第三条 丙。'];
    expect(joinCivilCodeBooks(books)).toBe('# 某法典\n\n# 第一编\n\n第一条 甲。\n\n# 第二编\n\n第二条 乙。\n\n# 附则\n\n第三条 丙。\n');
  });
});

describe('a server that cannot be reached', () => {
  it('is tried once: the first law says why, the rest are refused at once instead of each waiting', async () => {
    const closed = await serveFiles(new Map());
    await closed.close();
    const report = await fetchLaws({ manifest, mirror: closed.base, saveDir: join(dir, 'offline') });
    expect(report.saved).toEqual([]);
    expect(report.refused).toHaveLength(30);
    expect(report.refused[0]!.why).toMatch(/^下载失败（connect ECONNREFUSED 127\.0\.0\.1:\d+）/);
    const host = new URL(closed.base).host;
    expect(report.refused.slice(1).every((r) => r.why === `没有下载：前面已连不上 ${host}`)).toBe(true);
  });
});

describe.runIf(existsSync(SHARED_LAWS))('against the shared statutes (skipped without ../shared)', () => {
  let server: FileServer;
  afterAll(() => server?.close());

  it('the manifest hashes are those of the shared files, and the Civil Code books re-join exactly', () => {
    const civil = readFileSync(join(SHARED_LAWS, '中华人民共和国民法典.md'), 'utf8');
    const books = civilCodeBooks(civil);
    const law = manifest.laws.find((l) => l.title === '中华人民共和国民法典')!;
    expect(books.map(sha256)).toEqual(law.parts.map((p) => p.sha256));
    expect(joinCivilCodeBooks(books)).toBe(civil);
    for (const l of manifest.laws) expect(sha256(readFileSync(join(SHARED_LAWS, l.file))), l.title).toBe(l.sha256);
  });

  it('from a mirror: refuses a file whose hash does not match or that is missing, and saves the rest', async () => {
    const files = mirrorOf(SHARED_LAWS);
    files.set('中华人民共和国水法.md', Buffer.from(readFileSync(join(SHARED_LAWS, '中华人民共和国水法.md'), 'utf8').replace('第一条', '第一条 改过')));
    files.delete('信访工作条例.md');
    server = await serveFiles(files);
    const report = await fetchLaws({ manifest, mirror: server.base, saveDir: join(dir, 'mirror') });
    expect(report.saved).toHaveLength(28);
    expect(report.refused.map((r) => r.title).sort()).toEqual(['中华人民共和国水法', '信访工作条例'].sort());
    expect(report.refused.find((r) => r.title === '中华人民共和国水法')!.why).toMatch(/^文件校验不符，没有导入（清单里的 sha256 是 [0-9a-f]{12}…，下载到的是/);
    expect(report.refused.find((r) => r.title === '信访工作条例')!.why).toBe(`下载失败（HTTP 404）：${server.base}信访工作条例.md`);
    expect(existsSync(join(dir, 'mirror', '中华人民共和国水法.md'))).toBe(false);
    await server.close();
  });

  it('from the public sources: every part verified, the Civil Code joined, the news page read into 144 articles', async () => {
    server = await serveFiles(upstreamOf(SHARED_LAWS, manifest));
    const page = upstreamOf(SHARED_LAWS, manifest).get(`Rethymus/LegalHigh/${manifest.laws.find((l) => l.title === PAGE_LAW)!.parts[0]!.path}`)!;
    // Our page is made from the transcription, not the real snapshot: pin its own hash for this run.
    const local = pointedAt(manifest, server.base);
    local.laws = local.laws.map((l) => (l.title === PAGE_LAW ? { ...l, parts: [{ ...l.parts[0]!, sha256: sha256(page) }] } : l));
    const report = await fetchLaws({ manifest: local, mirror: null, saveDir: join(dir, 'upstream') });
    expect(report.refused).toEqual([]);
    expect(report.saved).toHaveLength(30);
    expect(readFileSync(join(dir, 'upstream', '中华人民共和国民法典.md'))).toEqual(readFileSync(join(SHARED_LAWS, '中华人民共和国民法典.md')));
    const psm = parseStatute(readFileSync(join(dir, 'upstream', `${PAGE_LAW}.md`), 'utf8'));
    expect(psm.ok && [psm.value.title, psm.value.articles.length, psm.value.effectiveDate]).toEqual([PAGE_LAW, 144, '2026-01-01']);
    const shared = parseStatute(readFileSync(join(SHARED_LAWS, `${PAGE_LAW}.md`), 'utf8'));
    const shape = (r: typeof psm) => (r.ok ? r.value.articles.map((a) => [a.article, a.chapter, a.text]) : []);
    expect(shape(psm)).toEqual(shape(shared));
    expect(psm.ok && psm.value.articles.at(-1)!.text).toBe('本法自2026年1月1日起施行。');
    await server.close();
  });

  it('refuses the page when it is not the snapshot whose hash the source published, and says whose hash it was', async () => {
    server = await serveFiles(upstreamOf(SHARED_LAWS, manifest));
    const local = pointedAt(manifest, server.base);
    local.laws = local.laws.filter((l) => l.title === PAGE_LAW);
    const report = await fetchLaws({ manifest: local, mirror: null, saveDir: join(dir, 'page') });
    expect(report.refused[0]!.why).toContain('来源公布的 sha256 是 7c5209dc1314');
  });

  it('imports what it fetched into the database, and a second run leaves unchanged laws alone', async () => {
    server = await serveFiles(mirrorOf(SHARED_LAWS));
    const two = { ...manifest, laws: manifest.laws.filter((l) => ['中华人民共和国人民调解法', '信访工作条例'].includes(l.title)) };
    const database = await testDb();
    try {
      const o = { mirror: server.base, dataDir: join(dir, 'db-data'), manifest: two };
      const first = await fetchAndImport(database.db, { ...o, at: new Date('2026-12-01T09:00:00+08:00') });
      expect(fetchSummaryText(first, 2)).toContain('共 2 部：下载并校验通过 2 部，导入 2 部（85 条）；拒收 0 部。');
      const again = await fetchAndImport(database.db, { ...o, at: new Date('2026-12-02T09:00:00+08:00') });
      expect(again.imported.laws.map((l) => l.status)).toEqual(['unchanged', 'unchanged']);
      expect((await listLaws(database.db)).map((l) => [l.title, l.revisedDate])).toEqual([
        ['中华人民共和国人民调解法', '2010-08-28'],
        ['信访工作条例', '2022-02-25'],
      ]);
    } finally {
      await database.close();
      await server.close();
    }
  });
});
