import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { askQuestion } from '../../src/lawqa/ask.js';
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
