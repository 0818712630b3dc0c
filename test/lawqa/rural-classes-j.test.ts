import { type ClassRow, classesAnswered } from './classes-table.js';

const CIVIL = '中华人民共和国民法典';
const FOREST = '中华人民共和国森林法';
const CONSUMER = '中华人民共和国消费者权益保护法';
const ROADS = '中华人民共和国道路交通安全法';
const INJURY = '最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释';
const LABOUR = '中华人民共和国劳动合同法';
const POLICE = '中华人民共和国治安管理处罚法';
const BRIDE_PRICE = '最高人民法院关于审理涉彩礼纠纷案件适用法律若干问题的规定';

// Classes rural-j (another writer's blind set, first run hit@3 88.9%, hit@1 48.1%) showed, each in
// wordings of our own that are in no set: the right article must be among the three shown.
const CLASSES: ClassRow[] = [
  ['the way across his plot shut for good (堵死, 封死), nothing gets through', '我家去井边挑水要走他家屋后那条小路 他用铁丝网封死了 人都过不去', CIVIL, 291],
  ['the way across his plot shut for good (堵死, 封死), nothing gets through', '上坡的路要经过他家林子边上 现在拿刺笼堵死了 板车都拉不过去', CIVIL, 291],
  ['the way across his plot shut for good (堵死, 封死), nothing gets through', '去我家地里要从他家果园边上过 他拿木桩把路口封死了 车子开不进去', CIVIL, 291],
  ['felling a number of trees to sell: is a permit needed', '承包山上的松树想砍二十棵卖钱 要不要去林业站办手续', FOREST, 56],
  ['felling a number of trees to sell: is a permit needed', '山上种的杉树想砍百把棵卖给木材厂 得办证不', FOREST, 56],
  ['seed bought that never came up', '赶场买的谷种撒下去一大半不出芽 卖种子的不认 能叫他赔吗', CONSUMER, 62],
  ['seed bought that never came up', '在农资店买的菜种 种了半个月都没出苗 找老板赔得到不', CONSUMER, 62],
  ['trees on the boundary each household calls its own', '两家交界那片松林 都说是自家栽的 他现在要砍 我能不能拦', FOREST, 22],
  ['trees on the boundary each household calls its own', '山上那片竹林我家和他家都讲是自己的 林权证也不清 咋个解决', FOREST, 22],
  // Its low hit@1 came from dialect words the synonym table did not know and from near-tied entries; these
  // rows hold the classes (the article among the three shown).
  ['the other side will not sign the divorce (离不脱, 不肯签字)', '我想离婚 他死活不签字 是不是就离不掉了', CIVIL, 1079],
  ['the other side will not sign the divorce (离不脱, 不肯签字)', '男人喝酒打牌 我要跟他离 他不肯签字 我离得脱不', CIVIL, 1079],
  ['money for the child agreed by the month, then stopped', '娃判给我了 他答应一个月给四百 现在电话都不接了 咋办', CIVIL, 1085],
  ['money for the child agreed by the month, then stopped', '离婚时讲好孩子归我 他每个月给三百 给了半年就不给了 咋办', CIVIL, 1085],
  ['money for the child agreed by the month, then stopped', '娃跟我过 离的时候他讲每个月出六百 才给三个月就不给了', CIVIL, 1085],
  ['money for the child agreed by the month, then stopped', '离婚时讲好孩子归我 他每个月给三百 给了半年就不给了 我能去法院告他不', CIVIL, 1085],
  ['said to have stolen when it never happened (讲我偷, 没得这回事)', '隔壁婶子在村里到处讲我偷了她家的鸭子 根本没得这回事 我能告她不', POLICE, 50],
  ['said to have stolen when it never happened (讲我偷, 没得这回事)', '有人在群里说我偷了他家的苞谷 冤枉我 还骂得难听 咋个办', CIVIL, 1024],
  ['a parent’s death told with the time between (我爷爷去年走了)', '我爷爷去年走了 没立遗嘱 几个叔伯都想要老房子 我爸有份不', CIVIL, 1127],
  ['the parents who paid or took a bride price as the parties (告亲家)', '退婚了 彩礼是我爹妈出的 我爹妈能直接去告女方父母要回来不', BRIDE_PRICE, 4],
  ['the parents who paid or took a bride price as the parties (告亲家)', '亲家收了我家八万彩礼 婚没结成 我们当爹妈的能告亲家吗', BRIDE_PRICE, 4],
  // Older classes docs/lawqa.md listed as still missed (rural-h, rural-i).
  ['a way across his contracted land (承包地) shut: passage, not the land-contract law', '去我家承包地要从他家承包地中间过 他挖了条沟不准走', CIVIL, 291],
  ['a way across his contracted land (承包地) shut: passage, not the land-contract law', '我上坡挖洋芋要路过他家承包田 他拿铁丝拦起了', CIVIL, 291],
  ['a way across his contracted land (承包地) shut: passage, not the land-contract law', '到我家田里必须走他家承包地的田坎 他现在不让过了', CIVIL, 291],
  ['what a spouse earned while married', '结婚这些年我在外打工挣的工资 离婚的时候算两个人的不', CIVIL, 1062],
  ['what a spouse earned while married', '婚后他一个人在外面挣钱 我在屋头带娃 离婚的话他挣的钱我有份不', CIVIL, 1062],
  ['what a spouse earned while married', '老公说工资是他自己挣的 离婚一分都不分给我', CIVIL, 1062],
  ['drink told as 吃了酒 or by the bottle, then a three-wheeler driven and stopped', '喝了两瓶啤酒开三轮拉货 遭交警查到了 会罚好多', ROADS, 91],
  ['drink told as 吃了酒 or by the bottle, then a three-wheeler driven and stopped', '中午吃了酒开三轮车回家 路上遇到交警查 会咋个处理', ROADS, 91],
  ['drink told as 吃了酒 or by the bottle, then a three-wheeler driven and stopped', '昨晚喝了酒骑三轮车回家 被交警拦下来了 驾照会不会扣', ROADS, 91],
  ['unpaid help, the helper the one hurt (not the one who hurt another)', '义务去帮邻居砍树 树枝弹回来打伤了我的眼睛 他家要负责不', INJURY, 5],
  ['unpaid help, the helper the one hurt (not the one who hurt another)', '白帮亲戚挑砖没收钱 自己摔了一跤把手杆摔断了 能找他赔不', INJURY, 5],
  ['the child’s surname taken from the mother after a divorce, not custody', '离婚后娃跟我 我想让他随我姓 行不行', CIVIL, 1015],
  ['the child’s surname taken from the mother after a divorce, not custody', '娃判给我了 想给娃改成我的姓 要不要他爸签字', CIVIL, 1015],
  ['a way walled off (砌墙, 一堵墙 across the way to the fields)', '邻居砌墙把我家下田的路封了 现在要绕好远', CIVIL, 291],
  ['a way walled off (砌墙, 一堵墙 across the way to the fields)', '隔壁打了一堵墙 我们去地里的路被堵死了', CIVIL, 291],
  ['a way to the fields (去地里的路) shut: passage, not crops on land taken', '去地里的那条路他家拿竹篱笆拦了 我下不了地', CIVIL, 291],
  ['a loan never asked back for years: the three-year period first', '借给邻居的钱过了七八年了 我从没催过他 还能打官司要回来不', CIVIL, 188],
  ['a loan never asked back for years: the three-year period first', '早些年借了两万给老同学 一直没问他要过 现在去要还算数不', CIVIL, 188],
  ['told not to come back (莫来了, 不用来了): dismissed', '在厂里干了两年 老板突然喊我明天莫来了 能要点补偿不', LABOUR, 87],
  ['told not to come back (莫来了, 不用来了): dismissed', '做了三年保安 经理讲下个月不用来了 一分钱补偿都没得', LABOUR, 87],
  ['bitten while passing by (路过 is no right of way)', '去赶场路过他家 他家狗冲出来咬了我一口 他不认账', CIVIL, 1245],
  ['bitten while passing by (路过 is no right of way)', '我路过邻居院坝 他家狗冲出来把我腿咬了 要打针 他该出钱不', CIVIL, 1245],
];

classesAnswered('rural-j question classes on the shared corpus', CLASSES);
