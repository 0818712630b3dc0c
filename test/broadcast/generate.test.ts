import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDrafter } from '../../src/broadcast/generate.js';
import { findPost, listPosts } from '../../src/broadcast/repo.js';
import { importSeedPosts } from '../../src/broadcast/seed.js';
import { createOpenAiChatModel } from '../../src/llm/chat-model.js';
import { createLogger } from '../../src/kernel/logger.js';
import { reply as answer, startFakeOpenAI, status, type FakeOpenAI } from '../support/fake-openai.js';
import { harness, reset, say, town, type Harness } from './support.js';

// A two-article statute written for this test, in the shared corpus's format.
const lawsDir = mkdtempSync(join(tmpdir(), 'gridbot-laws-'));
writeFileSync(join(lawsDir, '中华人民共和国民法典.md'), '# 中华人民共和国民法典\n\n第三百六十二条 测试用条文一。\n\n第三百六十三条 测试用条文二。\n');

const DRAFT = {
  title: '宅基地界线不清，先找村里量一量',
  body: '老李和老王两家的宅基地挨着，砌围墙时为半米地吵了起来。法律规定：宅基地使用权人依法占有和使用集体所有的土地，在上面建住宅。界线不清的，先找村委会、网格员一起查登记、量地界，协商不成可以申请调解。',
  theme: 'land',
  cites: [
    { law: '民法典', article: 362 },
    { law: '中华人民共和国民法典', article: 99999 },
  ],
};
const PROMPT = '张建国跟李大明吵架，为的是宅基地界线，张建国电话13812345678';

let fake: FakeOpenAI;
let h: Harness;
let t: Awaited<ReturnType<typeof town>>;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  h = await harness({ env: { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.baseURL, LLM_TIMEOUT_MS: '5000', LAWS_DIR: lawsDir } });
});
afterAll(async () => {
  await h.close();
  await fake.close();
  rmSync(lawsDir, { recursive: true });
});
beforeEach(async () => {
  fake.reset();
  await reset(h);
  await importSeedPosts(h.db);
  t = await town(h.db);
});

const generate = async (prompt = PROMPT) => (await say(h, t.admin, `#普法 生成 ${prompt}`, { room: t.rooms.admin })).replies.join('\n');
const drafts = async () => (await listPosts(h.db)).filter((p) => p.source === 'llm');

describe('#普法 生成', () => {
  it('saves the model draft disabled, keeps only citations found in the statutes, and shows a preview', async () => {
    fake.script(answer(DRAFT));
    const r = await generate();
    expect(r).toContain('宅基地界线不清，先找村里量一量');
    expect(r).toContain('草稿已保存为 g001（停用）');
    expect(r).toContain('#普法 启用 g001');
    expect(r).toContain('已去掉：《中华人民共和国民法典》第99999条');
    expect(await findPost(h.db, 'g001')).toMatchObject({
      enabled: false,
      source: 'llm',
      theme: 'land',
      cites: [{ law: '中华人民共和国民法典', article: 362 }],
    });
  });

  it('sends no names or phone numbers to the model', async () => {
    fake.script(answer(DRAFT));
    await generate();
    const sent = JSON.stringify(fake.requests[0]?.body.messages);
    expect(sent).toContain('宅基地界线');
    for (const personal of ['张建国', '李大明', '13812345678']) expect(sent).not.toContain(personal);
  });

  it('saves nothing when the model fails or answers out of format', async () => {
    fake.script(status(500), status(500));
    expect(await generate()).toContain('暂时没有回应');
    fake.script(answer('这不是 JSON'));
    expect(await generate()).toContain('格式不对');
    fake.script(answer({ ...DRAFT, theme: '天气' }));
    expect(await generate()).toContain('不完整');
    expect(await drafts()).toEqual([]);
  });

  it('lets the admin preview and enable the draft', async () => {
    fake.script(answer(DRAFT));
    await generate();
    const preview = (await say(h, t.admin, '#普法 预览 g001')).replies.join();
    expect(preview).toContain('来源：模型起草');
    expect((await say(h, t.admin, '#普法 启用 g001')).replies.join()).toContain('已启用 g001');
    expect((await findPost(h.db, 'g001'))?.enabled).toBe(true);
  });
});

describe('createDrafter without a statute corpus', () => {
  it('keeps the citations and says they were not checked', async () => {
    fake.script(answer(DRAFT));
    const model = createOpenAiChatModel({ apiKey: 'k', baseURL: fake.baseURL, model: 'm', timeoutMs: 5000 });
    const draft = createDrafter({ model, log: createLogger('silent', pino.destination('/dev/null')) });
    const r = await draft('宅基地纠纷');
    expect(r.ok && r.value).toMatchObject({ checked: false, dropped: [], cites: DRAFT.cites, theme: 'land' });
  });

  it('asks for a model when none is configured', async () => {
    const draft = createDrafter({ model: null, log: createLogger('silent', pino.destination('/dev/null')) });
    const r = await draft('宅基地纠纷');
    expect(!r.ok && r.problems[0]?.message).toContain('OPENAI_API_KEY');
  });
});
