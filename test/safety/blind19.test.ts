import { describe } from 'vitest';
import { calmRows, urgentRows } from './tables.js';

// One row per class blind-19 (danger-j, another writer's; first run 33/40, 3/40 false) showed, each in
// wordings of our own, two or more a class. None is the batch's text.
describe('classes of wording added after blind-19', () => {
  urgentRows([
    // Tied to a post, a tree or a chair and left (a child so tied is a child hurt); an age before the person.
    ['child-danger', '我婆婆把三岁的孙子拴在床脚上 出门打牌一下午了 娃哭哑了'],
    ['detention', '他们把老人捆在院子的树上 冻了一夜'],
    ['detention', '他把七十岁的老父亲绑在椅子上 饿了一天了'],
    ['detention', '他们把八十岁的老人关在猪圈里 两天没给饭吃'],
    // A clip sent to the writer with their own people in it is no news.
    ['detention', '绑匪发来视频 视频里我儿子被绑在椅子上 要二十万'],
    ['detention', '他们发了个视频过来 视频里我老公被按在地上 说不还钱不放人'],
    // Armed, and striking on a condition or a count.
    ['weapon-threat', '那个讨债的拎着一根铁棍站在柜台前面 说再不还钱就动手'],
    ['weapon-threat', '他手里捏着把螺丝刀 说我敢报警他就动手'],
    // A weapon taken down from where it hangs, and a score to settle.
    ['weapon-threat', '我舅把墙上挂的猎枪取下来了 说今晚去找那个人算账'],
    ['weapon-threat', '他把挂在堂屋的砍刀拿下来了 说要去找村主任拼命'],
    // Dying together with others.
    ['arson-poison-threat', '他拎着一桶汽油进了村委会 说要拉着你们一起死'],
    ['weapon-threat', '他喝了酒在村口喊 今天要拉几个垫背的'],
    // An order granted in the past is in force now; a court or police ban on contact named apart from the order.
    ['protection-order-breach', '前年法院给了我人身安全保护令 他刚才又在我家门口骂'],
    ['protection-order-breach', '告诫书是上个月派出所开的 他今晚又喝醉了来敲门'],
    ['protection-order-breach', '法院的判决写了 不准他再接近我 今天他又跑到我上班的地方来了'],
    ['protection-order-breach', '派出所开了那个东西 不许他骚扰我 他现在就在我楼下'],
    // 克 is 去; 店头 is 店里.
    ['self-harm', '我妈说她不想活了 要克河边'],
    ['weapon-threat', '他喝醉了 说要克砍死隔壁那家'],
    ['weapon-threat', '有个醉汉在我店头砸东西 还拿酒瓶比着我'],
    // Pushed down and beaten where they fell.
    ['violence-now', '他把她推倒在地上踢 她一直在喊'],
    ['violence-now', '那几个人把我哥摔到地上打'],
  ]);

  calmRows([
    // A baby bound on the back is carried.
    '我把娃娃绑在背上 背了一下午 腰好酸',
    '用背带把两岁的娃绑在背上 去地里干了一上午活',
    // A clip found on a platform stays news.
    '抖音视频里有个人拿刀砍人 我儿子看了吓得哭',
    // Nobody did it: a negation with its subject.
    '两个组的人为了水渠吵了一上午 谁都没动手 现在想找司法所调解',
    '十几个人去镇上反映问题 没有人动手 想问下上访要带啥材料',
    // Irony marked by 🙃 or [狗头].
    '这个破网再卡我就要去跳楼了🙃 宽带找哪个投诉',
    '老板再不发工资我就要饿死了[狗头]',
    // 我们这边, 咱这块: the writer's area after a story told by news.
    '今天看新闻说外省有人往井里投毒 我们这里有没有这种事',
    '刚刚朋友圈里转的那个砍人视频 咱们这块要注意啥',
    // A now that dates the writer's question about the order.
    '去年法院发了保护令 他后来再没来过 现在想撤销',
    '我有保护令 现在想问一下怎么撤回',
    // 克 that is not 去; a weapon taken down for work; a ban with nobody come.
    '克服一下困难 明天就好了',
    '买了两千克化肥 放在屋头',
    '把挂在墙上的镰刀拿下来 明天割稻子',
    '法院判决不准他接触孩子 我想问问探视权怎么算',
  ]);
});
