import { describe, it } from 'vitest';
import { calmRows, urgentRows } from './tables.js';

// Classes blind-14's misses and the law-question false alarms showed (session danger3), each in
// wordings of our own, dialect, run-on and traditional forms among them. None is a batch's text.
describe('urgent classes added after blind-14 and rural-e', () => {
  urgentRows([
    // A big beast on a person: butted, kicked or thrown down a drop, and hurt or still.
    ['other-emergency', '我家那头黄牛疯了 把我老汉拱到田坎下面去了 老汉爬不起来'],
    ['other-emergency', '那头水牛发毛了 把我舅舅挑到田坎下头去了 喊他不应'],
    ['other-emergency', '马惊了 把我爹踢下坎去了 在下面喊不答应'],
    ['other-emergency', '我爹在坡上放羊遭野猪拱翻滚到岩下去了喊起不应'],
    ['other-emergency', '犁田的时候牛突然发疯 把我爸拖到田里 头磕破了'],
    ['other-emergency', '牛儿发癫了 把我屋头老汉甩到坎下去了 起不来'],
    // A car or a motorbike taken to an edge, and going over.
    ['self-harm', '他把三轮开到河坎边上了 说油门一踩就冲下去 叫我们莫劝'],
    ['self-harm', '我弟把车停在水库坝上 打电话说别劝我了 一脚油门就下去'],
    ['self-harm', '我男人开着拖拉机往水库冲 说不过了'],
    // Shut in from outside and kept until one pays, signs, or without food.
    ['detention', '收账的人把门从外面焊住了 我们一家在屋里 说不还钱就莫想出门'],
    ['detention', '借了高利贷 他们把宿舍门从外面闩上了 说不还钱休想回家'],
    ['detention', '包工头把工棚门从外头拴起了 讲不签字就莫想走'],
    // Hands on a body, and the one who does it still there.
    ['stalking-assault', '坐班车回县城 旁边那个男的一直在我大腿上摸来摸去 我不敢喊'],
    ['stalking-assault', '拉客的时候后座那个男的箍住我的腰不放 我车还在开'],
    ['stalking-assault', '搭了个便车司机刚才对我動手動腳車還不停'],
    ['stalking-assault', '在KTV上班 有个客人硬把我按在沙发上乱摸 我跑不出去'],
    ['stalking-assault', '我坐夜班车 邻座那个男的把手伸进我衣服里 现在还坐在我旁边'],
    // Death said by a saying (见阎王, 上西天, 全家上天), explosives at home or none.
    ['weapon-threat', '他在村口喊 今晚就让你们一家见阎王'],
    ['weapon-threat', '那个醉鬼说要送支书上西天 现在往村委会去了'],
    ['arson-poison-threat', '他屋里藏着开山剩的炸药 说明天要让那个老板全家上天'],
    ['arson-poison-threat', '他把炸药绑在身上 说不给钱就一起死'],
    ['weapon-threat', '他扬言要让村支书一家全部见阎王'],
  ]);
});

describe('false alarms fixed: each was read as urgent before these classes', () => {
  calmRows([
    // A beast on things, not people; a harm paid for and disowned (the complaint is the ask).
    '牛发疯把篱笆撞倒了 菜地全踩烂了',
    '他家的马把我娃踢伤了 住院花了两千 他说是娃自己去惹马的不关他事',
    // A harm named as a topic in teaching or policy work.
    '我在整理低保政策 自杀的人家里能不能申请救助',
    '帮村里整理政策材料 轻生的人家属有没有补助',
    '我们学校要给家长讲防性侵的课 猥亵儿童的一般判好重',
    // Market slaughter said verb first; a threat to poultry with a quantifier, ended in words.
    '在集上宰羊卖 市场管理的说不准在街边宰 哪里有规定',
    '他说要把我家鸡全部弄死 说完就回去了 鸡钻他菜园子咋办',
    // Stopped by the police already; custody asked about; a scam's story; trees to sell.
    '喝了酒开三轮 被交警查到了 车扣在大队 驾照保得住不',
    '前妻现在回来要把娃带走 娃判给她不',
    '有人打电话说我女儿在工地摔伤了 要我现在转一万到他卡上',
    '坡上的杉树长大了 想砍几十根拿去卖',
    // 男人 is the husband, 跟 is "with": a child born outside a marriage, asked about.
    '我男人跟外面的女人生了个娃 现在要我出抚养费 凭啥',
    // A beast hurt by a beast is the vet's.
    '我家牛被人家的牛顶伤了 流了好多血 找兽医要多少钱',
  ]);
});

// Guards: calm look-alikes of the new urgent classes (calm before; they keep the new rules narrow).
describe('calm look-alikes of the new urgent classes', () => {
  calmRows([
    '牛把牛圈的门顶坏了 要找人修',
    '去年我家牛把邻居顶伤了 赔了医药费 现在还要赔吗',
    '把车开到水库边上钓鱼 停哪里不会被罚款',
    '车停在河边洗 我下去打桶水',
    '出门赶集把门从外面锁了 钥匙放在邻居家',
    '催收的天天打电话说不还钱莫想好过 利息这么高合法吗',
    '去年有个男同事对我动手动脚 现在还能告他吗',
    '我给我妈揉腰 她说舒服多了',
    '娃冷得很 我把手伸进他衣服里摸了一下 背上全是汗',
    '过年放的烟花一下就上天了 好漂亮',
    '娃说长大了要开飞机上天',
    '交警把我拦了 说我酒驾 会扣几分',
    '她要把娃带走 法院会判给谁',
    '这日子不过了 我要去法院离婚 彩礼能退吗',
    '修路放炮要用炸药 要不要审批',
    '我爷爷说他老了 迟早要去见阎王 让我们别难过',
  ]);
});

// A wider probe of our own after the classes above (20:35 round): gaps it showed, each a class.
describe('classes from our own wider probe', () => {
  urgentRows([
    // A collapse with a stroke's signs.
    ['other-emergency', '我家老者在猪圈边上栽倒了 嘴巴歪起 喊他只会哼'],
    // The means in hand and a condition to take it.
    ['self-harm', '邻居家婆娘拿起农药瓶子站在屋顶上 说她男人不回来就喝'],
    // Slipped at the water and gone from sight.
    ['other-emergency', '我爸在堰塘里捞鱼 脚一滑就没看到人了'],
    // A limb caught in a machine; children gone to the water and fewer back.
    ['other-emergency', '我弟在砖厂头遭机器把手绞进去了 拔不出来'],
    ['child-danger', '我家娃跟同学去水库耍水 只回来一个'],
    // Slaughter nearby does not empty a person's wound or collapse.
    ['other-emergency', '杀鸡的时候刀把手划了 血止不住'],
    ['other-emergency', '他在院坝杀鸡 我妈突然晕倒了 叫不醒'],
    // A sick beast does not empty a person's collapse; a market role does not empty a chase with a blade.
    ['other-emergency', '我家猪病了 我爸去喂猪突然晕倒了 叫不醒'],
    ['weapon-threat', '卖鸡的和买鸡的吵起来了 卖鸡的拿杀鸡刀追着人砍'],
  ]);

  calmRows([
    '几十个人扛起锄头去修机耕道 中午要管饭不',
    '塘边路滑 我脚一滑差点掉下去 还好抓住了树',
    '农药买回来了 明天就喷',
    '我爸中风好几年了 嘴巴有点歪 现在在康复',
    '他拿刀杀鸡 血流了一地 我不敢看',
    '砖厂的机器绞了手 老板赔了钱 伤残鉴定找哪里',
    // A meeting's advice, a procedure asked for a report, slaughter as a trade, a sick beast's fits.
    '村里开会讲 发现有人要跳河要第一时间打110 大家记住',
    '我在写材料 遇到持刀伤人的网格员该怎么处置',
    '屠宰场杀牛要什么证 我想开个屠宰点',
    '赶集卖活鸡 顾客要我帮忙杀 这个允许不',
    '我家猪病了 一直抽 是不是要打针',
  ]);
});
