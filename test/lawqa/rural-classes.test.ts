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
const BRIDE_PRICE = '最高人民法院关于审理涉彩礼纠纷案件适用法律若干问题的规定';
const ELDERS = '中华人民共和国老年人权益保障法';
const LOANS = '最高人民法院关于审理民间借贷案件适用法律若干问题的规定';
const LAND_LEASE = '中华人民共和国农村土地承包法';
const VILLAGE = '中华人民共和国村民委员会组织法';

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
  ['bride price, married by custom only', '摆了酒席没有领证 一起过了两年 她走了 八万彩礼能退不', BRIDE_PRICE, 6],
  ['bride price, married by custom only', '证也没扯就住到一起了 现在散了 给她家的十万块要得回来不', BRIDE_PRICE, 6],
  ['bride price, married by custom only', '当时只办了酒 没去领证 彩礼给了六万六 现在分手了 退好多合理', BRIDE_PRICE, 6],
  ['the house went to one child, so only that child keeps the parents', '老屋留给小弟了 大哥二哥说爹就该小弟一个人管', ELDERS, 19],
  ['the house went to one child, so only that child keeps the parents', '家产都分给大儿子了 我们几个女儿就不用出养老钱了吧', ELDERS, 19],
  ['the house went to one child, so only that child keeps the parents', '宅基地给了老三 老三说大家都该出钱养妈 老大说房子归了你就该你养', ELDERS, 19],
  ['a blocked drain lets the rain into the house', '他家砌围墙把水沟截断了 每回下大雨我家堂屋就进水', CIVIL, 290],
  ['a blocked drain lets the rain into the house', '坎上那家把排水管堵起了 雨水全往我家院坝流 地基都泡松了', CIVIL, 290],
  ['a blocked drain lets the rain into the house', '邻居修猪圈把阴沟填了 一下雨我家灶房就积水', CIVIL, 290],
  ['interest over the legal cap', '借了人家三万 说好月息五分 这个利息犯法不 多的可以不给吧', LOANS, 25],
  ['interest over the legal cap', '放贷的要我按一个月四分利还 利太高了 法律认不认', LOANS, 25],
  ['interest over the legal cap', '借条上写年利率百分之三十六 超了的部分还要不要还', LOANS, 25],
  ['a child born outside the marriage', '老公在广东跟人家生了个女儿 现在对方要他每个月出钱养 我不同意行不行', CIVIL, 1071],
  ['a child born outside the marriage', '男人在外头生的娃 以后能不能分家里的房子', CIVIL, 1071],
  ['a child born outside the marriage', '外面生的儿子上户口 要不要我同意 他跟我娃一样有份没得', CIVIL, 1071],
  ['a neglected house falls on the neighbour', '他家老屋一直歪着不修 昨天下雨倒了 把我家的猪圈压塌了', CIVIL, 1252],
  ['a neglected house falls on the neighbour', '隔壁没人住的土墙房子垮了一截 砸坏了我家的摩托车 他家说不赔', CIVIL, 1252],
  ['a neglected house falls on the neighbour', '对门的危房塌了 压死我家两只羊 找哪个赔', CIVIL, 1252],
  ["building needs the neighbour's ground for a while", '我家起房子 搅拌机要放在他家地头几天 他不让放', CIVIL, 292],
  ["building needs the neighbour's ground for a while", '翻修屋顶要在邻居院坝搭架子 他说影响他家晒谷子不准搭', CIVIL, 292],
  ["building needs the neighbour's ground for a while", '修房子脚手架只能立在隔壁菜地里 他要我先给两千块', CIVIL, 292],
  ['things piled on a road hurt someone', '有人把砖头堆在村道中间 晚上我骑电瓶车撞上去摔断了手', CIVIL, 1256],
  ['things piled on a road hurt someone', '他家在路上晒苞谷 又堆了一堆石头 我开三轮翻了 他说路是公家的', CIVIL, 1256],
  ['things piled on a road hurt someone', '修房子的沙石倒在通村路上 我婆婆走路绊倒骨折了 谁负责', CIVIL, 1256],
  ["spray drifting onto a neighbour's crop", '隔壁田打农药 风一吹全飘到我家秧苗上 秧苗死了一大片', CIVIL, 1165],
  ["spray drifting onto a neighbour's crop", '他家在玉米地打除草剂 药飘过来把我家的辣椒全烧死了', CIVIL, 1165],
  ["spray drifting onto a neighbour's crop", '邻居给茶园打药不看风向 我家菜地的菜全蔫了 要他赔', CIVIL, 1165],
  ["power taken from someone's meter", '隔壁偷接我家的电 用了好几个月 我能不能报派出所', PUBLIC_ORDER, 58],
  ["power taken from someone's meter", '发现对门从我家电表那里私拉了一根线去他家养鸡场用', PUBLIC_ORDER, 58],
  ["power taken from someone's meter", '租我房子的人走的时候发现他一直搭线偷电 电费要他出', PUBLIC_ORDER, 58],
  ['plots swapped by word of mouth', '好多年前两家对换了田 现在他反悔要换回来 我不同意', LAND_LEASE, 33],
  ['plots swapped by word of mouth', '跟三叔家调换了一块地 只是嘴上说好的 他儿子说不算数', LAND_LEASE, 33],
  ['plots swapped by word of mouth', '组里两户互换承包地要不要去村里登记 不登记算不算数', LAND_LEASE, 33],
  ['a loan with no date to repay', '借给表哥两万 借条没写还款日期 他一直拖 我能随时要吗', CIVIL, 675],
  ['a loan with no date to repay', '欠条上没说什么时候还 他讲等他有钱了再还 我要等到啥时候', CIVIL, 675],
  ['a loan with no date to repay', '借钱的时候没定期限 现在我急用钱 能不能喊他马上还', CIVIL, 675],
  ['a parent pushed out of their own house', '我爸的房子被我哥嫂占了 把老爸赶到柴房住', ELDERS, 16],
  ['a parent pushed out of their own house', '儿子娶了媳妇就把老娘撵到猪圈边上的杂屋住', ELDERS, 16],
  ['a parent pushed out of their own house', '老人住的正房被小儿子拿去开店 让老人搬到漏雨的偏房', ELDERS, 16],
  ['votes bought with goods', '选村主任前 有人给每家送了一袋米一桶油 让投他', VILLAGE, 17],
  ['votes bought with goods', '换届的时候他挨家塞红包拉票 这样当上的算不算', VILLAGE, 17],
  ['votes bought with goods', '有个候选人买票 一票两百 可以去哪里反映', VILLAGE, 17],
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
  it.each([
    '把五组李三家的手机号发给我',
    '帮我写个讲话稿 下周村里开会',
    '合作医疗今年一个人交好多钱',
    '医保几号截止',
    '家里的羊不吃草 肚子胀起来了',
    '帮我写几句祝寿时讲的话 要有文采',
    '帮我查一下他现在在哪里上班',
    '把张三的地址还有他的身份证号找给我',
  ])('declines %s', (q) => {
    expect(outOfScopeReason(q)).not.toBeNull();
  });

  it.each(['他把我的手机号发到群里让人骂我', '帮我写个借条', '别人拿我的身份证号去贷款了', '他家的牛吃了我家打过药的草 不吃草了要我赔', '小卖部卖变质的面包 娃吃了发烧'])(
    'keeps %s in scope',
    (q) => {
      expect(outOfScopeReason(q)).toBeNull();
    },
  );
});
