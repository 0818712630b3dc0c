import { describe, expect, it } from 'vitest';
import { everydaySenses } from '../../src/safety/everyday.js';
import { recogniseDanger } from '../../src/safety/index.js';
import { urgentRows } from './tables.js';

// Legal questions that tell a harm or use a harm word in an everyday sense: none is a cry for help.
// Each class has its urgent twin below, where the same frame carries a danger that is going on.
describe('calm: legal questions read as questions', () => {
  it.each([
    // Money 打 into a card or an account, an IOU 打 out, work 打 for wages.
    ['money', '我在工地干了半年 老板说工钱打我卡上 到现在一分没见到 能不能告他'],
    ['money', '彩礼钱当时是打到她爸卡里的 现在离婚了能不能要回来'],
    ['money', '他把卖牛的钱打他妈微信上了 说不是夫妻共同财产 是这样吗'],
    ['money', '结婚时的钱都打进他卡上 他现在要离婚说是他的 我有没有份'],
    ['iou', '我给他打了张欠条 他现在拿着去法院告我'],
    ['call', '我打了他十几个电话都不接 借的三万块钱不还 怎么起诉'],
    ['work', '我在他家砖厂打工 手被机器压断了 老板只给两千 够不够'],
    // A past injury told in detail, then who pays.
    ['injury', '他家牛把我娃儿顶伤了 缝了三针 他们说是娃儿自己去惹的 要不要赔'],
    ['injury', '我骑电瓶车被他的三轮撞了 腿骨折 住了二十天院 他只垫了五百 剩下的找哪个要'],
    ['injury', '在他家帮忙盖房子 从架子上摔下来 腰摔断了 住院花了三万多 他家一分不出 我能告他吗'],
    ['injury', '两个娃儿在学校打架 我家的被打得鼻子出血 到医院拍了片 对方家长要不要出医药费'],
    ['injury', '村里修路的挖机把我家的墙撞垮了 砸到我妈的腿 住了一个星期院 找哪里赔'],
    ['injury', '我男人在矿上被石头砸了 做了手术 矿上不认账 能不能去劳动仲裁'],
    ['injury', '我爸在他家鱼塘边滑下去 头磕破了缝了七针 他家说鱼塘又没叫他去 要不要负责'],
    // A spouse gone for years, with children at home.
    ['gone', '老婆五年前跟人跑了 一直联系不上 娃跟着我 我想离婚要怎么弄'],
    ['gone', '我老公出去打工三年多了没得音讯 电话一直关机 我带着两个娃 能不能起诉离婚'],
    ['gone', '老公跑到外省十几年了 一直没回来过 娃都上初中了 我怎么才能离婚'],
    // A way dug or blocked, a count of years: property, not a bone or a crowd.
    ['dug', '他把我家门口的水沟堵断了 下雨水都淹到我田里 咋个整'],
    ['dug', '邻居把通我家的便道挖断了 我家老人进出不方便 找村里有用没'],
    // Rain let in by a drain someone blocked, each time it rains: a drainage dispute, not a flood now.
    ['drain', '坎上那家把阳沟填平了 每次下雨水都往我家院坝里冲 喊他挖开他不挖'],
    ['drain', '对门修圈把涵管堵了 一下大雨水就往我家灶房淌 地都泡软了'],
    ['drain', '他家屋檐水对到我家 下雨天水就往我屋里流 讲了几回不改 归哪个管'],
    // A house or a wall that fell on a beast or a thing, and who pays.
    ['collapse', '隔壁的危房塌了 压死我家一头猪 他家要不要赔'],
    ['collapse', '他家土墙倒了 砸坏我家的三轮车 找哪个负责'],
    ['collapse', '老房子垮了 压垮了我家的牛圈 损失该哪个出 要他赔'],
    ['count', '我们两家为宅基地扯了二三十年 他现在在那边砌墙 能不能拆'],
    // Trees felled.
    ['tree', '承包地边上那排桉树是我栽的 他说要砍了种玉米 这个树归谁'],
    ['tree', '村里说修路要砍掉我家门口的老核桃树 补多少钱'],
    ['tree', '山上的松树被雪压断了好多 我想砍回来当柴烧 要不要林业站批'],
    // 质押, 要求: compounds, not a hostage or an intent.
    ['pledge', '我把车质押给他借了五万 他现在不还车 算不算违法'],
    ['request', '我要求他赔礼道歉 他说要打官司 咋办'],
    // Handled by the police, in hospital, paid for, slight and over, or told at a time of its own.
    ['handled', '我家幺儿十六岁 跟人打架把对方鼻梁打断了 派出所叫去做了笔录 会不会留案底'],
    ['handled', '过年喝酒 表哥喝多了开车把人撞了 现在人在医院 保险赔不赔'],
    ['handled', '我妈被电动车撞倒了 骨头裂了 在医院躺着 撞人的跑了 能找到吗'],
    ['handled', '我男人在工地上从架子摔下来 脑壳摔破了 包工头垫了三千就不管了 咋个整'],
    ['handled', '工地上的钢管掉下来砸到我老汉的脚 骨头碎了 包工头只出了一半医药费'],
    ['handled', '村里开会的时候他拿板凳砸了我一下 头上起了个包 我能不能告他寻衅滋事'],
    ['handled', '地震的时候房子裂了 现在住着怕塌 能不能申请危房改造'],
    ['apart', '我家姑娘被男朋友骗了钱 还被他打了几巴掌 现在分手了 钱能要回来吗'],
    // Held, and out again.
    ['released', '我娃在幼儿园被老师关在小黑屋里罚站 回来吓得哭 幼儿园要负什么责任'],
    ['released', '老板说我偷了店里的钱 把我关在办公室问了一下午 后来放我走了 能告他非法拘禁吗'],
    // Things damaged, a standing problem, a protection order asked about.
    ['property', '小叔子拿锄头把我家的秧苗全挖了 还骂我 这个怎么处理'],
    ['property', '邻居修房子把我家墙挖垮了一截 要他赔 他不认'],
    ['standing', '老公喝醉了就打人 我现在回娘家住了 他天天打电话来骂 能申请保护令吗'],
    // Everyday scenes: cooking smoke, a crowd at work, a fire put out, talked round, anger, an animal bitten, goods loaded.
    ['scene', '熏腊肉熏得满屋都是烟 邻居说要去告我 能告吗'],
    ['scene', '今天炒辣椒 呛得一屋人都在咳 烟好大'],
    ['scene', '我们组几十个人去挖水沟 扛着锄头铁锹 中午要管饭不'],
    ['scene', '厨房插座冒火花 我拿湿毛巾捂灭了 现在没事了'],
    ['scene', '他喝醉了说要跳河 被他媳妇劝回去睡了'],
    ['scene', '那娃气得我心口疼'],
    ['scene', '我家的羊被野狗咬死了两只 找哪个赔'],
    ['scene', '把几袋化肥拖上车 拉回家'],
    ['scene', '他喝醉了回来 他妈把他锁在院子外面 他在外面睡了一夜 这样算虐待吗'],
    ['settled', '去年我爸说要喝农药那回 全家守了他好几天 现在好好的 他的医保能报多少'],
    ['lost', '寄给女儿的一箱土鸡蛋搞丢了 快递只肯赔二十 能投诉不'],
    // 按 as "according to" a custom (按我们这边规矩), with the other side gone home: no hand on anyone.
    ['custom', '按我们那边的规矩给了她家六万八 没领证 现在她回娘家不回来了 钱能要回来不'],
    ['custom', '按他们寨子的风俗 订婚要给三金 现在男方不认了 还不回来'],
    // The law asked about in the abstract.
    ['abstract', '未满十四岁的娃把人捅死了 要负什么责任'],
    ['abstract', '十几岁的小孩持刀抢劫怎么判'],
    ['abstract', '喝醉了砍伤人会不会判得轻一点'],
  ])('%s: %s', (_cls, text) => {
    expect(recogniseDanger(text).urgent).toBe(false);
  });
});

describe('urgent: the same frames with a danger going on', () => {
  urgentRows([
    ['weapon-threat', '他现在还拿着刀在门口 我能不能正当防卫'],
    ['violence-now', '老公又在打我 离婚要准备啥'],
    ['violence-now', '他刚才拿砖头把我爸头打破了 血止不住 他要负什么责任'],
    ['other-emergency', '娃儿被他家狗咬了 现在还在流血 他家要不要负责'],
    ['weapon-threat', '他说要砍死我全家 上回已经砍伤过我 这个要判几年'],
    ['child-danger', '我男人出去打工 今天娃放学到现在没回家 电话打不通 咋个办'],
    ['weapon-threat', '工资打到卡上了 他又拿着刀来找我要钱 咋个整'],
    ['child-danger', '我老婆八年前走了 今天早上我儿子出门到现在没回来 是不是要报警'],
    ['weapon-threat', '邻居为砍树的事提着斧头在我家门口转 说要砍我 能不能报警'],
    ['crowd-clash', '我们两家几十个人拿着锄头在田坎上对骂 马上要打起来了 这个算不算寻衅滋事'],
    ['home-emergency', '沟被他家堵了 一下雨水就往屋里灌 现在水淹到床边了 老人出不来'],
    ['home-emergency', '排水沟堵死了 下雨天水往我家灌 后墙已经在往下垮了'],
    ['home-emergency', '隔壁的危房塌了 压死我家的猪 我爸也被压在下面 他家要不要赔'],
    ['detention', '他把我关在屋里 头上缝了五针 能不能报警'],
    ['weapon-threat', '被他打得缝了针 他现在还在外面喊要弄死我 要不要赔'],
    ['other-emergency', '我被人捅了一刀 现在在流血 他们要不要负责'],
    ['weapon-threat', '他拿着菜刀追我 我跑到邻居家了 他家人要不要负责'],
    ['child-danger', '她把我儿子从学校接走了 电话关机 找不到人 我能不能告她'],
    ['violence-now', '他拿石头把我娃头打破了 缝了三针 他还不依不饶在我家闹 能不能报警'],
    ['detention', '我男人被他们打得缝了十几针 现在他们堵在医院门口不让走 要不要报警'],
    ['violence-now', '刚被打了 缝了五针 打人的还在医院外面转 能不能报警'],
    ['violence-now', '他把我打得住了院 现在又追到医院来了 要不要负责'],
    ['violence-now', '他把我娃打得鼻子流血 我抱着娃躲在厕所里 他在外面踹门 能不能告他'],
    ['weapon-threat', '我老公喝醉了拿菜刀 说今天不给钱就砍我 缝针的伤还没好 要不要报警'],
    ['crowd-clash', '两个村的人拿着棍子在桥上对峙 上次打架住了好几个人的院 这次找谁管'],
    ['detention', '他把我锁在屋里 手机也收了 这样犯法吗'],
    ['self-harm', '她喝了半瓶农药 现在在吐白沫 医药费谁出'],
    ['arson-poison-threat', '他拿着汽油在我家门口 说要烧房子 烧了谁赔'],
    ['protection-order-breach', '我申请到了保护令 他这两天还是天天来厂门口堵我 今天又跟到我家楼下'],
    ['home-emergency', '炒菜的时候油锅着火了 火窜到房梁上 满屋都是烟'],
    ['crowd-clash', '修路的时候两个组几十个人为占地吵起来了 拿着锄头钢钎要打'],
    ['home-emergency', '锅盖盖不住 火越烧越大'],
    ['self-harm', '被我们劝回家了 刚才又跑出去了 说要跳河'],
    ['other-emergency', '我妈被他气得晕过去了 叫不醒'],
    ['detention', '几个人把我拽上车 不晓得往哪开'],
    ['child-danger', '我女儿放学到现在没回来 书包也不见了 电话打不通'],
    ['stalking-assault', '跟他分手了 他现在天天来宿舍楼下堵我 不让我走 能不能告他'],
  ]);
});

describe('everydaySenses', () => {
  it.each([
    ['钱打到他卡里了', '钱转到他卡里了'],
    ['打了他好几个电话', '拨了他好几个电话'],
    ['去县城打工', '去县城做工'],
    ['债务人质押的货', '债务人抵押的货'],
    ['走了几十年的路', '走了数年的路'],
    ['那几棵杉树 想砍了卖', '那几棵杉树 想伐了卖'],
    ['把路挖断了', '把路挖毁了'],
    ['能不能申请保护令', '能不能申请保护裁定'],
  ])('%s → %s', (text, out) => {
    expect(everydaySenses(text)).toBe(out);
  });

  it.each(['他打他老婆', '不让我打电话', '几十个人围着', '为树的事他提着刀要砍', '砍了我一刀 还说要砍死你 树也不要了', '腿被打断了', '我申请了保护令 他还来', '车把墙撞塌了'])(
    'leaves harm as it is: %s',
    (text) => {
      expect(everydaySenses(text)).toBe(text);
    },
  );
});
