import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { askQuestion } from '../../src/lawqa/ask.js';
import { protectsInDanger } from '../../src/lawqa/danger-laws.js';
import { isFamilyViolence } from '../../src/lawqa/family-violence.js';
import { loadKnowledge } from '../../src/lawqa/knowledge.js';
import { createRetriever } from '../../src/lawqa/retrieve.js';
import { loadLawsDir } from '../../src/lawqa/statutes.js';
import { LAWS_DIR } from './fixtures.js';

describe('isFamilyViolence', () => {
  it.each<[string, boolean]>([
    ['老公喝了酒就打我，打了好几回了', true],
    ['俺男人三天两头动手 身上青一块紫一块', true],
    ['被婆婆扇了两巴掌 男人也不管', true],
    ['媳妇天天揍儿子 下手没轻重', true],
    ['前夫离了婚还上门踢门打人', true],
    ['家暴能不能离婚', true],
    ['老公在外面打工两年没回家', false],
    ['男人天天打麻将输钱', false],
    ['老婆打电话说不回来了', false],
    ['邻居打了俺家的狗', false],
    ['想跟老公打官司要回彩礼', false],
  ])('%s → %s', (q, expected) => {
    expect(isFamilyViolence(q)).toBe(expected);
  });
});

describe.runIf(existsSync(LAWS_DIR))('answers about violence at home (shared corpus)', async () => {
  const retriever = createRetriever(await loadLawsDir(LAWS_DIR), await loadKnowledge());

  it.each(['老公喝了酒就打我，打了好几回了', '男人一不顺心就动手打俺 好多年了 想离婚', '被老公打怕了 保护令咋申请'])(
    '%s: safety and the protections first, never mediation',
    async (q) => {
      const a = await askQuestion(q, { retriever });
      expect(a.urgent).toBe(false);
      expect(a.answer).toMatch(/^先顾安全：.*110/);
      for (const word of ['告诫书', '人身安全保护令', '妇联', '12338']) expect(a.answer).toContain(word);
      expect(a.answer).toContain('依据《中华人民共和国反家庭暴力法》第十三条、第十五条、第十六条、第二十三条');
      expect(a.answer).not.toMatch(/需要调解|调解员/);
      expect(a.ownDispute).toBe(false);
      expect(a.citations).toEqual(expect.arrayContaining([{ law: '中华人民共和国反家庭暴力法', article: 23 }]));
    },
  );
});

describe.runIf(existsSync(LAWS_DIR))('danger answers cite only the laws that protect the person (shared corpus)', async () => {
  const retriever = createRetriever(await loadLawsDir(LAWS_DIR), await loadKnowledge());

  // Our own wordings: partners named the way people speak of them, and danger from outside the family.
  it.each([
    ['我家那口子又发酒疯 把我按在地上掐脖子 我跑出来躲在邻居家', true],
    ['娃他爸喝醉了拿皮带抽我 我锁在厕所里', true],
    ['隔壁那个醉汉提着砍刀在我家门口转 说要砍人', false],
    ['有人拿着刀在村口追我 我躲在小卖部里', false],
  ])('%s: the number first, no unrelated statute', async (q, domestic) => {
    const a = await askQuestion(q, { retriever });
    expect(a.urgent).toBe(true);
    expect(a.answer).toMatch(/^请立即拨打110/);
    expect(a.answer.includes('12338')).toBe(domestic);
    expect(a.answer).not.toMatch(/调解/);
    for (const c of a.citations) expect(protectsInDanger(c)).toBe(true);
  });

  it.each([
    [{ law: '中华人民共和国民法典', article: 1245 }, false],
    [{ law: '中华人民共和国人民调解法', article: 25 }, false],
    [{ law: '中华人民共和国民法典', article: 1011 }, true],
    [{ law: '中华人民共和国反家庭暴力法', article: 15 }, true],
    [{ law: '中华人民共和国刑法', article: 234 }, true],
    [{ law: '中华人民共和国刑法', article: 287, sub: 2 }, false],
  ])('protectsInDanger(%j) → %s', (c, expected) => {
    expect(protectsInDanger(c)).toBe(expected);
  });
});
