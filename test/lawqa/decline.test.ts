import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { askQuestion } from '../../src/lawqa/ask.js';
import { outOfScopeReason } from '../../src/lawqa/guard.js';
import { loadKnowledge } from '../../src/lawqa/knowledge.js';
import { createRetriever } from '../../src/lawqa/retrieve.js';
import { loadLawsDir } from '../../src/lawqa/statutes.js';
import { LAWS_DIR } from './fixtures.js';

// Our own wordings, written for this test (phone typing, dialect, no punctuation), none from a dev set.
const ANSWERABLE = [
  '借钱给表哥三万块没打欠条 只有微信转账 能要回来不',
  '村里修路占了俺家宅基地一分钱不补',
  '订婚给了八万彩礼 女方悔婚了 钱能要回来不',
  '隔壁家的狗把俺娃腿咬了一口 打针花了两千',
  '老板拖了俺三个月工钱不给',
  '俺爹去世了 留下的房子兄妹几个咋分',
  '邻居盖房把滴水檐伸到俺家院子',
  '承包地被村里收回去给别人种了',
  '网上刷单被骗了五千块 还能追回来不',
  '儿子十四岁把同学打伤了 家长要赔不',
  '离婚了孩子跟我 他不给抚养费',
  '在工地上摔断了腿 老板不认账',
  '买的化肥是假的 庄稼全死了',
  '山上的树没办证砍了卖犯法不',
  '上游的厂子往河里排污水 鱼都死了',
  '老人三个儿子都不养',
  '骑电动车被小车撞了 对方全责不赔',
  '村干部把集体的钱私分了',
  '楼上半夜跳舞音响吵得睡不着',
  '请不起律师 打官司咋整',
  '嫁出去的闺女还能分村里的征地款不',
];
const NOTHING = ['啊啊啊啊', '哈哈哈哈哈哈', '在干嘛呢', '今天吃啥好呢', '给我讲个故事', '123456', '天王盖地虎', '哪里的火锅好吃'];

describe.runIf(existsSync(LAWS_DIR))('"没找到依据" only when there is truly nothing (shared corpus)', async () => {
  const retriever = createRetriever(await loadLawsDir(LAWS_DIR), await loadKnowledge());

  it.each(ANSWERABLE)('answers %s with articles and their own words', async (q) => {
    const a = await askQuestion(q, { retriever });
    expect(a.outOfScope).toBe(false);
    expect(a.citations.length).toBeGreaterThan(0);
    // Every article shown is quoted, in the answer's body or under the citation line.
    expect(a.answer).toMatch(/《.+》第.+条规定：/);
  });

  it.each(NOTHING)('declines %s, citing nothing', async (q) => {
    const a = await askQuestion(q, { retriever });
    expect(a.outOfScope).toBe(true);
    expect(a.citations).toEqual([]);
  });

  it('declines by coverage, not by the raw size of a score', () => {
    expect(outOfScopeReason('在干嘛呢', retriever.search('在干嘛呢'))).toBe('noBasis');
    expect(retriever.search('借钱不还咋办').basis).toBeGreaterThan(0.25);
  });
});
