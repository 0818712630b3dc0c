import { type ClassRow, classesAnswered } from './classes-table.js';

const CIVIL = '中华人民共和国民法典';
const CONSUMER = '中华人民共和国消费者权益保护法';
const POLICE = '中华人民共和国治安管理处罚法';
const VIOLENCE = '中华人民共和国反家庭暴力法';
const LAND = '中华人民共和国土地管理法';
const BRIDE_PRICE = '最高人民法院关于审理涉彩礼纠纷案件适用法律若干问题的规定';

// Classes rural-k (first run hit@3 77.8%, hit@1 51.9%) and rural-l (first run hit@3 88.9%, hit@1 59.3%,
// out of scope 96.7%) showed, each in wordings of our own that are in no set: the right article among the three shown.
const CLASSES: ClassRow[] = [
  [
    'a bride price given by the local custom (按我们这边规矩), lived together unregistered: no alarm',
    '按我们那边的规矩给了她家六万八 没扯证一起住了两年 现在她搬回娘家不回来了 钱能退好多',
    BRIDE_PRICE,
    6,
  ],
  [
    'a bride price given by the local custom (按我们这边规矩), lived together unregistered: no alarm',
    '当初按我们这里的习俗给了十万彩礼 没领结婚证 在一起过了一年多 现在分了 能要回来不',
    BRIDE_PRICE,
    6,
  ],
  ['the protection order asked for by what it does or by a vague name (啥子令, 不准靠近)', '老公喝醉了就动手 听说法院能下个什么令 叫他不许靠近我 怎么申请', VIOLENCE, 23],
  ['the protection order asked for by what it does or by a vague name (啥子令, 不准靠近)', '男人经常打我 想去法院弄个啥令 不准他挨近我和娃 要找哪个', VIOLENCE, 23],
  ['singing to a machine at home late (唱K, 唱卡拉ok) is a neighbour’s noise, not a venue', '对门那家天天半夜唱K 喊了几次都不停 娃要考试了 能找哪个管', POLICE, 88],
  ['singing to a machine at home late (唱K, 唱卡拉ok) is a neighbour’s noise, not a venue', '楼上每晚开着音箱唱卡拉ok到十二点 村干部劝了也没用 还有啥办法', POLICE, 88],
  ['the stream kept by the field above, none left for those below', '上边那家把水渠的水全引到他家田里 我们下面几户一滴水都没有 稻子要干死了', CIVIL, 290],
  ['the stream kept by the field above, none left for those below', '天旱 上头的人在沟里垒石头把水拦了 我家秧田的水流不下来', CIVIL, 290],
  ['fertiliser named by its kind (复合肥, 尿素) found to be fake', '赶集买的尿素是假的 撒下去庄稼一点不见长 卖的人不肯赔', CONSUMER, 55],
  ['fertiliser named by its kind (复合肥, 尿素) found to be fake', '农资店买的复合肥被查出是假货 麦子减产了 能要他赔三倍不', CONSUMER, 55],
  ['an affair made up and spread about (有一腿, 到处讲)', '隔壁的到处说我跟跑运输那个男的有一腿 根本没有的事 我能告她吗', CIVIL, 1024],
  ['an affair made up and spread about (有一腿, 到处讲)', '有人在村里嚼舌根 讲我媳妇在外面乱搞男女关系 全村都指指点点 能不能告他', CIVIL, 1024],
  ['land compensation paid to the village or group and partly held back', '修铁路征了我家的地 补偿款打到村里账户上 村里扣下三成说修路 剩下的才分给我们 合法吗', LAND, 49],
  ['land compensation paid to the village or group and partly held back', '征地款发到组里 组长留了一大半说办公益 每户只分到一点 可以这样不', LAND, 49],
  // For hit@1: the entries on these lead with the article both writers cited.
  ['eaves water running into the neighbour’s yard: drainage first', '他家新修的房子屋檐探过来 下雨全淌到我家坝子里 墙根都泡了', CIVIL, 290],
  ['eaves water running into the neighbour’s yard: drainage first', '隔壁加盖的偏房屋檐对着我家 雨水哗哗往我院子里流 说他也不改', CIVIL, 290],
  ['married, then together only a few months: a short married life for a bride price', '领了结婚证 才一起过了三个月她就要离 彩礼给了十二万 能退一些不', BRIDE_PRICE, 5],
  ['married, then together only a few months: a short married life for a bride price', '去年登记结的婚 只住了半年就闹离婚 当时出的彩礼还能要回来不', BRIDE_PRICE, 5],
];

classesAnswered('rural-k and rural-l classes in our own wording', CLASSES);
