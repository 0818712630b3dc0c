/**
 * A sixth batch, written blind before the broad-field fallback was built: voice run-ons, phone
 * typing, dialect, and harm said in words the specific rules may not list. Calm ones share the words.
 */
import type { DangerCase } from './danger-cases.js';

const u = (kind: string, ...texts: string[]): DangerCase[] => texts.map((text) => ({ text, urgent: true, kind }));
const calm = (kind: string, ...texts: string[]): DangerCase[] => texts.map((text) => ({ text, urgent: false, kind }));

export const BLIND6_URGENT: DangerCase[] = [
  ...u('violence-now', '我男人又发癫了 一直拿脑壳撞我 我脸上全肿了 救救我', '他还在屋头摔我 我手杆好像断了 快来人', '我婆婆和公公正在合起伙来打我媳妇 拉都拉不开'),
  ...u('weapon-threat', '有个人拿把铁铲在我家门口乱挥 说今天不给钱就弄我', '他现在攥着把螺丝刀冲我来了 怎么办啊'),
  ...u('arson-poison-threat', '他提了一桶油站在村委会门口 喊要把这里点了', '那个人说今晚就往我家水井里倒药 我好害怕'),
  ...u('self-harm', '我妹妹刚刚发消息说 对不起 我先走了 然后电话就关机了', '我老公把自己反锁在车里 车里开着炭盆 叫不开门'),
  ...u('detention', '我被他们关在一个小黑屋里 手机快没电了 不知道在哪 救救我', '我姐被男方家里扣着不让回娘家 还把她手脚捆起来了'),
  ...u('child-danger', '我家娃儿从二楼摔下来了 头上一直在冒血', '我孙子刚才还在院子里 一转眼就没了 到处找都找不到'),
  ...u('stalking-assault', '有个男的一直跟在我后面 我走快他也走快 现在我躲进小卖部了', '有人半夜在撬我家窗子 我一个人在家'),
  ...u('crowd-clash', '两个组的人现在在地头对起来了 都拿着锄头扁担 要出大事', '村口来了好几车人 正在砸我们的挖机'),
  ...u('protection-order-breach', '法院给我发了人身保护令的 他现在还是跑到我上班的地方来闹 说要弄死我'),
  ...u('home-emergency', '我家灶房的电线噼里啪啦在冒火星 屋里都是烟', '屋里一股臭鸡蛋味 我妈已经晕在地上了'),
  ...u('other-emergency', '我老汉在地里干活突然倒了 喊他不答应 嘴巴都歪了', '路边一个骑电动车的被货车挂倒了 人躺着一直在流血 快叫车'),
];

export const BLIND6_CALM: DangerCase[] = [
  ...calm(
    'legal',
    '请问一下 家暴能申请人身保护令吗 要哪些材料',
    '我想问哈 故意伤害罪轻伤一般判多久',
    '前年他把我打伤了 现在还能起诉他赔医药费吗',
    '邻居家的狗把我家鸡咬死了 这个要他赔吗',
  ),
  ...calm('past', '去年我家厨房着过一次火 保险公司一直不赔', '以前他喝醉了会打人 现在戒酒了 两个人好好的', '上个月我老汉摔了一跤 住了半个月院 医保报多少'),
  ...calm(
    'everyday',
    '今天杀年猪 大家晚上过来吃刨汤',
    '我正在砍柴 等下再回你电话',
    '娃儿一直在哭 是不是饿了 奶粉冲好没',
    '刚刚电视里在放打仗的电影 娃儿看得好起劲',
    '我在地里打药 打完就回来',
    '快点来帮我抬一下柜子 好重',
    '这个菜刀钝了 明天拿去街上磨一下',
    '我家娃儿现在在学游泳 教练说进步很快',
  ),
  ...calm('notice', '各位村民 最近天干物燥 上山不要带火 注意防火', '网格员提醒 冬天烤火要开窗通风 防止一氧化碳中毒', '请大家看好自家娃儿 暑假不要到河边塘边去耍水'),
  ...calm('news', '看新闻说隔壁县有个人喝农药死了 好吓人', '听说邻村昨天有两家人打架 派出所已经处理了'),
  ...calm('worry', '我老公脾气不好 吵架的时候老摔东西 我该怎么跟他沟通', '我妈最近老说头晕 要不要带她去县医院查一下'),
];
