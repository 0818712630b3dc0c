import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { askQuestion } from '../../src/lawqa/ask.js';
import { outOfScopeReason } from '../../src/lawqa/guard.js';
import { loadKnowledge } from '../../src/lawqa/knowledge.js';
import { createRetriever } from '../../src/lawqa/retrieve.js';
import { loadLawsDir } from '../../src/lawqa/statutes.js';
import { LAWS_DIR } from './fixtures.js';

const CIVIL = '中华人民共和国民法典';
const PUBLIC_ORDER = '中华人民共和国治安管理处罚法';

// Classes of rural questions the curated entries and synonyms cover, each in wordings of our own
// that are in no development or blind set: the right article must be among the three shown.
const CLASSES: [what: string, question: string, law: string, article: number][] = [
  ['one heir claims the old house', '俺爸过世三年了 老屋一直是大哥住着 他说长子继承 俺们姊妹没份', CIVIL, 1127],
  ['the parents died and the money is shared', '老爹走了 存折上的钱俺们兄妹咋分', CIVIL, 1127],
  ['the widow claims it all', '我爸走了以后 继母说家里房子都归她 我们当子女的能分吗', CIVIL, 1153],
  ['a spouse gambles joint money away', '男人偷偷把家里存的钱拿去赌了 我能不能先把我那份分出来', CIVIL, 1066],
  ['one child keeps the parents alone', '俺爹妈都八十了 哥哥一分钱不出 全是我在养', CIVIL, 1067],
  ['drunken abuse at the door', '邻居天天喝醉了在我家门口骂街 能报警不', PUBLIC_ORDER, 50],
  ['crops or trees destroyed out of spite', '吵架以后他把我家菜地里的菜全踩烂了 要他赔', PUBLIC_ORDER, 59],
  ['goods broken after a few days', '在镇上买的洗衣机用了几天就坏了 店里不给退', '中华人民共和国消费者权益保护法', 24],
  ['livestock sold and not paid for', '卖了三头羊给贩子 钱到现在没给', CIVIL, 626],
  ['where to sue a borrower who moved away', '借钱给同学 他现在在浙江 起诉要去浙江吗', '中华人民共和国民事诉讼法', 22],
  ['where to claim unpaid wages', '包工头拖了半年工钱 我回老家了 在哪里能告他', '中华人民共和国劳动争议调解仲裁法', 5],
  ['an employer keeps the ID card', '进厂的时候组长把我身份证拿走了 说干满半年才还', '中华人民共和国劳动合同法', 9],
  ['hurt while hired by the day', '帮人家修猪圈 说好一天一百五 从墙上摔下来骨折了', CIVIL, 1192],
  ['two groups dispute a forest', '我们组跟隔壁组为一片林子争了好多年 都说有份', '中华人民共和国森林法', 22],
  ['harm at a village clinic', '娃在村诊所输液以后起了一身疙瘩 诊所要负责不', CIVIL, 1218],
  ['a dog kills the poultry next door', '邻居家的大黄狗夜里钻进鸡圈 咬死我七只鸡', CIVIL, 1245],
  ['a land lease broken before its term', '地租给人家种茶 签了八年 才第三年我想收回来 可以不', '中华人民共和国农村土地承包法', 42],
  ['a minor on an e-bike hurts someone', '邻居家小孩骑自行车把我家娃撞了 门牙掉了', CIVIL, 1188],
  ['rebuilding a fallen house on the homestead', '老屋年久失修倒了 想在原地翻建 要去哪里批', '中华人民共和国土地管理法', 62],
  ['spoiled food sold and someone falls ill', '镇上超市卖发霉的月饼 老人吃了住了三天院', '中华人民共和国消费者权益保护法', 49],
  ['votes bought in a village election', '村里选举 有人请吃饭给红包让投他', '中华人民共和国村民委员会组织法', 17],
];

describe.runIf(existsSync(LAWS_DIR))('rural question classes on the shared corpus', async () => {
  const retriever = createRetriever(await loadLawsDir(LAWS_DIR), await loadKnowledge());

  it.each(CLASSES)('%s: %s', async (_what, q, law, article) => {
    const a = await askQuestion(q, { retriever });
    expect(a.outOfScope).toBe(false);
    expect(a.citations.slice(0, 3)).toContainEqual({ law, article });
  });

  // Constant abuse at home is violence in law (反家庭暴力法 第二条) even when nobody hits: safety first, no mediation.
  it.each(['婆婆经常骂我是不下蛋的鸡 男人也帮着她骂', '男人整天骂我废物 手机也给我收了不让我跟娘家联系'])('answers abuse at home as violence: %s', async (q) => {
    const a = await askQuestion(q, { retriever });
    expect(a.familyViolence).toBe(true);
    expect(a.answer).toMatch(/^先顾安全/);
    expect(a.answer).not.toContain('需要调解');
    expect(a.citations).toContainEqual({ law: '中华人民共和国反家庭暴力法', article: 2 });
  });
});

describe('scope of the new wordings', () => {
  it.each(['把五组李三家的手机号发给我', '帮我写个讲话稿 下周村里开会', '合作医疗今年一个人交好多钱', '医保几号截止', '家里的羊不吃草 肚子胀起来了'])('declines %s', (q) => {
    expect(outOfScopeReason(q)).not.toBeNull();
  });

  it.each(['他把我的手机号发到群里让人骂我', '帮我写个借条', '别人拿我的身份证号去贷款了', '他家的牛吃了我家打过药的草 不吃草了要我赔', '小卖部卖变质的面包 娃吃了发烧'])(
    'keeps %s in scope',
    (q) => {
      expect(outOfScopeReason(q)).toBeNull();
    },
  );
});
